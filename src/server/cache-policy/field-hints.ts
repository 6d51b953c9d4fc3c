import { getNamedType, isCompositeType, type GraphQLField } from 'graphql';
import { fieldAnnotation, typeAnnotation, type CacheScope } from './cache-annotations.js';

/**
 * What resolving one schema field adds to the response's cache policy. It depends only on the
 * schema, so it is worked out once per field instead of on every resolution.
 *   takesDefault: whether the configured default max-age applies when the hints set none:
 *   'always' for fields of composite type that do not inherit, 'at-root' for other fields of the
 *   root types (only when they are top-level fields of the operation), 'never' otherwise.
 */
export interface FieldHint {
  readonly maxAge: number | undefined;
  readonly scope: CacheScope | undefined;
  readonly takesDefault: 'always' | 'at-root' | 'never';
}

/**
 * Apollo Server's documented rules: a field of composite type starts from its type's hint; the
 * field's own hint then replaces what it sets, except that a field with `inheritMaxAge` keeps an
 * unset max-age unset (taking only its scope). Undefined when the field adds nothing.
 */
export function fieldHint(
  field: GraphQLField<unknown, unknown>,
  onRootType: boolean,
): FieldHint | undefined {
  const target = getNamedType(field.type);
  const composite = isCompositeType(target);
  const fromType = composite ? typeAnnotation(target) : {};
  let maxAge = fromType.maxAge;
  let scope = fromType.scope;
  let inherits = fromType.inheritMaxAge === true;
  const own = fieldAnnotation(field);
  if (own.inheritMaxAge && maxAge === undefined) {
    inherits = true;
    scope = own.scope ?? scope;
  } else {
    maxAge = own.maxAge ?? maxAge;
    scope = own.scope ?? scope;
  }
  const takesDefault =
    maxAge !== undefined
      ? 'never'
      : composite && !inherits
        ? 'always'
        : onRootType
          ? 'at-root'
          : 'never';
  if (maxAge === undefined && scope === undefined && takesDefault === 'never') return undefined;
  return { maxAge, scope, takesDefault };
}
