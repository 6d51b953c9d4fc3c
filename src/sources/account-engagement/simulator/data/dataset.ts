/**
 * The records with the look-ups the operations need. `opportunities` holds every opportunity,
 * deleted ones included (flagged), in id order; tests read these arrays to compute expected
 * answers. Emails match case-insensitively, as email addresses are compared in practice.
 *
 * Writes go through this class (addOpportunity, updateOpportunity, setDeleted), so the query
 * orders built over the live opportunities follow every change.
 */
import { SortedIndexes } from '../../../../core/simulator/sorted-index.js';
import type { CampaignRecord, OpportunityRecord, ProspectRecord } from './records.js';

const emailKey = (email: string): string => email.trim().toLowerCase();

export class AccountEngagementDataset {
  readonly #opportunities = new Map<number, OpportunityRecord>();
  readonly #prospects = new Map<number, ProspectRecord>();
  readonly #prospectsByEmail = new Map<string, ProspectRecord[]>();
  readonly #prospectsByFid = new Map<string, ProspectRecord>();
  readonly #campaigns = new Map<number, CampaignRecord>();
  /** Every opportunity (deleted ones too) by prospect id, in id order. */
  readonly #opportunitiesByProspect = new Map<number, OpportunityRecord[]>();
  /** The opportunity query's orders over the live opportunities (listing/indexed-query). */
  readonly opportunityOrders = new SortedIndexes<OpportunityRecord>(() => this.liveOpportunities());
  /** The prospect query's orders (prospects are never written). */
  readonly prospectOrders = new SortedIndexes<ProspectRecord>(() => this.prospects);

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
    for (const opportunity of opportunities) this.#index(opportunity);
  }

  #index(opportunity: OpportunityRecord): void {
    this.#opportunities.set(opportunity.id, opportunity);
    for (const prospectId of opportunity.prospectIds) {
      const list = this.#opportunitiesByProspect.get(prospectId);
      if (list === undefined) this.#opportunitiesByProspect.set(prospectId, [opportunity]);
      else list.push(opportunity);
    }
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

  /** The live opportunities linked to any of the prospects, each once. */
  liveOpportunitiesOfProspects(prospectIds: ReadonlySet<number>): OpportunityRecord[] {
    const found = new Set<OpportunityRecord>();
    for (const prospectId of prospectIds) {
      for (const record of this.#opportunitiesByProspect.get(prospectId) ?? []) {
        if (!record.deleted) found.add(record);
      }
    }
    return [...found];
  }

  prospect(id: number): ProspectRecord | undefined {
    return this.#prospects.get(id);
  }

  /** Every prospect with the email, in id order (several only in v4/AMPSEA terms). */
  prospectsWithEmail(email: string): ProspectRecord[] {
    return [...(this.#prospectsByEmail.get(emailKey(email)) ?? [])];
  }

  /**
   * The one prospect an email names where only one can be meant (create by email): the
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
    this.#index(record);
    if (!record.deleted) this.opportunityOrders.inserted(record);
  }

  /** Changes fields of an opportunity in place (update). Its prospects never change. */
  updateOpportunity(record: OpportunityRecord, changes: Partial<OpportunityRecord>): void {
    Object.assign(record, changes);
    if (!record.deleted) this.opportunityOrders.changed(record);
  }

  /** Delete (true) or undelete (false), moving updated_at as both do. */
  setDeleted(record: OpportunityRecord, deleted: boolean, updatedAt: string): void {
    const wasDeleted = record.deleted;
    record.deleted = deleted;
    record.updated_at = updatedAt;
    if (wasDeleted && !deleted) this.opportunityOrders.inserted(record);
    else if (!wasDeleted && deleted) this.opportunityOrders.removed(record);
    else if (!deleted) this.opportunityOrders.changed(record);
  }
}
