import { Kind, type FieldNode, type GraphQLField, type ValueNode } from 'graphql';
import { CostEstimateFailure } from './cost-estimate-failure.js';
import type { Variables } from './argument-cost.js';
import type { ListSize } from './schema-costs.js';

/** A field's `@listSize` applied to the arguments the query gives it. */
export class Sizing {
  readonly expectedSize: number | undefined;
  readonly #sizedFields: ReadonlySet<string>;

  constructor(
    listSize: ListSize,
    node: FieldNode,
    definition: GraphQLField<unknown, unknown>,
    variables: Variables,
  ) {
    const given = new Map<string, number>();
    for (const name of listSize.slicingArguments ?? []) {
      const fallback = definition.args.find((arg) => arg.name === name)?.defaultValue;
      if (Number.isInteger(fallback)) given.set(name, fallback as number);
      const value = node.arguments?.find((argument) => argument.name.value === name)?.value;
      const number = value ? intValue(value, variables) : undefined;
      if (number !== undefined) given.set(name, number);
    }
    if (listSize.slicingArguments && listSize.requireOneSlicingArgument && given.size !== 1) {
      throw new CostEstimateFailure(
        `${definition.name} needs exactly one of ${listSize.slicingArguments.join(', ')}`,
      );
    }
    this.expectedSize = given.size > 0 ? Math.max(...given.values()) : listSize.assumedSize;
    this.#sizedFields = new Set(listSize.sizedFields ?? []);
  }

  sizeOf(field: string): number | undefined {
    return this.#sizedFields.has(field) ? this.expectedSize : undefined;
  }
}

function intValue(value: ValueNode, variables: Variables): number | undefined {
  if (value.kind === Kind.INT) return Number.parseInt(value.value, 10);
  if (value.kind === Kind.VARIABLE) {
    const variable = variables[value.name.value];
    return Number.isInteger(variable) ? (variable as number) : undefined;
  }
  return undefined;
}

/** How many representations an `_entities` call carries. */
export function entitiesSent(node: FieldNode, variables: Variables): number | undefined {
  if (node.name.value !== '_entities') return undefined;
  const value = node.arguments?.find(
    (argument) => argument.name.value === 'representations',
  )?.value;
  if (value?.kind === Kind.LIST) return value.values.length;
  if (value?.kind === Kind.VARIABLE) {
    const sent = variables[value.name.value];
    return Array.isArray(sent) ? sent.length : undefined;
  }
  return undefined;
}
