import {
  getNamedType,
  isInputObjectType,
  Kind,
  type GraphQLArgument,
  type GraphQLInputField,
  type ValueNode,
} from 'graphql';
import type { SchemaCosts } from './schema-costs.js';

export type InputDefinition = GraphQLArgument | GraphQLInputField;
export type Variables = Readonly<Record<string, unknown>>;

/**
 * What an argument adds to its field in the Router's model: an input object 1 (or its `@cost`)
 * plus its fields, a list the sum of its items, a scalar or enum its `@cost` or 0. The same rules
 * for a value written in the query and for one passed as a variable. Not multiplied by the
 * field's list size: the argument is sent once.
 */
export function argumentCost(
  costs: SchemaCosts,
  value: ValueNode,
  definition: InputDefinition,
  variables: Variables,
): number {
  const named = getNamedType(definition.type);
  const weight = costs.weight(definition) ?? costs.weight(named);
  switch (value.kind) {
    case Kind.OBJECT: {
      if (!isInputObjectType(named)) return weight ?? 0;
      const fields = named.getFields();
      return value.fields.reduce((cost, field) => {
        const fieldDefinition = fields[field.name.value];
        return fieldDefinition
          ? cost + argumentCost(costs, field.value, fieldDefinition, variables)
          : cost;
      }, weight ?? 1);
    }
    case Kind.LIST:
      return value.values.reduce(
        (cost, item) => cost + argumentCost(costs, item, definition, variables),
        weight ?? 0,
      );
    case Kind.VARIABLE:
      return value.name.value in variables
        ? variableCost(costs, variables[value.name.value], definition)
        : 0;
    case Kind.NULL:
      return 0;
    default:
      return weight ?? 0;
  }
}

export function variableCost(
  costs: SchemaCosts,
  value: unknown,
  definition: InputDefinition,
): number {
  const named = getNamedType(definition.type);
  const weight = costs.weight(definition) ?? costs.weight(named);
  if (value === null || value === undefined) return 0;
  if (Array.isArray(value)) {
    return value.reduce<number>(
      (cost, item) => cost + variableCost(costs, item, definition),
      weight ?? 0,
    );
  }
  if (typeof value === 'object' && isInputObjectType(named)) {
    const fields = named.getFields();
    return Object.entries(value).reduce((cost, [name, item]) => {
      const fieldDefinition = fields[name];
      return fieldDefinition ? cost + variableCost(costs, item, fieldDefinition) : cost;
    }, weight ?? 1);
  }
  return weight ?? 0;
}
