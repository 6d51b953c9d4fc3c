/**
 * GET /v2/LeadManagement.svc/Leads.GetById?id=… (docs/upstreams/leadsquared.md#lead-by-id): an
 * array with the lead and all its fields, or [] when there is no such lead.
 */
import { LEAD_COLUMNS, leadColumn } from '../columns.js';
import { mandatoryMissing } from '../errors.js';
import type { Handler } from './handler.js';

export const getLeadById: Handler = ({ req, dataset }) => {
  const id = req.query.get('id')?.trim();
  if (!id) throw mandatoryMissing('id');
  const lead = dataset.lead(id);
  if (lead === undefined) return [];
  return [
    Object.fromEntries(LEAD_COLUMNS.map((column) => [column, leadColumn(lead, column, dataset)])),
  ];
};
