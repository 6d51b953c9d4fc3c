import {
  DirectiveLocation,
  GraphQLBoolean,
  GraphQLDirective,
  GraphQLEnumType,
  GraphQLInt,
} from 'graphql';

/**
 * Apollo's cache-hint directive, declared as Apollo Server documents it. Apollo Server's cache
 * control plugin reads it from the schema and turns the hints of the fields a response touched
 * into its `Cache-Control` header, which Apollo Router's response cache (and any HTTP cache) acts
 * on. The Router reads that header, not the directive, so the directive is not composed.
 */
export const CacheControlScope = new GraphQLEnumType({
  name: 'CacheControlScope',
  values: { PUBLIC: {}, PRIVATE: {} },
});

export const cacheControlDirective = new GraphQLDirective({
  name: 'cacheControl',
  locations: [
    DirectiveLocation.FIELD_DEFINITION,
    DirectiveLocation.OBJECT,
    DirectiveLocation.INTERFACE,
    DirectiveLocation.UNION,
  ],
  args: {
    maxAge: { type: GraphQLInt },
    scope: { type: CacheControlScope },
    inheritMaxAge: { type: GraphQLBoolean },
  },
});

/**
 * On the types that carry upstream records. Every answer depends on the upstream accounts (and,
 * soon, on the caller), so no shared cache may hand it to another caller. The maxAge comes from
 * the plugin's default: the shortest cache TTL configured for any source.
 */
export const PRIVATE_DATA = '@cacheControl(scope: PRIVATE)';

/** On data that changes by itself upstream (an engagement task runs on its own): never reuse it. */
export const NEVER_REUSED = '@cacheControl(maxAge: 0, scope: PRIVATE)';
