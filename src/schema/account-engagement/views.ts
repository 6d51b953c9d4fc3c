import type { OpportunityRecord } from '../../core/domain/opportunity.js';
import type {
  AccountEngagementOpportunityDetails,
  AccountEngagementProspectDetails,
} from '../../sources/account-engagement/details.js';
import { PROSPECT_FIELDS, prospectFieldValue } from './prospect-fields.js';

/** The root of AccountEngagementOpportunity: its details plus the record's shared fields. */
export interface AccountEngagementOpportunityView {
  opportunityId: number;
  name: string | null;
  value: string | null;
  probability: number | null;
  type: string | null;
  stage: string | null;
  status: string | null;
  closedAt: string | null;
  campaign: { id: number; name: string | null } | null;
  createdAt: string | null;
  updatedAt: string | null;
}

export function opportunityView(
  record: OpportunityRecord,
  details: AccountEngagementOpportunityDetails,
): AccountEngagementOpportunityView {
  return {
    opportunityId: details.opportunityId,
    name: record.name,
    value: details.value,
    probability: record.probability,
    type: details.type,
    stage: record.stage,
    status: details.status,
    closedAt: details.closedAt,
    campaign: details.campaign,
    createdAt: record.createdAt,
    updatedAt: record.lastModifiedAt,
  };
}

/**
 * The root of AccountEngagementProspect: one member per PROSPECT_FIELDS entry, plus the raw
 * fields for `field(name:)`. A field the API did not return is null.
 */
export interface AccountEngagementProspectView {
  prospectId: number;
  fields: Readonly<Record<string, string | null>>;
  [name: string]: unknown;
}

export function prospectView(
  details: AccountEngagementProspectDetails,
): AccountEngagementProspectView {
  const view: AccountEngagementProspectView = {
    prospectId: details.prospectId,
    fields: details.fields,
  };
  for (const { name, upstream, kind } of PROSPECT_FIELDS) {
    view[name] = Object.hasOwn(details.fields, upstream)
      ? prospectFieldValue(kind, details.fields[upstream] ?? null)
      : null;
  }
  return view;
}
