import type { GraphQLResolveInfo } from 'graphql';
import { BadUserInputError } from '../../core/errors/index.js';
import { PROSPECT_FIELD_BY_NAME } from './prospect-fields.js';
import { collectSelections } from '../common/collect-selections.js';
import { memoisedPlan } from '../common/memoised-plan.js';

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
  return memoisedPlan(info, 'ae-opportunity-prospects', () =>
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
  return memoisedPlan(info, 'ae-prospect-keys', () => {
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
