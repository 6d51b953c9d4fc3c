import {
  defaultFieldResolver,
  isObjectType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { typeAnnotation } from './cache-annotations.js';
import { fieldHint, type FieldHint } from './field-hints.js';
import { fieldPolicy, sinkOf, type CacheHint, type PolicySink } from './policy-sink.js';

/*
 * Why not Apollo Server's cache control plugin: it computes the same policy from a
 * willResolveField hook, which makes Apollo wrap every resolver of the schema and run its plugin
 * dispatch, two closures and a policy object on every field of every element (a 2,000-item
 * `nodes` answer resolves thousands of fields). What a field adds depends on the schema alone, so
 * only the fields that add something are wrapped, each with its hint worked out once; plain
 * scalar fields keep their resolvers untouched. Dynamic hints (`info.cacheControl.setCacheHint`)
 * are offered only to `_entities`, the one resolver that uses them (@apollo/subgraph restricts
 * the policy by each representation's type); no resolver of ours sets a hint.
 */

const instrumented = new WeakSet<GraphQLSchema>();

/** Wraps, once per schema, every field that adds to the cache policy of a response. */
export function instrumentCachePolicy(schema: GraphQLSchema): void {
  if (instrumented.has(schema)) return;
  instrumented.add(schema);
  const roots = new Set(
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(
      (type) => type !== null && type !== undefined,
    ),
  );
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const onRoot = roots.has(type);
    for (const field of Object.values(type.getFields())) {
      const hint = fieldHint(field, onRoot);
      if (onRoot && field.name === '_entities') field.resolve = entitiesWithHints(field, hint);
      else if (hint) field.resolve = withHint(field.resolve ?? defaultFieldResolver, hint);
    }
  }
}

/** The hint with the default max-age applied where the rules say it applies. */
function effectiveHint(hint: FieldHint, sink: PolicySink, topLevel: boolean): CacheHint {
  const defaulted = hint.takesDefault === 'always' || (hint.takesDefault === 'at-root' && topLevel);
  return { maxAge: hint.maxAge ?? (defaulted ? sink.defaultMaxAge : undefined), scope: hint.scope };
}

function withHint(
  resolve: GraphQLFieldResolver<unknown, unknown>,
  hint: FieldHint,
): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) => {
    const sink = sinkOf(context);
    if (sink) sink.policy.restrict(effectiveHint(hint, sink, info.path.prev === undefined));
    return resolve(source, args, context, info);
  };
}

/**
 * `_entities` with `info.cacheControl` for @apollo/subgraph: each representation's type restricts
 * the field's own policy (synchronously, while it maps the representations), which then takes the
 * default where it set no max-age and restricts the response's policy.
 */
function entitiesWithHints(
  field: GraphQLField<unknown, unknown>,
  hint: FieldHint | undefined,
): GraphQLFieldResolver<unknown, unknown> {
  const resolve = field.resolve ?? defaultFieldResolver;
  return (source, args, context, info) => {
    const sink = sinkOf(context);
    if (!sink) return resolve(source, args, context, info);
    const own = fieldPolicy({ maxAge: hint?.maxAge, scope: hint?.scope });
    Object.assign(info, {
      cacheControl: {
        cacheHint: own,
        setCacheHint: (dynamic: CacheHint) => own.replace(dynamic),
        cacheHintFromType: (type: GraphQLNamedType) => typeAnnotation(type),
      },
    });
    try {
      return resolve(source, args, context, info);
    } finally {
      if (own.maxAge === undefined && hint)
        own.restrict(effectiveHint(hint, sink, info.path.prev === undefined));
      sink.policy.restrict(own);
    }
  };
}
