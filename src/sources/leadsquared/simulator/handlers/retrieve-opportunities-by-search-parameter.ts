/**
 * POST /v2/OpportunityManagement.svc/Retrieve/BySearchParameter ("Opportunity Advanced Search",
 * docs/upstreams/leadsquared.md#opportunity-advanced-search). The documentation does not show the
 * response, so its shape is ours (docs/upstreams/leadsquared.md#not-documented-upstream): the same
 * `{RecordCount, List}` envelope and flat items as GetOpportunitiesOfLead, with the lead reduced to
 * ProspectId and EmailAddress.
 */
import { parseAdvancedSearch } from '../advanced-search.js';
import { invalidDataType, mandatoryMissing } from '../errors.js';
import { parseJsonBody, readEventCode } from '../request-input.js';
import type { Handler } from './handler.js';
import { listPage, readListOptions } from './list-request.js';

export const retrieveOpportunitiesBySearchParameter: Handler = ({ req, dataset }) => {
  const body = parseJsonBody(req);
  const eventCode = readEventCode(body.OpportunityEventCode, 'OpportunityEventCode');
  const search = body.AdvancedSearch;
  if (search === undefined || search === null || search === '') {
    throw mandatoryMissing('AdvancedSearch');
  }
  if (typeof search !== 'string') throw invalidDataType('AdvancedSearch', 'a JSON-encoded string');
  const matches = parseAdvancedSearch(search);
  const options = readListOptions(body);
  const records = dataset.opportunitiesOfType(eventCode).filter(matches);
  return listPage(records, options, dataset, 'identity');
};
