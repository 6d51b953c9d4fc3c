/**
 * The seeded records with the lookups the endpoints need. Ids are matched case-insensitively, as
 * LeadSquared's GUID columns are; records are frozen so a handler cannot change the seed.
 */
import type { LeadRecord, OpportunityRecord, OwnerRecord } from './records.js';

function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item).toLowerCase(), item]));
}

export class LeadSquaredDataset {
  readonly #opportunityById: Map<string, OpportunityRecord>;
  readonly #leadById: Map<string, LeadRecord>;
  readonly #ownerById: Map<string, OwnerRecord>;
  readonly #byLeadAndType = new Map<string, OpportunityRecord[]>();

  constructor(
    readonly eventCodes: readonly number[],
    readonly owners: readonly OwnerRecord[],
    readonly leads: readonly LeadRecord[],
    /** Every opportunity, grouped by event code in `eventCodes` order, then in creation order. */
    readonly opportunities: readonly OpportunityRecord[],
  ) {
    for (const record of [...owners, ...leads, ...opportunities]) Object.freeze(record);
    this.#opportunityById = byKey(opportunities, (o) => o.ProspectActivityId);
    this.#leadById = byKey(leads, (lead) => lead.ProspectID);
    this.#ownerById = byKey(owners, (owner) => owner.UserId);
    for (const opportunity of opportunities) {
      const key = `${opportunity.RelatedProspectId}|${opportunity.EventCode}`;
      const list = this.#byLeadAndType.get(key) ?? [];
      list.push(opportunity);
      this.#byLeadAndType.set(key, list);
    }
  }

  opportunity(id: string): OpportunityRecord | undefined {
    return this.#opportunityById.get(id.toLowerCase());
  }

  lead(id: string): LeadRecord | undefined {
    return this.#leadById.get(id.toLowerCase());
  }

  owner(userId: string): OwnerRecord | undefined {
    return this.#ownerById.get(userId.toLowerCase());
  }

  opportunitiesOfType(eventCode: number): OpportunityRecord[] {
    return this.opportunities.filter((o) => o.EventCode === eventCode);
  }

  opportunitiesOfLead(leadId: string, eventCode: number): OpportunityRecord[] {
    return [...(this.#byLeadAndType.get(`${leadId.toLowerCase()}|${eventCode}`) ?? [])];
  }
}
