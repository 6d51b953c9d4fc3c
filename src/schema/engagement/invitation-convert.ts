import type {
  EngagementCustomer as SdkEngagementCustomer,
  EngagementMemberSummary,
  EnrichmentContext,
  LeadInvitationPayload as SdkLeadInvitationPayload,
  OpportunityInvitationPayload as SdkOpportunityInvitationPayload,
  Payload,
  ProjectDetails,
  Receiver,
} from '../../sources/partner-central/wire-types.js';
import type {
  EngagementCustomer,
  EngagementEnrichmentContext,
  EngagementInvitationPayload,
  EngagementInvitationReceiver,
  EngagementMember,
  EngagementProjectDetails,
  LeadInvitationPayload,
  OpportunityInvitationPayload,
} from './invitation-values.type.js';
import { listOf, strings, toContact, toExpectedCustomerSpend } from '../partner-central/convert.js';

/* SDK invitation structures -> the plain GraphQL objects (camelCase, null for absent). */

export function toReceiver(
  receiver: Receiver | null | undefined,
): EngagementInvitationReceiver | null {
  if (!receiver) return null;
  const account = receiver.Account;
  return {
    account: account
      ? { alias: account.Alias ?? null, awsAccountId: account.AwsAccountId ?? null }
      : null,
  };
}

function toEngagementCustomer(
  customer: SdkEngagementCustomer | undefined,
): EngagementCustomer | null {
  if (!customer) return null;
  return {
    industry: customer.Industry ?? null,
    companyName: customer.CompanyName ?? null,
    websiteUrl: customer.WebsiteUrl ?? null,
    countryCode: customer.CountryCode ?? null,
  };
}

function toProjectDetails(project: ProjectDetails | undefined): EngagementProjectDetails | null {
  if (!project) return null;
  return {
    businessProblem: project.BusinessProblem ?? null,
    title: project.Title ?? null,
    targetCompletionDate: project.TargetCompletionDate ?? null,
    expectedCustomerSpend: listOf(project.ExpectedCustomerSpend, toExpectedCustomerSpend),
  };
}

function toOpportunityInvitation(
  payload: SdkOpportunityInvitationPayload | undefined,
): OpportunityInvitationPayload | null {
  if (!payload) return null;
  return {
    senderContacts: listOf(payload.SenderContacts, toContact),
    receiverResponsibilities: strings(payload.ReceiverResponsibilities),
    customer: toEngagementCustomer(payload.Customer),
    project: toProjectDetails(payload.Project),
  };
}

function toLeadInvitation(
  payload: SdkLeadInvitationPayload | undefined,
): LeadInvitationPayload | null {
  if (!payload) return null;
  const { Customer: customer, Interaction: interaction } = payload;
  return {
    customer: customer
      ? {
          industry: customer.Industry ?? null,
          companyName: customer.CompanyName ?? null,
          websiteUrl: customer.WebsiteUrl ?? null,
          countryCode: customer.CountryCode ?? null,
          awsMaturity: customer.AwsMaturity ?? null,
          marketSegment: customer.MarketSegment ?? null,
        }
      : null,
    interaction: interaction
      ? {
          sourceType: interaction.SourceType ?? null,
          sourceId: interaction.SourceId ?? null,
          sourceName: interaction.SourceName ?? null,
          usecase: interaction.Usecase ?? null,
          contactBusinessTitle: interaction.ContactBusinessTitle ?? null,
        }
      : null,
  };
}

export function toPayload(payload: Payload | null | undefined): EngagementInvitationPayload | null {
  if (!payload) return null;
  return {
    opportunityInvitation: toOpportunityInvitation(payload.OpportunityInvitation),
    leadInvitation: toLeadInvitation(payload.LeadInvitation),
  };
}

export function toMember(member: EngagementMemberSummary): EngagementMember {
  return { companyName: member.CompanyName ?? null, websiteUrl: member.WebsiteUrl ?? null };
}

export function toEnrichmentContext(
  context: EnrichmentContext | null | undefined,
): EngagementEnrichmentContext | null {
  if (!context) return null;
  const prospecting = context.ProspectingResultAws;
  const customer = prospecting?.Customer;
  const insights = prospecting?.Insights;
  return {
    prospectingResultAws: prospecting
      ? {
          customer: customer
            ? {
                accountName: customer.AccountName ?? null,
                geo: customer.Geo ?? null,
                region: customer.Region ?? null,
                subRegion: customer.SubRegion ?? null,
                country: customer.Country ?? null,
                industry: customer.Industry ?? null,
                subIndustry: customer.SubIndustry ?? null,
                segment: customer.Segment ?? null,
                companySize: customer.CompanySize ?? null,
                eligiblePrograms: strings(customer.EligiblePrograms),
                publicProfileSummary: customer.PublicProfileSummary ?? null,
              }
            : null,
          insights: insights
            ? {
                marketplaceEngagementScore: insights.MarketplaceEngagementScore ?? null,
                solutionScore: insights.SolutionScore ?? null,
                solutionCategory: insights.SolutionCategory ?? null,
                solutionSubCategory: insights.SolutionSubCategory ?? null,
              }
            : null,
        }
      : null,
    leadInsights: context.LeadInsights
      ? { leadReadinessScore: context.LeadInsights.LeadReadinessScore ?? null }
      : null,
  };
}
