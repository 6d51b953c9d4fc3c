import { assertNever } from '../../core/errors/index.js';
import { parseAccountEngagementTime } from '../../sources/account-engagement/time.js';

/*
 * THE list of documented prospect fields (docs/upstreams/account-engagement.md#prospect-fields)
 * that AccountEngagementProspect exposes, with their API names. id, first_name, last_name, email,
 * company, created_at and updated_at are on Prospect itself; `password` is write-only and never
 * exposed; campaign_id comes back as a nested <campaign> that the wire reader does not keep.
 * Anything else, custom fields included, is reachable through `field(name:)`.
 */

export type ProspectFieldKind = 'string' | 'int' | 'boolean' | 'datetime';

export interface ProspectField {
  /** GraphQL field name. */
  readonly name: string;
  /** The API's name (the key in ProspectRecord details `fields`). */
  readonly upstream: string;
  readonly kind: ProspectFieldKind;
  readonly description: string;
}

const field = (
  name: string,
  upstream: string,
  kind: ProspectFieldKind,
  description: string,
): ProspectField => ({ name, upstream, kind, description });

export const PROSPECT_FIELDS: readonly ProspectField[] = [
  field('salutation', 'salutation', 'string', 'Mr., Ms., Dr., ...'),
  field('jobTitle', 'job_title', 'string', 'Job title.'),
  field('department', 'department', 'string', 'Department.'),
  field('website', 'website', 'string', 'Website URL.'),
  field('phone', 'phone', 'string', 'Phone number.'),
  field('fax', 'fax', 'string', 'Fax number.'),
  field('addressOne', 'address_one', 'string', 'Address, first line.'),
  field('addressTwo', 'address_two', 'string', 'Address, second line.'),
  field('city', 'city', 'string', 'City.'),
  field('state', 'state', 'string', 'State or region.'),
  field('zip', 'zip', 'string', 'Postal code.'),
  field('territory', 'territory', 'string', 'Sales territory.'),
  field('country', 'country', 'string', 'Country.'),
  field('source', 'source', 'string', 'Where the prospect came from.'),
  field('annualRevenue', 'annual_revenue', 'string', 'Annual revenue, as the API writes it.'),
  field('employees', 'employees', 'string', 'Number of employees, as the API writes it.'),
  field('industry', 'industry', 'string', 'Industry.'),
  field('yearsInBusiness', 'years_in_business', 'string', 'Years in business.'),
  field('comments', 'comments', 'string', 'Comments.'),
  field('notes', 'notes', 'string', 'Notes.'),
  field('score', 'score', 'int', 'Prospect score.'),
  field('grade', 'grade', 'string', 'Prospect grade, A+ to F.'),
  field('lastActivityAt', 'last_activity_at', 'datetime', 'Last tracked activity.'),
  field('recentInteraction', 'recent_interaction', 'string', 'Most recent interaction.'),
  field('prospectAccountId', 'prospect_account_id', 'int', 'The prospect account (company) id.'),
  field('crmLeadFid', 'crm_lead_fid', 'string', 'Salesforce Lead id (00Q...).'),
  field('crmContactFid', 'crm_contact_fid', 'string', 'Salesforce Contact id (003...).'),
  field('crmOwnerFid', 'crm_owner_fid', 'string', 'Salesforce owner id.'),
  field('crmAccountFid', 'crm_account_fid', 'string', 'Salesforce Account id.'),
  field('crmLastSync', 'crm_last_sync', 'datetime', 'Last sync with the CRM.'),
  field('crmUrl', 'crm_url', 'string', 'The record in the CRM.'),
  field('salesforceFid', 'salesforce_fid', 'string', 'Salesforce id (API version 4).'),
  field('isDoNotEmail', 'is_do_not_email', 'boolean', 'Do not email.'),
  field('isDoNotCall', 'is_do_not_call', 'boolean', 'Do not call.'),
  field('optedOut', 'opted_out', 'boolean', 'Opted out of email.'),
  field('isReviewed', 'is_reviewed', 'boolean', 'Reviewed.'),
  field('isStarred', 'is_starred', 'boolean', 'Starred.'),
  field('isArchived', 'is_archived', 'boolean', 'Archived (in the recycle bin).'),
];

export const PROSPECT_FIELD_BY_NAME: ReadonlyMap<string, ProspectField> = new Map(
  PROSPECT_FIELDS.map((entry) => [entry.name, entry]),
);

/**
 * Flags are `1` or empty on the wire (docs/upstreams/account-engagement.md#json: booleans appear as
 * 1 or null).
 */
function flag(raw: string | null): boolean {
  if (raw === null) return false;
  const text = raw.trim().toLowerCase();
  return text === '1' || text === 'true';
}

function integer(raw: string | null): number | null {
  if (raw === null || !/^-?\d{1,10}$/.test(raw.trim())) return null;
  const value = Number(raw);
  // GraphQL Int is 32-bit; a larger number answers null rather than failing the whole object.
  return value >= -(2 ** 31) && value < 2 ** 31 ? value : null;
}

/** The GraphQL value of one field from the API's text (null when the API had none). */
export function prospectFieldValue(
  kind: ProspectFieldKind,
  raw: string | null,
): string | number | boolean | null {
  switch (kind) {
    case 'string':
      return raw;
    case 'int':
      return integer(raw);
    case 'boolean':
      return flag(raw);
    case 'datetime':
      return parseAccountEngagementTime(raw);
    default:
      return assertNever(kind, 'prospect field kind');
  }
}
