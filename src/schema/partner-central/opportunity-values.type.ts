import { Field, ObjectType } from 'type-graphql';
import { Money } from '../common/money.type.js';
import { DateTime } from '../common/scalars.js';

/*
 * Plain Partner Central value objects: each is built whole from one upstream structure (already
 * fetched), so their fields are ordinary properties. Upstream names in camelCase; enum-like
 * upstream values stay the upstream strings (they contain spaces, e.g. "Net New Business").
 */

@ObjectType({
  description:
    'A person on a Partner Central record (customer contact, opportunity team member or invitation sender).',
})
export class PartnerCentralContact {
  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  firstName!: string | null;

  @Field(() => String, { nullable: true })
  lastName!: string | null;

  @Field(() => String, { nullable: true, description: 'Job title.' })
  businessTitle!: string | null;

  @Field(() => String, { nullable: true, description: 'E.164, e.g. +14155550100.' })
  phone!: string | null;
}

@ObjectType({ description: "One entry of an opportunity's next-steps history." })
export class PartnerCentralNextStep {
  @Field(() => String, { nullable: true, description: 'The next steps as written then.' })
  value!: string | null;

  @Field(() => DateTime, { nullable: true, description: 'When they were recorded.' })
  time!: string | null;
}

@ObjectType({ description: 'Expected customer spend on AWS (ExpectedCustomerSpend).' })
export class PartnerCentralExpectedCustomerSpend {
  @Field(() => String, {
    nullable: true,
    description: 'Decimal string with up to 2 decimals, e.g. "12500.00".',
  })
  amount!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code.' })
  currencyCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Payment frequency: Monthly.' })
  frequency!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who receives the spend, e.g. AWS or a partner.',
  })
  targetCompany!: string | null;

  @Field(() => String, { nullable: true, description: 'AWS Pricing Calculator estimate URL.' })
  estimationUrl!: string | null;
}

@ObjectType({ description: 'Expected contract duration (ExpectedContractDuration).' })
export class PartnerCentralExpectedContractDuration {
  @Field(() => String, { nullable: true, description: 'Unit: Months.' })
  term!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Number of units, as the upstream sends it.',
  })
  value!: string | null;
}

@ObjectType({ description: 'Marketing attribution of an opportunity (GetOpportunity only).' })
export class PartnerCentralMarketing {
  @Field(() => String, { nullable: true })
  campaignName!: string | null;

  @Field(() => String, { nullable: true, description: 'Marketing Activity or None.' })
  source!: string | null;

  @Field(() => [String], { nullable: true })
  useCases!: string[] | null;

  @Field(() => [String], { nullable: true, description: 'e.g. Email, Live Event, Social.' })
  channels!: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Yes or No: whether AWS marketing funds were used.',
  })
  awsFundingUsed!: string | null;
}

@ObjectType({ description: 'Software revenue of an opportunity (GetOpportunity only).' })
export class PartnerCentralSoftwareRevenue {
  @Field(() => String, {
    nullable: true,
    description: 'Revenue model: Contract, Pay-as-you-go or Subscription.',
  })
  deliveryModel!: string | null;

  @Field(() => Money, { nullable: true })
  value!: Money | null;

  @Field(() => String, { nullable: true, description: 'Date (YYYY-MM-DD).' })
  effectiveDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Date (YYYY-MM-DD).' })
  expirationDate!: string | null;
}

@ObjectType({
  description: 'Entities an opportunity is linked to (GetOpportunity only).',
})
export class PartnerCentralRelatedEntityIdentifiers {
  @Field(() => [String], { nullable: true, description: 'AWS Marketplace offer ARNs.' })
  awsMarketplaceOffers!: string[] | null;

  @Field(() => [String], { nullable: true, description: 'AWS Marketplace offer set ARNs.' })
  awsMarketplaceOfferSets!: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Partner solution ids (S-...).' })
  solutions!: string[] | null;

  @Field(() => [String], { nullable: true, description: 'AWS product identifiers.' })
  awsProducts!: string[] | null;

  @Field(() => [String], { nullable: true, description: 'AWS Marketplace solution ARNs.' })
  awsMarketplaceSolutions!: string[] | null;

  @Field(() => [String], { nullable: true, description: 'AWS Marketplace product ARNs.' })
  awsMarketplaceProducts!: string[] | null;
}
