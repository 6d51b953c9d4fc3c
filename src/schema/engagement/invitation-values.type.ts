import { Field, ObjectType } from 'type-graphql';
import {
  PartnerCentralContact,
  PartnerCentralExpectedCustomerSpend,
} from '../partner-central/opportunity-values.type.js';

/*
 * The nested structures of an engagement invitation (GetEngagementInvitation). Upstream unions
 * (Receiver, Payload) become objects with one nullable field per member: exactly one is set.
 */

@ObjectType({ description: 'The AWS account an invitation was sent to.' })
export class EngagementInvitationAccountReceiver {
  @Field(() => String, { nullable: true, description: "The receiver's account alias." })
  alias!: string | null;

  @Field(() => String, { nullable: true, description: '12-digit AWS account id.' })
  awsAccountId!: string | null;
}

@ObjectType({ description: 'Who received an invitation (upstream union: one member is set).' })
export class EngagementInvitationReceiver {
  @Field(() => EngagementInvitationAccountReceiver, { nullable: true })
  account!: EngagementInvitationAccountReceiver | null;
}

@ObjectType({ description: 'The customer an opportunity invitation is about.' })
export class EngagementCustomer {
  @Field(() => String, { nullable: true, description: 'Industry, e.g. Financial Services.' })
  industry!: string | null;

  @Field(() => String, { nullable: true })
  companyName!: string | null;

  @Field(() => String, { nullable: true })
  websiteUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code.' })
  countryCode!: string | null;
}

@ObjectType({ description: 'The project an opportunity invitation proposes.' })
export class EngagementProjectDetails {
  @Field(() => String, { nullable: true, description: "The customer's business problem." })
  businessProblem!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'Target completion date (YYYY-MM-DD).' })
  targetCompletionDate!: string | null;

  @Field(() => [PartnerCentralExpectedCustomerSpend], { nullable: true })
  expectedCustomerSpend!: PartnerCentralExpectedCustomerSpend[] | null;
}

@ObjectType({ description: 'An invitation to co-sell an opportunity (OpportunityInvitation).' })
export class OpportunityInvitationPayload {
  @Field(() => [PartnerCentralContact], {
    nullable: true,
    description: 'Contacts at the sender (1 to 3).',
  })
  senderContacts!: PartnerCentralContact[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Roles asked of the receiver, e.g. Reseller, Co-Sell Facilitator.',
  })
  receiverResponsibilities!: string[] | null;

  @Field(() => EngagementCustomer, { nullable: true })
  customer!: EngagementCustomer | null;

  @Field(() => EngagementProjectDetails, { nullable: true })
  project!: EngagementProjectDetails | null;
}

@ObjectType({ description: 'The customer of a lead invitation.' })
export class LeadInvitationCustomer {
  @Field(() => String, { nullable: true })
  industry!: string | null;

  @Field(() => String, { nullable: true })
  companyName!: string | null;

  @Field(() => String, { nullable: true })
  websiteUrl!: string | null;

  @Field(() => String, { nullable: true })
  countryCode!: string | null;

  @Field(() => String, { nullable: true, description: "The customer's AWS maturity." })
  awsMaturity!: string | null;

  @Field(() => String, { nullable: true, description: 'Market segment, e.g. Enterprise.' })
  marketSegment!: string | null;
}

@ObjectType({ description: 'How a lead came about (LeadInvitationInteraction).' })
export class LeadInvitationInteraction {
  @Field(() => String, { nullable: true, description: 'Kind of source, e.g. a marketing event.' })
  sourceType!: string | null;

  @Field(() => String, { nullable: true })
  sourceId!: string | null;

  @Field(() => String, { nullable: true })
  sourceName!: string | null;

  @Field(() => String, { nullable: true, description: 'Use case (upstream Usecase).' })
  usecase!: string | null;

  @Field(() => String, { nullable: true, description: "The lead contact's job title." })
  contactBusinessTitle!: string | null;
}

@ObjectType({ description: 'An invitation to work a lead (LeadInvitation).' })
export class LeadInvitationPayload {
  @Field(() => LeadInvitationCustomer, { nullable: true })
  customer!: LeadInvitationCustomer | null;

  @Field(() => LeadInvitationInteraction, { nullable: true })
  interaction!: LeadInvitationInteraction | null;
}

@ObjectType({
  description: 'What an invitation carries (upstream union: the member for payloadType is set).',
})
export class EngagementInvitationPayload {
  @Field(() => OpportunityInvitationPayload, { nullable: true })
  opportunityInvitation!: OpportunityInvitationPayload | null;

  @Field(() => LeadInvitationPayload, { nullable: true })
  leadInvitation!: LeadInvitationPayload | null;
}

@ObjectType({ description: 'A company already in the engagement.' })
export class EngagementMember {
  @Field(() => String, { nullable: true })
  companyName!: string | null;

  @Field(() => String, { nullable: true })
  websiteUrl!: string | null;
}

@ObjectType({ description: 'What AWS prospecting found out about the customer.' })
export class ProspectingResultCustomer {
  @Field(() => String, { nullable: true })
  accountName!: string | null;

  @Field(() => String, { nullable: true, description: 'AWS geography, e.g. AMER.' })
  geo!: string | null;

  @Field(() => String, { nullable: true })
  region!: string | null;

  @Field(() => String, { nullable: true })
  subRegion!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code.' })
  country!: string | null;

  @Field(() => String, { nullable: true })
  industry!: string | null;

  @Field(() => String, { nullable: true })
  subIndustry!: string | null;

  @Field(() => String, { nullable: true, description: 'Customer segment.' })
  segment!: string | null;

  @Field(() => String, { nullable: true })
  companySize!: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'AWS programs the customer is eligible for.',
  })
  eligiblePrograms!: string[] | null;

  @Field(() => String, { nullable: true, description: 'Summary of public information.' })
  publicProfileSummary!: string | null;
}

@ObjectType({ description: 'Scores AWS prospecting assigned.' })
export class ProspectingInsights {
  @Field(() => String, { nullable: true, description: 'Level of AWS Marketplace engagement.' })
  marketplaceEngagementScore!: string | null;

  @Field(() => String, { nullable: true, description: "How well the partner's solution fits." })
  solutionScore!: string | null;

  @Field(() => String, { nullable: true })
  solutionCategory!: string | null;

  @Field(() => String, { nullable: true })
  solutionSubCategory!: string | null;
}

@ObjectType({ description: 'AWS prospecting results attached to an invitation.' })
export class InvitationProspectingResultAws {
  @Field(() => ProspectingResultCustomer, { nullable: true })
  customer!: ProspectingResultCustomer | null;

  @Field(() => ProspectingInsights, { nullable: true })
  insights!: ProspectingInsights | null;
}

@ObjectType({ description: 'Insights about a lead.' })
export class LeadInsights {
  @Field(() => String, { nullable: true, description: 'How ready the lead is, as AWS scores it.' })
  leadReadinessScore!: string | null;
}

@ObjectType({ description: 'Extra context AWS adds to an invitation (EnrichmentContext).' })
export class EngagementEnrichmentContext {
  @Field(() => InvitationProspectingResultAws, { nullable: true })
  prospectingResultAws!: InvitationProspectingResultAws | null;

  @Field(() => LeadInsights, { nullable: true })
  leadInsights!: LeadInsights | null;
}
