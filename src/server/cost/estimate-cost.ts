import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { CostEstimateFailure } from './cost-estimate-failure.js';
import { argumentCost, type Variables } from './argument-cost.js';
import { entitiesSent, Sizing } from './list-sizing.js';
import { SchemaCosts } from './schema-costs.js';

/**
 * Apollo Router's static cost estimate (demand control, strategy `static_estimated`), computed
 * from the cost directives of the schema: a mutation starts at 10, a query at 0; each field
 * returning an object, interface or union costs 1 (or its `@cost` weight), scalars and enums 0;
 * a list multiplies its field by its size (`@listSize`: the largest slicing argument given or
 * defaulted, else `assumedSize`; a parent's `sizedFields` size its children); input objects in
 * arguments cost 1 each; fields under `@skip(if: true)` / `@include(if: false)` cost nothing.
 * Written here because no maintained JavaScript library computes the Router's figure: Hive
 * Gateway's demand control is internal to its runtime and prices field weights and input objects
 * differently. `_entities` is sized by the representations actually sent, which this subgraph,
 * unlike a router planning the fetch, knows.
 */
export class CostEstimator {
  readonly #schema: GraphQLSchema;
  readonly #costs: SchemaCosts;

  constructor(schema: GraphQLSchema) {
    this.#schema = schema;
    this.#costs = new SchemaCosts(schema);
  }

  estimate(document: DocumentNode, operationName?: string | null, variables: Variables = {}) {
    const fragments = new Map<string, FragmentDefinitionNode>();
    const operations: OperationDefinitionNode[] = [];
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) {
        fragments.set(definition.name.value, definition);
      } else if (definition.kind === Kind.OPERATION_DEFINITION) {
        operations.push(definition);
      }
    }
    const operation = operationName
      ? operations.find((candidate) => candidate.name?.value === operationName)
      : operations.length === 1
        ? operations[0]
        : undefined;
    if (!operation) throw new CostEstimateFailure('the operation to price is not in the document');
    const root = this.#schema.getRootType(operation.operation);
    if (!root) throw new CostEstimateFailure(`the schema has no ${operation.operation} type`);
    const scope = { fragments, variables };
    const base = operation.operation === 'mutation' ? 10 : 0;
    return base + this.#selectionSet(scope, operation.selectionSet, root, undefined);
  }

  #selectionSet(
    scope: Scope,
    selectionSet: SelectionSetNode | undefined,
    parent: GraphQLCompositeType,
    sizing: Sizing | undefined,
  ): number {
    let cost = 0;
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        cost += this.#field(scope, selection, parent, sizing?.sizeOf(selection.name.value));
      } else {
        const fragment =
          selection.kind === Kind.FRAGMENT_SPREAD
            ? scope.fragments.get(selection.name.value)
            : selection;
        const condition = fragment?.typeCondition?.name.value;
        const type = condition ? this.#schema.getType(condition) : parent;
        if (fragment && type && isCompositeType(type)) {
          cost += this.#selectionSet(scope, fragment.selectionSet, type, sizing);
        }
      }
    }
    return cost;
  }

  #field(
    scope: Scope,
    node: FieldNode,
    parent: GraphQLCompositeType,
    sizeFromParent: number | undefined,
  ): number {
    // __typename is free and introspection is answered without any upstream.
    if (node.name.value.startsWith('__') || skipped(node)) return 0;
    if (!('getFields' in parent)) return 0;
    const definition = parent.getFields()[node.name.value];
    if (!definition) throw new CostEstimateFailure(`no field ${parent.name}.${node.name.value}`);
    const listSize = this.#costs.listSize(definition);
    const sizing = listSize ? new Sizing(listSize, node, definition, scope.variables) : undefined;
    const named = getNamedType(definition.type);
    let instances = 1;
    if (isListType(getNullableType(definition.type))) {
      instances =
        sizeFromParent ??
        sizing?.expectedSize ??
        entitiesSent(node, scope.variables) ??
        DEFAULT_LIST_SIZE;
    }
    let typeCost =
      this.#costs.weight(definition) ??
      this.#costs.weight(named) ??
      (isCompositeType(named) ? 1 : 0);
    if (isCompositeType(named)) {
      typeCost += this.#selectionSet(scope, node.selectionSet, named, sizing);
    }
    let argumentsCost = 0;
    for (const argument of node.arguments ?? []) {
      const argumentDefinition = definition.args.find((arg) => arg.name === argument.name.value);
      if (argumentDefinition) {
        argumentsCost += argumentCost(
          this.#costs,
          argument.value,
          argumentDefinition,
          scope.variables,
        );
      }
    }
    return instances * typeCost + argumentsCost;
  }
}

/**
 * The size the Router assumes for a list with no `@listSize` (its `static_estimated.list_size`).
 * Every list of objects in our SDL declares one, so this figure only prices lists of scalars,
 * which cost 0 whatever their size.
 */
const DEFAULT_LIST_SIZE = 10;

interface Scope {
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  readonly variables: Variables;
}

/** `@skip(if: true)` or `@include(if: false)` written as literals, as the Router reads them. */
function skipped(node: FieldNode): boolean {
  return (node.directives ?? []).some((directive) => {
    const condition = directive.arguments?.find((argument) => argument.name.value === 'if')?.value;
    if (condition?.kind !== Kind.BOOLEAN) return false;
    return directive.name.value === 'skip' ? condition.value : !condition.value;
  });
}

export { CostEstimateFailure };
