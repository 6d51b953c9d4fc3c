import type {
  Account,
  AccountSummary,
  Address,
  AddressSummary,
  Customer,
  CustomerSummary,
  GetOpportunityCommandOutput,
  LifeCycle,
  LifeCycleSummary,
  OpportunitySummary,
  Project,
  ProjectSummary,
} from '../../sources/partner-central/wire-types.js';
import type { Context } from '../../context.js';
import type { Catalog } from '../../core/domain/catalog.js';

/**
 * The root of every Partner Central opportunity object: the key GetOpportunity needs plus the
 * matching part of the ListOpportunities summary (undefined when the summary lacks it).
 * `PartnerCentralOpportunityDetails` is the view of the whole opportunity.
 */
export interface OpportunityView<S> {
  catalog: Catalog;
  opportunityId: string;
  summary: S | undefined;
}

/** Each GraphQL object that mixes summary and GetOpportunity-only members: [summary, full]. */
interface Parts {
  opportunity: [OpportunitySummary, GetOpportunityCommandOutput];
  lifeCycle: [LifeCycleSummary, LifeCycle];
  customer: [CustomerSummary, Customer];
  account: [AccountSummary, Account];
  address: [AddressSummary, Address];
  project: [ProjectSummary, Project];
}

export type OpportunityPart = keyof Parts;
export type SummaryOf<P extends OpportunityPart> = Parts[P][0];
export type DetailOf<P extends OpportunityPart> = Parts[P][1];
export type PartView<P extends OpportunityPart> = OpportunityView<SummaryOf<P>>;

interface PartSpec<P extends OpportunityPart> {
  /** Where the part sits in a GetOpportunity answer. */
  readonly inDetail: (detail: GetOpportunityCommandOutput) => DetailOf<P> | undefined;
  /**
   * Members the ListOpportunities summary carries
   * (docs/upstreams/partner-central.md#listopportunities, OpportunitySummary and below): answered
   * from the summary, never with GetOpportunity. Every other member of the full shape is loaded
   * with GetOpportunity, and only when selected.
   */
  readonly summaryMembers: readonly (keyof SummaryOf<P> & keyof DetailOf<P>)[];
}

/** THE place that says which Partner Central opportunity fields are summary-backed. */
export const OPPORTUNITY_PARTS: { readonly [P in OpportunityPart]: PartSpec<P> } = {
  opportunity: {
    inDetail: (detail) => detail,
    summaryMembers: [
      'Catalog',
      'Id',
      'Arn',
      'PartnerOpportunityIdentifier',
      'OpportunityType',
      'LastModifiedDate',
      'CreatedDate',
      'LifeCycle',
      'Customer',
      'Project',
    ],
  },
  lifeCycle: {
    inDetail: (detail) => detail.LifeCycle,
    summaryMembers: [
      'Stage',
      'ClosedLostReason',
      'NextSteps',
      'TargetCloseDate',
      'ReviewStatus',
      'ReviewComments',
      'ReviewStatusReason',
    ],
  },
  customer: {
    inDetail: (detail) => detail.Customer,
    summaryMembers: ['Account'],
  },
  account: {
    inDetail: (detail) => detail.Customer?.Account,
    summaryMembers: ['Industry', 'OtherIndustry', 'CompanyName', 'WebsiteUrl', 'Address'],
  },
  address: {
    inDetail: (detail) => detail.Customer?.Account?.Address,
    summaryMembers: ['City', 'PostalCode', 'StateOrRegion', 'CountryCode'],
  },
  project: {
    inDetail: (detail) => detail.Project,
    summaryMembers: ['DeliveryModels', 'ExpectedCustomerSpend', 'ExpectedContractDuration'],
  },
};

export function isSummaryMember<P extends OpportunityPart>(part: P, member: PropertyKey): boolean {
  return (OPPORTUNITY_PARTS[part].summaryMembers as readonly PropertyKey[]).includes(member);
}

/**
 * Ends the description of every member GetOpportunity answers: clients read it as a cost note. (The
 * selection planner uses the field table's needsDetail, not this text.)
 */
export const LOADED_NOTE = ' Loaded with GetOpportunity when selected.';

/** Field options of a member: nullable, and the description says when it costs a call. */
export function memberField<P extends OpportunityPart>(
  part: P,
  member: keyof DetailOf<P>,
  description: string,
): { nullable: true; description: string } {
  return {
    nullable: true,
    description: isSummaryMember(part, member) ? description : `${description}${LOADED_NOTE}`,
  };
}

/**
 * One leaf member of a part. Summary members come from the view; the others from the request's
 * GetOpportunity loader (batched and de-duplicated per opportunity). A vanished opportunity gives
 * null; a failed call rejects, so the error lands on this field only. Nested parts are not read
 * here: their summary shape differs from the full one, so resolvers build child views instead.
 */
export async function readMember<P extends OpportunityPart, M extends keyof DetailOf<P>>(
  part: P,
  view: PartView<P>,
  member: M,
  ctx: Context,
): Promise<NonNullable<DetailOf<P>[M]> | null> {
  if (isSummaryMember(part, member)) {
    return (view.summary as DetailOf<P> | undefined)?.[member] ?? null;
  }
  const detail = await ctx.loaders.partnerCentralOpportunityDetail.load({
    catalog: view.catalog,
    opportunityId: view.opportunityId,
  });
  if (!detail) return null;
  return OPPORTUNITY_PARTS[part].inDetail(detail)?.[member] ?? null;
}

/** The view of a nested part: same key, the matching piece of the summary. */
export function childView<S>(
  view: OpportunityView<unknown>,
  summary: S | undefined,
): OpportunityView<S> {
  return { catalog: view.catalog, opportunityId: view.opportunityId, summary };
}
