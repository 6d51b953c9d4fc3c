import { isObjectType, type GraphQLResolveInfo } from 'graphql';
import { LOADED_NOTE } from './opportunity-parts.js';
import { collectSelections } from '../common/collect-selections.js';
import { memoisedPlan } from '../common/memoised-plan.js';

/** The object types whose fields mix ListOpportunities summary and GetOpportunity members. */
const PART_TYPES = new Set([
  'PartnerCentralOpportunity',
  'PartnerCentralLifeCycle',
  'PartnerCentralCustomer',
  'PartnerCentralAccount',
  'PartnerCentralAddress',
  'PartnerCentralProject',
]);

/**
 * Whether the selection under the current field reads a member only GetOpportunity answers (their
 * descriptions carry LOADED_NOTE, written from OPPORTUNITY_PARTS). A look-up by id then starts
 * GetOpportunity together with ListOpportunities instead of after it: the id is known up front,
 * so nothing in the data forces the two calls into a chain.
 */
export function selectsPartnerCentralDetail(info: GraphQLResolveInfo): boolean {
  return memoisedPlan(info, 'pc-detail', () => {
    const selections = collectSelections(info, PART_TYPES, new Set(['Prospect']));
    for (const [typeName, selection] of selections) {
      const type = info.schema.getType(typeName);
      if (!isObjectType(type)) continue;
      const fields = type.getFields();
      for (const name of selection.fields) {
        if (fields[name]?.description?.endsWith(LOADED_NOTE)) return true;
      }
    }
    return false;
  });
}
