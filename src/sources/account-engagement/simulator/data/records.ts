/**
 * The simulator's stored records. snake_case members are wire fields, named as in the object
 * field lists (docs/upstreams/account-engagement.md#opportunity-fields, #prospect-fields), so a
 * record is served by projecting it; camelCase members
 * are the simulator's own bookkeeping. Timestamps are wire strings `YYYY-MM-DD HH:MM:SS` in UTC.
 * Records are mutable: create, update, delete and undelete change them in place.
 */
export interface CampaignRecord {
  readonly id: number;
  readonly name: string;
  /**
   * Salesforce campaign id (701…), as the recorded prospect campaigns carry
   * (docs/upstreams/account-engagement.md#opportunity-fields).
   */
  readonly crm_fid: string | null;
}

export interface OpportunityRecord {
  readonly id: number;
  /**
   * Written as `campaign_id`, served as `<campaign><id/><name/></campaign>`
   * (docs/upstreams/account-engagement.md#opportunity-fields).
   */
  campaign_id: number;
  name: string;
  /** A non-negative number; seeded values are mostly integers, some with cents. */
  value: number;
  /** 0..100 inclusive. */
  probability: number;
  type: string | null;
  stage: string | null;
  /**
   * `open`, `won` or `lost` in the seeded data (the documented casing,
   * docs/upstreams/account-engagement.md#opportunity-fields); free text on write.
   */
  status: string | null;
  closed_at: string | null;
  readonly created_at: string;
  updated_at: string;
  /** The opportunity's prospects (contact roles), at least one, in the order linked. */
  prospectIds: number[];
  /** Deleted opportunities are hidden from read and query until undeleted. */
  deleted: boolean;
}

export interface ProspectRecord {
  readonly id: number;
  readonly campaign_id: number;
  readonly salutation: string | null;
  readonly first_name: string;
  readonly last_name: string;
  /**
   * Not unique: a few prospects share an email, as v4 (AMPSEA) business units allow
   * (docs/upstreams/account-engagement.md#versions-3-and-4).
   */
  readonly email: string;
  readonly company: string;
  readonly website: string | null;
  readonly job_title: string | null;
  readonly department: string | null;
  readonly country: string | null;
  readonly city: string | null;
  readonly state: string | null;
  readonly zip: string | null;
  readonly phone: string | null;
  readonly source: string | null;
  readonly industry: string | null;
  readonly annual_revenue: string | null;
  readonly employees: string | null;
  readonly score: number;
  readonly grade: string | null;
  readonly last_activity_at: string | null;
  /** Salesforce Lead (00Q…) or Contact (003…) id; exactly one is set. */
  readonly crm_lead_fid: string | null;
  readonly crm_contact_fid: string | null;
  readonly is_do_not_email: boolean;
  readonly is_do_not_call: boolean;
  readonly opted_out: boolean;
  readonly is_starred: boolean;
  readonly created_at: string;
  readonly updated_at: string;
}

/** The editable opportunity fields (docs/upstreams/account-engagement.md#opportunity-fields). */
export const EDITABLE_OPPORTUNITY_FIELDS = [
  'name',
  'value',
  'probability',
  'type',
  'stage',
  'status',
  'closed_at',
  'campaign_id',
] as const;
