/**
 * One catalog's records (AWS and Sandbox are separate worlds,
 * docs/upstreams/partner-central.md#catalogs) with the look-ups the operations need. Arrays are in
 * creation order; tests read them to compute expected answers.
 */
import { SortedIndexes } from '../../../../core/simulator/sorted-index.js';
import { formatOpportunityId } from './ids.js';
import type {
  AcceptInvitationTaskRecord,
  Catalog,
  EngagementRecord,
  InvitationRecord,
  OpportunityRecord,
  ProspectingTaskRecord,
} from './records.js';

export class CatalogData {
  readonly opportunities: OpportunityRecord[];
  readonly invitations: InvitationRecord[];
  readonly engagements: EngagementRecord[];
  readonly acceptInvitationTasks: AcceptInvitationTaskRecord[] = [];
  readonly prospectingTasks: ProspectingTaskRecord[] = [];
  /** The listing orders built so far (listing/opportunity-index), kept in step with additions. */
  readonly opportunityOrders = new SortedIndexes<OpportunityRecord>(() => this.opportunities);
  readonly #opportunities = new Map<string, OpportunityRecord>();
  readonly #invitations = new Map<string, InvitationRecord>();
  readonly #engagements = new Map<string, EngagementRecord>();
  #lastOpportunityNumber = 0;

  constructor(
    readonly catalog: Catalog,
    seeded: {
      readonly opportunities: OpportunityRecord[];
      readonly invitations: InvitationRecord[];
      readonly engagements: EngagementRecord[];
    },
  ) {
    this.opportunities = [];
    for (const record of seeded.opportunities) this.addOpportunity(record);
    this.invitations = seeded.invitations;
    this.engagements = seeded.engagements;
    // Invitations and engagements answer to their id and to their ARN.
    for (const invitation of this.invitations) {
      this.#invitations.set(invitation.Id, invitation).set(invitation.Arn, invitation);
    }
    for (const engagement of this.engagements) {
      this.#engagements.set(engagement.Id, engagement).set(engagement.Arn, engagement);
    }
  }

  opportunity(id: string): OpportunityRecord | undefined {
    return this.#opportunities.get(id);
  }

  invitation(idOrArn: string): InvitationRecord | undefined {
    return this.#invitations.get(idOrArn);
  }

  engagement(idOrArn: string): EngagementRecord | undefined {
    return this.#engagements.get(idOrArn);
  }

  acceptTask(idOrArn: string): AcceptInvitationTaskRecord | undefined {
    return this.acceptInvitationTasks.find((t) => t.TaskId === idOrArn || t.TaskArn === idOrArn);
  }

  prospectingTask(id: string): ProspectingTaskRecord | undefined {
    return this.prospectingTasks.find((task) => task.TaskId === id);
  }

  addOpportunity(record: OpportunityRecord): void {
    this.opportunities.push(record);
    this.#opportunities.set(record.Id, record);
    this.opportunityOrders.inserted(record);
    this.#lastOpportunityNumber = Math.max(this.#lastOpportunityNumber, Number(record.Id.slice(1)));
  }

  /** Ids of created opportunities continue above the highest one, keeping the fixed width. */
  nextOpportunityId(): string {
    return formatOpportunityId(this.#lastOpportunityNumber + 1);
  }
}
