/**
 * The records with the look-ups the operations need. `opportunities` holds every opportunity,
 * deleted ones included (flagged), in id order; tests read these arrays to compute expected
 * answers. Emails match case-insensitively, as email addresses are compared in practice.
 */
import type { CampaignRecord, OpportunityRecord, ProspectRecord } from './records.js';

const emailKey = (email: string): string => email.trim().toLowerCase();

export class AccountEngagementDataset {
  readonly #opportunities = new Map<number, OpportunityRecord>();
  readonly #prospects = new Map<number, ProspectRecord>();
  readonly #prospectsByEmail = new Map<string, ProspectRecord[]>();
  readonly #prospectsByFid = new Map<string, ProspectRecord>();
  readonly #campaigns = new Map<number, CampaignRecord>();

  constructor(
    readonly campaigns: readonly CampaignRecord[],
    readonly prospects: readonly ProspectRecord[],
    readonly opportunities: OpportunityRecord[],
  ) {
    for (const campaign of campaigns) this.#campaigns.set(campaign.id, campaign);
    for (const prospect of prospects) {
      this.#prospects.set(prospect.id, prospect);
      const key = emailKey(prospect.email);
      this.#prospectsByEmail.set(key, [...(this.#prospectsByEmail.get(key) ?? []), prospect]);
      for (const fid of [prospect.crm_lead_fid, prospect.crm_contact_fid]) {
        if (fid !== null) this.#prospectsByFid.set(fid, prospect);
      }
    }
    for (const opportunity of opportunities) this.#opportunities.set(opportunity.id, opportunity);
  }

  /** Any opportunity with the id, deleted or not. */
  opportunity(id: number): OpportunityRecord | undefined {
    return this.#opportunities.get(id);
  }

  /** The opportunity as read and query see it: undefined when unknown or deleted. */
  liveOpportunity(id: number): OpportunityRecord | undefined {
    const record = this.#opportunities.get(id);
    return record === undefined || record.deleted ? undefined : record;
  }

  liveOpportunities(): OpportunityRecord[] {
    return this.opportunities.filter((record) => !record.deleted);
  }

  prospect(id: number): ProspectRecord | undefined {
    return this.#prospects.get(id);
  }

  /** Every prospect with the email, in id order (several only in v4/AMPSEA terms). */
  prospectsWithEmail(email: string): ProspectRecord[] {
    return [...(this.#prospectsByEmail.get(emailKey(email)) ?? [])];
  }

  /**
   * The one prospect an email names where only one can be meant (v3 reads, create by email): the
   * one with the most recent activity, as v4 create documents
   * (docs/upstreams/account-engagement.md#opportunity-operations); ties and prospects without
   * activity fall back to the lowest id.
   */
  primaryProspectWithEmail(email: string): ProspectRecord | undefined {
    const activity = (p: ProspectRecord): string => p.last_activity_at ?? '';
    return this.prospectsWithEmail(email).reduce<ProspectRecord | undefined>(
      (best, p) => (best === undefined || activity(p) > activity(best) ? p : best),
      undefined,
    );
  }

  prospectByFid(fid: string): ProspectRecord | undefined {
    return this.#prospectsByFid.get(fid);
  }

  campaign(id: number): CampaignRecord | undefined {
    return this.#campaigns.get(id);
  }

  /** Created opportunities get ids above every existing one, deleted ones included. */
  nextOpportunityId(): number {
    const last = this.opportunities.at(-1);
    return last === undefined ? 1 : last.id + 1;
  }

  addOpportunity(record: OpportunityRecord): void {
    this.opportunities.push(record);
    this.#opportunities.set(record.id, record);
  }
}
