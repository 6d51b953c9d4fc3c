/**
 * POST /v2/OpportunityManagement.svc/GetOpportunitiesOfLead?leadId=…&opportunityType=…
 * (docs/upstreams/leadsquared.md#opportunities-of-a-lead). opportunityType is documented optional
 * but required in practice, so the simulator requires it. The body is optional; an unknown lead is
 * an empty page, not an error.
 */
import { invalidDataType, mandatoryMissing } from '../errors.js';
import { parseJsonBody } from '../request-input.js';
import type { Handler } from './handler.js';
import { listPage, readListOptions } from './list-request.js';

export const getOpportunitiesOfLead: Handler = ({ req, dataset }) => {
  const leadId = req.query.get('leadId')?.trim();
  if (!leadId) throw mandatoryMissing('leadId');
  const type = req.query.get('opportunityType')?.trim();
  if (!type) throw mandatoryMissing('opportunityType');
  if (!/^\d{1,15}$/.test(type)) throw invalidDataType('opportunityType', 'a numeric event code');
  const options = readListOptions(parseJsonBody(req));
  return listPage(dataset.opportunitiesOfLead(leadId, Number(type)), options, dataset, 'contact');
};
