/**
 * Resolving `prospect_id` / `prospect_email` ("both must correspond to the same prospect", else 44;
 * docs/upstreams/account-engagement.md#opportunity-operations). Unknown id → 3, unknown or
 * malformed email → 4. A filter by email names every prospect with it: several only in a unit
 * with shared emails, which answers version 4 alone (request/version-rule), so version 3 always
 * finds one.
 */
import type { AccountEngagementDataset } from '../data/dataset.js';
import type { ProspectRecord } from '../data/records.js';
import { pardotError } from '../errors.js';

export interface ProspectSelector {
  readonly prospectId?: number | undefined;
  readonly prospectEmail?: string | undefined;
}

const sameEmail = (a: string, b: string): boolean =>
  a.trim().toLowerCase() === b.trim().toLowerCase();

function byId(dataset: AccountEngagementDataset, id: number, email: string | undefined) {
  const prospect = dataset.prospect(id);
  if (prospect === undefined) throw pardotError(3);
  if (email !== undefined) {
    if (dataset.prospectsWithEmail(email).length === 0) throw pardotError(4);
    if (!sameEmail(prospect.email, email)) throw pardotError(44);
  }
  return prospect;
}

/** Every prospect the selector names; undefined when it names none (no filter). */
export function selectProspects(
  dataset: AccountEngagementDataset,
  { prospectId, prospectEmail }: ProspectSelector,
): ProspectRecord[] | undefined {
  if (prospectId !== undefined) return [byId(dataset, prospectId, prospectEmail)];
  if (prospectEmail === undefined) return undefined;
  const prospects = dataset.prospectsWithEmail(prospectEmail);
  if (prospects.length === 0) throw pardotError(4);
  return prospects;
}

/** The one prospect a create names: by id, else the email's most recently active prospect. */
export function selectOneProspect(
  dataset: AccountEngagementDataset,
  { prospectId, prospectEmail }: ProspectSelector,
): ProspectRecord {
  if (prospectId !== undefined) return byId(dataset, prospectId, prospectEmail);
  if (prospectEmail === undefined) throw pardotError(13);
  const primary = dataset.primaryProspectWithEmail(prospectEmail);
  if (primary === undefined) throw pardotError(4);
  return primary;
}
