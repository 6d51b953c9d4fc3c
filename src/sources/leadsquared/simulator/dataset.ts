/**
 * The seeded records with the lookups the endpoints need. Ids are matched case-insensitively, as
 * LeadSquared's GUID columns are; records are frozen so a handler cannot change the seed.
 */
import { SortedIndexes } from '../../../core/simulator/sorted-index.js';
import type { LeadRecord, OpportunityRecord, OwnerRecord } from './records.js';

/** The opportunity columns that hold text (or null). */
export type TextColumn =
  'Status' | 'Owner' | 'mx_Custom_1' | 'mx_Custom_2' | 'mx_Custom_3' | 'mx_Custom_4';

function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item).toLowerCase(), item]));
}

export class LeadSquaredDataset {
  readonly #opportunityById: Map<string, OpportunityRecord>;
  readonly #leadById: Map<string, LeadRecord>;
  readonly #ownerById: Map<string, OwnerRecord>;
  /** Every opportunity of a lead (all types), in creation order. */
  readonly #byLead = new Map<string, OpportunityRecord[]>();
  readonly #byType = new Map<number, OpportunityRecord[]>();
  /** Per event code, the listing orders built so far (listing-index). Records never change. */
  readonly #ordersByType = new Map<number, SortedIndexes<OpportunityRecord>>();
  readonly #valuesByTypeAndField = new Map<string, ReadonlySet<string>>();

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
    // Keyed by the id strings the records already hold: a `lead|type` key per opportunity was a
    // sixth of seeding at 100,000 records per type.
    for (const opportunity of opportunities) {
      const ofLead = this.#byLead.get(opportunity.RelatedProspectId);
      if (ofLead === undefined) this.#byLead.set(opportunity.RelatedProspectId, [opportunity]);
      else ofLead.push(opportunity);
      const ofType = this.#byType.get(opportunity.EventCode);
      if (ofType === undefined) this.#byType.set(opportunity.EventCode, [opportunity]);
      else ofType.push(opportunity);
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

  /** A new array each call, in creation order. */
  opportunitiesOfType(eventCode: number): OpportunityRecord[] {
    return [...(this.#byType.get(eventCode) ?? [])];
  }

  /** The orders kept over one type's opportunities; one set per event code, made on first use. */
  ordersOfType(eventCode: number): SortedIndexes<OpportunityRecord> {
    let orders = this.#ordersByType.get(eventCode);
    if (orders === undefined) {
      const records = this.#byType.get(eventCode);
      // Unknown codes get an empty set that is not kept: callers choose the code.
      if (records === undefined) return new SortedIndexes<OpportunityRecord>(() => []);
      orders = new SortedIndexes(() => records);
      this.#ordersByType.set(eventCode, orders);
    }
    return orders;
  }

  /** The lower-cased values one text column holds across a type (null left out), made once. */
  lowerCaseValuesOf(eventCode: number, field: TextColumn): ReadonlySet<string> {
    const key = `${eventCode}:${field}`;
    let values = this.#valuesByTypeAndField.get(key);
    if (values === undefined) {
      const records = this.#byType.get(eventCode);
      if (records === undefined) return new Set();
      values = new Set(
        records.flatMap((record) => {
          const value = record[field];
          return value === null ? [] : [value.toLowerCase()];
        }),
      );
      this.#valuesByTypeAndField.set(key, values);
    }
    return values;
  }

  opportunitiesOfLead(leadId: string, eventCode: number): OpportunityRecord[] {
    const ofLead = this.#byLead.get(leadId.toLowerCase()) ?? [];
    return ofLead.filter((opportunity) => opportunity.EventCode === eventCode);
  }
}
