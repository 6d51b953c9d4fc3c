import {
  Kind,
  parseConstValue,
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type InterfaceTypeDefinitionNode,
  type ObjectTypeDefinitionNode,
} from 'graphql';

/** `@name(arg: value, ...)` as an AST node; each value is written in GraphQL syntax. */
export function sdlDirective(name: string, args: Record<string, string>): ConstDirectiveNode {
  return {
    kind: Kind.DIRECTIVE,
    name: { kind: Kind.NAME, value: name },
    arguments: Object.entries(args).map(([argument, value]) => ({
      kind: Kind.ARGUMENT,
      name: { kind: Kind.NAME, value: argument },
      value: parseConstValue(value),
    })),
  };
}

export type TypeWithFields = ObjectTypeDefinitionNode | InterfaceTypeDefinitionNode;

/**
 * Rewrites the object and interface definitions of an SDL document. The schema transforms that
 * add federation directives by rule (scopes, list sizes) go through here, so a rule lives in one
 * place instead of on every resolver.
 */
export function mapTypes(
  document: DocumentNode,
  map: (type: TypeWithFields) => TypeWithFields,
): DocumentNode {
  return {
    ...document,
    definitions: document.definitions.map((definition) =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
      definition.kind === Kind.INTERFACE_TYPE_DEFINITION
        ? map(definition)
        : definition,
    ),
  };
}

export function withDirective<T extends TypeWithFields | FieldDefinitionNode>(
  node: T,
  directive: ConstDirectiveNode,
): T {
  return { ...node, directives: [...(node.directives ?? []), directive] };
}

export function hasDirective(node: TypeWithFields | FieldDefinitionNode, name: string): boolean {
  return (node.directives ?? []).some((directive) => directive.name.value === name);
}
