import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../common/scalars.js';
import { PROSPECT_FIELDS, type ProspectFieldKind } from './prospect-fields.js';
import { PRIVATE_DATA } from '../common/cache-control.js';

/**
 * The Account Engagement view of a prospect. The plain fields come from PROSPECT_FIELDS, one
 * GraphQL field per documented API field; `field(name:)` (AccountEngagementProspectResolver)
 * reaches any other, custom fields included.
 */
@Directive(PRIVATE_DATA)
@ObjectType({
  description:
    'Account Engagement (Pardot) details of a prospect: every documented prospect field, plus field(name:) for custom fields.',
})
export class AccountEngagementProspect {
  @Field(() => Int, { description: 'The Account Engagement id (the n of ae-prospect:<n>).' })
  prospectId!: number;
}

/** Field's own type-function parameter (type-graphql does not export ReturnTypeFunc). */
type TypeFunction = Parameters<typeof Field>[0] & (() => unknown);

const GRAPHQL_TYPES: Record<ProspectFieldKind, TypeFunction> = {
  string: () => String,
  int: () => Int,
  boolean: () => Boolean,
  datetime: () => DateTime,
};

// One nullable field per documented prospect field, declared as @Field would declare it.
for (const { name, upstream, kind, description } of PROSPECT_FIELDS) {
  Field(GRAPHQL_TYPES[kind], {
    nullable: true,
    description: `${description} (API field ${upstream})`,
  })(AccountEngagementProspect.prototype, name);
}
