import {
  getNamedType,
  isInputObjectType,
  valueFromASTUntyped,
  type GraphQLArgument,
  type GraphQLInputField,
  type ValueNode,
} from 'graphql';
import type { SchemaCosts } from './schema-costs.js';

export type InputDefinition = GraphQLArgument | GraphQLInputField;
export type Variables = Readonly<Record<string, unknown>>;

/**
 * What an argument adds to its field in the Router's model: an input object 1 (or its `@cost`)
 * plus its fields, a list the sum of its items, a scalar or enum its `@cost` or 0, null or an
 * unknown variable 0. A value written in the query is priced as the JSON it stands for, with its
 * variables filled in, so both spellings cost the same. Not multiplied by the field's list size:
 * the argument is sent once.
 */
export function argumentCost(
  costs: SchemaCosts,
  value: ValueNode,
  definition: InputDefinition,
  variables: Variables,
): number {
  return valueCost(costs, valueFromASTUntyped(value, variables), definition);
}

function valueCost(costs: SchemaCosts, value: unknown, definition: InputDefinition): number {
  const named = getNamedType(definition.type);
  const weight = costs.weight(definition) ?? costs.weight(named);
  if (value === null || value === undefined) return 0;
  if (Array.isArray(value)) {
    return value.reduce<number>(
      (cost, item) => cost + valueCost(costs, item, definition),
      weight ?? 0,
    );
  }
  if (typeof value === 'object' && isInputObjectType(named)) {
    const fields = named.getFields();
    return Object.entries(value).reduce((cost, [name, item]) => {
      const fieldDefinition = fields[name];
      return fieldDefinition ? cost + valueCost(costs, item, fieldDefinition) : cost;
    }, weight ?? 1);
  }
  return weight ?? 0;
}
