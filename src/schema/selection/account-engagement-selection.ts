import type { GraphQLResolveInfo } from 'graphql';
import { BadUserInputError } from '../../errors/index.js';
import { PROSPECT_FIELD_BY_NAME } from '../types/account-engagement/prospect-fields.js';
import { collectSelections } from './collect-selections.js';

/** Custom prospect fields are API names: letters, digits and underscores. */
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,99}$/;

export function validateProspectFieldName(name: string, argument = 'name'): string {
  if (!FIELD_NAME.test(name)) {
    throw new BadUserInputError(
      argument,
      'must be an Account Engagement field API name (a letter, then letters, digits or _; at most 100)',
      name,
    );
  }
  return name;
}

const OPPORTUNITY = new Set(['Opportunity']);
const PROSPECT_DETAILS = new Set(['AccountEngagementProspect']);
const PROSPECT = new Set(['Prospect']);

/**
 * Whether the opportunities under the current field need their prospects (`Opportunity.prospects`
 * is selected): that decides between the API's `full` output (prospects with every field) and
 * `simple`. What is selected inside a prospect is left to the prospect's own resolvers.
 */
export function selectsOpportunityProspects(info: GraphQLResolveInfo): boolean {
  return memoised(info, 'opportunity-prospects', () =>
    Boolean(
      collectSelections(info, OPPORTUNITY, PROSPECT).get('Opportunity')?.fields.has('prospects'),
    ),
  );
}

/**
 * The API fields (`fields` keys) that the selection under the current field
 * (`Prospect.accountEngagement`) reads: the documented ones by their GraphQL names and the
 * `field(name:)` arguments. A prospect that came nested in an opportunity's `simple` output lacks
 * most of them; the resolver then reads the whole prospect once.
 */
export function accountEngagementProspectKeys(info: GraphQLResolveInfo): readonly string[] {
  return memoised(info, 'prospect-keys', () => {
    const selection = collectSelections(info, PROSPECT_DETAILS).get('AccountEngagementProspect');
    const keys = new Set<string>();
    for (const name of selection?.fields ?? []) {
      const known = PROSPECT_FIELD_BY_NAME.get(name);
      if (known) keys.add(known.upstream);
    }
    for (const name of selection?.fieldArguments ?? []) keys.add(validateProspectFieldName(name));
    return [...keys];
  });
}

/**
 * `_entities` with 2,000 representations, or a page of 100 edges, asks for the same plan for every
 * item. The plan depends on the field nodes and the request's variables only, so it is cached per
 * (variables object, fieldNodes array), as leadsquared-columns.ts explains.
 */
const plans = new WeakMap<object, WeakMap<object, Map<string, unknown>>>();

function memoised<T>(info: GraphQLResolveInfo, kind: string, plan: () => T): T {
  let byFields = plans.get(info.variableValues);
  if (!byFields) {
    byFields = new WeakMap();
    plans.set(info.variableValues, byFields);
  }
  let byKind = byFields.get(info.fieldNodes);
  if (!byKind) {
    byKind = new Map();
    byFields.set(info.fieldNodes, byKind);
  }
  if (!byKind.has(kind)) byKind.set(kind, plan());
  return byKind.get(kind) as T;
}
