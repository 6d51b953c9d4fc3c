import type { ConstDirectiveNode, GraphQLField, GraphQLNamedType } from 'graphql';

export type CacheScope = 'PUBLIC' | 'PRIVATE';

/** What one `@cacheControl(maxAge:, scope:, inheritMaxAge:)` application says. */
export interface CacheAnnotation {
  readonly maxAge?: number;
  readonly scope?: CacheScope;
  readonly inheritMaxAge?: boolean;
}

const NONE: CacheAnnotation = {};

/**
 * The `@cacheControl` of a list of directive applications, read the way Apollo Server documents
 * it: `inheritMaxAge: true` wins over `maxAge`; an argument of the wrong kind counts as absent.
 */
function fromDirectives(
  directives: readonly ConstDirectiveNode[] | undefined,
): CacheAnnotation | undefined {
  const directive = directives?.find((node) => node.name.value === 'cacheControl');
  if (!directive?.arguments) return undefined;
  const argument = (name: string) => directive.arguments?.find((arg) => arg.name.value === name);
  const scopeValue = argument('scope')?.value;
  const scopeName = scopeValue?.kind === 'EnumValue' ? scopeValue.value : undefined;
  const scope = scopeName === 'PUBLIC' || scopeName === 'PRIVATE' ? scopeName : undefined;
  const inherit = argument('inheritMaxAge')?.value;
  if (inherit?.kind === 'BooleanValue' && inherit.value) return { inheritMaxAge: true, scope };
  const maxAge = argument('maxAge')?.value;
  return { maxAge: maxAge?.kind === 'IntValue' ? parseInt(maxAge.value, 10) : undefined, scope };
}

/** A type's annotation: on its definition, else on the first extension that has one. */
export function typeAnnotation(type: GraphQLNamedType): CacheAnnotation {
  const own = fromDirectives(type.astNode?.directives);
  if (own) return own;
  for (const extension of type.extensionASTNodes) {
    const found = fromDirectives(extension.directives);
    if (found) return found;
  }
  return NONE;
}

export function fieldAnnotation(field: GraphQLField<unknown, unknown>): CacheAnnotation {
  return fromDirectives(field.astNode?.directives) ?? NONE;
}
