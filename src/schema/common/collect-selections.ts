import {
  getNamedType,
  isAbstractType,
  isObjectType,
  isInterfaceType,
  valueFromASTUntyped,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/** What a query selects on one type: field names, and the `name` arguments of `field(name:)`. */
export interface TypeSelection {
  fields: Set<string>;
  fieldArguments: Set<string>;
}

export type SelectionsByType = Map<string, TypeSelection>;

/**
 * Walks the selection set under the current field, through fragments and nested objects, and
 * records what is selected on each type in `types`. Used to push the needed columns down to the
 * upstream in the first call (LeadSquared's Include_CSV) instead of discovering them one field
 * resolver at a time. `stopAt` names types whose subtrees belong to other loaders.
 */
export function collectSelections(
  info: GraphQLResolveInfo,
  types: ReadonlySet<string>,
  stopAt: ReadonlySet<string> = new Set(),
): SelectionsByType {
  const result: SelectionsByType = new Map();
  const visitedFragments = new Set<string>();

  const entry = (typeName: string): TypeSelection => {
    let selection = result.get(typeName);
    if (!selection) {
      selection = { fields: new Set(), fieldArguments: new Set() };
      result.set(typeName, selection);
    }
    return selection;
  };

  const possibleNames = (type: GraphQLNamedType): string[] =>
    isAbstractType(type)
      ? info.schema.getPossibleTypes(type).map((possible) => possible.name)
      : [type.name];

  const walk = (selectionSet: SelectionSetNode | undefined, parent: GraphQLNamedType): void => {
    if (!selectionSet) return;
    for (const selection of selectionSet.selections) {
      if (selection.kind === 'InlineFragment') {
        const condition = selection.typeCondition
          ? info.schema.getType(selection.typeCondition.name.value)
          : parent;
        if (condition) walk(selection.selectionSet, condition);
        continue;
      }
      if (selection.kind === 'FragmentSpread') {
        const fragment = info.fragments[selection.name.value];
        if (!fragment || visitedFragments.has(fragment.name.value)) continue;
        visitedFragments.add(fragment.name.value);
        const condition = info.schema.getType(fragment.typeCondition.name.value);
        if (condition) walk(fragment.selectionSet, condition);
        visitedFragments.delete(fragment.name.value);
        continue;
      }
      const fieldName = selection.name.value;
      for (const typeName of possibleNames(parent)) {
        if (!types.has(typeName)) continue;
        const typeEntry = entry(typeName);
        typeEntry.fields.add(fieldName);
        if (fieldName === 'field') {
          const arg = selection.arguments?.find((argument) => argument.name.value === 'name');
          const value = arg ? valueFromASTUntyped(arg.value, info.variableValues) : undefined;
          if (typeof value === 'string') typeEntry.fieldArguments.add(value);
        }
      }
      if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
      const field = parent.getFields()[fieldName];
      if (!field) continue;
      const child = getNamedType(field.type);
      if (stopAt.has(child.name)) continue;
      walk(selection.selectionSet, child);
    }
  };

  const returnType = getNamedType(info.returnType);
  for (const node of info.fieldNodes) walk(node.selectionSet, returnType);
  return result;
}
