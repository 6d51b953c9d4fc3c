/**
 * The simulator's stored records, named as LeadSquared names the fields on the wire
 * (docs/upstreams/leadsquared.md#opportunities-as-activities, #lead-by-id). Instants are ISO 8601
 * UTC strings with whole seconds ("2024-03-05T10:11:12.000Z"): the endpoints format them per
 * docs/upstreams/leadsquared.md#dates-and-times, and ISO strings sort chronologically as plain
 * strings.
 */
export type OpportunityStatus = 'Open' | 'Won' | 'Lost';

export interface OwnerRecord {
  readonly UserId: string;
  readonly FirstName: string;
  readonly LastName: string;
  readonly EmailAddress: string;
}

export interface LeadRecord {
  readonly ProspectID: string;
  readonly FirstName: string;
  readonly LastName: string;
  readonly EmailAddress: string | null;
  readonly Company: string;
  readonly Phone: string;
  readonly ProspectStage: string;
  /** UserId of the lead owner. */
  readonly OwnerId: string;
  readonly Source: string;
  readonly CreatedOn: string;
  readonly ModifiedOn: string;
  readonly mx_City: string;
}

export interface OpportunityRecord {
  /**
   * Opportunity id: an opportunity is an activity on a lead
   * (docs/upstreams/leadsquared.md#opportunities-as-activities).
   */
  readonly ProspectActivityId: string;
  /** Opportunity type ("event code"). */
  readonly EventCode: number;
  /** ProspectID of the lead the opportunity belongs to. */
  readonly RelatedProspectId: string;
  readonly CreatedOn: string;
  /** Never earlier than CreatedOn. */
  readonly ModifiedOn: string;
  /** UserId of the owner. */
  readonly Owner: string;
  readonly OwnerName: string;
  readonly OwnerEmailAddress: string;
  readonly Status: OpportunityStatus;
  /** Opportunity name, e.g. "Acme Corp – Renewal 2024". */
  readonly mx_Custom_1: string;
  /** Stage: Prospecting, Qualification, Proposal, Negotiation (Open) or Closed (Won/Lost). */
  readonly mx_Custom_2: string;
  /** Amount as a decimal string ("12500.00"); null or "" on some records, as in real accounts. */
  readonly mx_Custom_3: string | null;
  /** Source / channel. */
  readonly mx_Custom_4: string;
  readonly OpportunityNote: string;
}
