import { Kind, type DocumentNode } from 'graphql';
import { READ_SCOPE, WRITE_SCOPE } from './scopes.js';
import { hasDirective, mapTypes, sdlDirective, withDirective } from './sdl-directive.js';

const requiresScopes = (scope: string) =>
  sdlDirective('requiresScopes', { scopes: `[[${JSON.stringify(scope)}]]` });

/**
 * Declares in the SDL what the auth plugin enforces (Federation 2.5 `@requiresScopes`, which
 * implies `@authenticated`): every query field needs the read scope, every mutation field the
 * write scope, and every object type of ours the read scope, so that a router resolving our entities for
 * another subgraph's field (`_entities`) asks for the scope this subgraph will ask for. Shareable
 * value types (PageInfo) are left alone: other subgraphs define them too, and the directive on
 * a type applies to the whole supergraph.
 */
export function declareScopes(document: DocumentNode): DocumentNode {
  return mapTypes(document, (type) => {
    if (type.name.value === 'Query' || type.name.value === 'Mutation') {
      const scope = type.name.value === 'Query' ? READ_SCOPE : WRITE_SCOPE;
      return {
        ...type,
        fields: type.fields?.map((field) => withDirective(field, requiresScopes(scope))),
      };
    }
    // Composition refuses the directive on interfaces: their object types carry it.
    if (type.kind === Kind.INTERFACE_TYPE_DEFINITION || hasDirective(type, 'shareable'))
      return type;
    return withDirective(type, requiresScopes(READ_SCOPE));
  });
}
