import type { GraphQLResolveInfo } from 'graphql';
import { collectSelections } from '../common/collect-selections.js';
import { memoisedPlan } from '../common/memoised-plan.js';
import { OPPORTUNITY_TABLES } from './opportunity-fields.js';

/** Per object type that mixes summary and GetOpportunity members: the fields that need the call. */
const DETAIL_FIELDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  OPPORTUNITY_TABLES.map((table) => [
    table.objectType.name,
    new Set(table.fields.filter((row) => row.needsDetail).map((row) => row.name)),
  ]),
);

const PART_TYPES: ReadonlySet<string> = new Set(DETAIL_FIELDS.keys());

/**
 * Whether the selection under the current field reads a member only GetOpportunity answers (the
 * field table's `needsDetail`, derived from OPPORTUNITY_PARTS). A look-up by id then starts
 * GetOpportunity together with ListOpportunities instead of after it: the id is known up front,
 * so nothing in the data forces the two calls into a chain.
 */
export function selectsPartnerCentralDetail(info: GraphQLResolveInfo): boolean {
  return memoisedPlan(info, 'pc-detail', () => {
    const selections = collectSelections(info, PART_TYPES, new Set(['Prospect']));
    for (const [typeName, selection] of selections) {
      const detailFields = DETAIL_FIELDS.get(typeName);
      for (const name of selection.fields) {
        if (detailFields?.has(name)) return true;
      }
    }
    return false;
  });
}
