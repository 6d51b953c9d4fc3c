/**
 * A prospect as an element (docs/upstreams/account-engagement.md#prospect-fields). `campaign_id` is
 * served as a nested `<campaign>` in full/simple output, like the opportunity's; `mobile`/`bulk`
 * keep the id instead. Nested inside an opportunity, `full` gives the prospect's own fields and
 * `simple` the summary.
 */
import type { AccountEngagementDataset } from '../data/dataset.js';
import type { CampaignRecord, ProspectRecord } from '../data/records.js';
import { element, elementsOf, flag, type Element } from '../wire/element.js';
import { nestsRelations, type OutputMode } from './output-mode.js';

export function campaignElement(campaign: CampaignRecord | undefined): Element {
  return element(
    'campaign',
    elementsOf({ id: campaign?.id ?? null, name: campaign?.name ?? null }),
  );
}

export function prospectSummary(p: ProspectRecord): Element[] {
  return elementsOf({
    id: p.id,
    first_name: p.first_name,
    last_name: p.last_name,
    email: p.email,
    company: p.company,
  });
}

function ownFields(p: ProspectRecord): Element[] {
  return elementsOf({
    id: p.id,
    salutation: p.salutation,
    first_name: p.first_name,
    last_name: p.last_name,
    email: p.email,
    company: p.company,
    website: p.website,
    job_title: p.job_title,
    department: p.department,
    country: p.country,
    city: p.city,
    state: p.state,
    zip: p.zip,
    phone: p.phone,
    source: p.source,
    industry: p.industry,
    annual_revenue: p.annual_revenue,
    employees: p.employees,
    score: p.score,
    grade: p.grade,
    last_activity_at: p.last_activity_at,
    crm_lead_fid: p.crm_lead_fid,
    crm_contact_fid: p.crm_contact_fid,
    is_do_not_email: flag(p.is_do_not_email),
    is_do_not_call: flag(p.is_do_not_call),
    opted_out: flag(p.opted_out),
    is_starred: flag(p.is_starred),
    created_at: p.created_at,
    updated_at: p.updated_at,
  });
}

/** A top-level prospect (read, query). */
export function prospectElement(
  p: ProspectRecord,
  mode: OutputMode,
  dataset: AccountEngagementDataset,
): Element {
  if (!nestsRelations(mode)) {
    return element('prospect', [...ownFields(p), element('campaign_id', p.campaign_id)]);
  }
  return element('prospect', [...ownFields(p), campaignElement(dataset.campaign(p.campaign_id))]);
}

/** A prospect nested in an opportunity's `<prospects>`. */
export function nestedProspectElement(p: ProspectRecord, mode: OutputMode): Element {
  return element('prospect', mode === 'full' ? ownFields(p) : prospectSummary(p));
}
