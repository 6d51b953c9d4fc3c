import { getDirective } from '@graphql-tools/utils';
import type {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputField,
  GraphQLNamedType,
  GraphQLSchema,
} from 'graphql';

/** What `@listSize` says about one field (Federation's cost spec, v0.1). */
export interface ListSize {
  readonly assumedSize?: number;
  readonly slicingArguments?: readonly string[];
  readonly sizedFields?: readonly string[];
  readonly requireOneSlicingArgument: boolean;
}

/**
 * Reads the cost directives of a schema: ours as built, or a composed supergraph (where the cost
 * spec is linked under the same names), so one estimate can be checked against the other.
 */
export class SchemaCosts {
  readonly #schema: GraphQLSchema;
  readonly #weights = new WeakMap<object, number | null>();
  readonly #listSizes = new WeakMap<object, ListSize | null>();

  constructor(schema: GraphQLSchema) {
    this.#schema = schema;
  }

  /** `@cost(weight:)` of a field, argument, input field or type; undefined when it has none. */
  weight(
    element:
      GraphQLField<unknown, unknown> | GraphQLArgument | GraphQLInputField | GraphQLNamedType,
  ): number | undefined {
    let weight = this.#weights.get(element);
    if (weight === undefined) {
      const [cost] = getDirective(this.#schema, element, 'cost') ?? [];
      weight = typeof cost?.weight === 'number' ? cost.weight : null;
      this.#weights.set(element, weight);
    }
    return weight ?? undefined;
  }

  listSize(field: GraphQLField<unknown, unknown>): ListSize | undefined {
    let size = this.#listSizes.get(field);
    if (size === undefined) {
      const [directive] = getDirective(this.#schema, field, 'listSize') ?? [];
      size = directive
        ? {
            assumedSize: directive.assumedSize as number | undefined,
            slicingArguments: directive.slicingArguments as string[] | undefined,
            sizedFields: directive.sizedFields as string[] | undefined,
            requireOneSlicingArgument: directive.requireOneSlicingArgument !== false,
          }
        : null;
      this.#listSizes.set(field, size);
    }
    return size ?? undefined;
  }
}
