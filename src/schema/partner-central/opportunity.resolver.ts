import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Catalog, fromUpstreamCatalog } from '../common/catalog.enum.js';
import {
  PartnerCentralAccount,
  PartnerCentralAddress,
  PartnerCentralCustomer,
  PartnerCentralLifeCycle,
  PartnerCentralOpportunity,
  PartnerCentralProject,
} from './opportunity.type.js';
import {
  PartnerCentralContact,
  PartnerCentralExpectedContractDuration,
  PartnerCentralExpectedCustomerSpend,
  PartnerCentralMarketing,
  PartnerCentralNextStep,
  PartnerCentralRelatedEntityIdentifiers,
  PartnerCentralSoftwareRevenue,
} from './opportunity-values.type.js';
import { DateTime } from '../common/scalars.js';
import {
  isoDateTime,
  listOf,
  strings,
  toContact,
  toContractDuration,
  toExpectedCustomerSpend,
  toMarketing,
  toNextStep,
  toRelatedEntityIdentifiers,
  toSoftwareRevenue,
} from './convert.js';
import { childView, memberField, readMember, type PartView } from './opportunity-parts.js';

/*
 * Field resolvers of the Partner Central opportunity objects. Every upstream member goes through
 * readMember, which answers summary members from the view and the rest from GetOpportunity
 * (OPPORTUNITY_PARTS decides); memberField writes the matching note into the description.
 */

type OpportunityView = PartView<'opportunity'>;

@Resolver(() => PartnerCentralOpportunity)
export class PartnerCentralOpportunityResolver {
  @FieldResolver(() => Catalog, { description: 'AWS (production data) or SANDBOX (test data).' })
  catalog(@Root() view: OpportunityView): Catalog {
    return fromUpstreamCatalog(view.catalog);
  }

  @FieldResolver(() => String, memberField('opportunity', 'Arn', 'The opportunity ARN.'))
  arn(@Root() view: OpportunityView, @Ctx() ctx: Context): Promise<string | null> {
    return readMember('opportunity', view, 'Arn', ctx);
  }

  @FieldResolver(
    () => String,
    memberField(
      'opportunity',
      'PartnerOpportunityIdentifier',
      "The partner's own id for the opportunity (e.g. its CRM id).",
    ),
  )
  partnerOpportunityIdentifier(
    @Root() view: OpportunityView,
    @Ctx() ctx: Context,
  ): Promise<string | null> {
    return readMember('opportunity', view, 'PartnerOpportunityIdentifier', ctx);
  }

  @FieldResolver(
    () => String,
    memberField('opportunity', 'OpportunityType', 'Net New Business, Flat Renewal or Expansion.'),
  )
  opportunityType(@Root() view: OpportunityView, @Ctx() ctx: Context): Promise<string | null> {
    return readMember('opportunity', view, 'OpportunityType', ctx);
  }

  @FieldResolver(() => DateTime, memberField('opportunity', 'CreatedDate', 'When it was created.'))
  async createdDate(@Root() view: OpportunityView, @Ctx() ctx: Context): Promise<string | null> {
    return isoDateTime(await readMember('opportunity', view, 'CreatedDate', ctx));
  }

  @FieldResolver(
    () => DateTime,
    memberField('opportunity', 'LastModifiedDate', 'When it was last changed.'),
  )
  async lastModifiedDate(
    @Root() view: OpportunityView,
    @Ctx() ctx: Context,
  ): Promise<string | null> {
    return isoDateTime(await readMember('opportunity', view, 'LastModifiedDate', ctx));
  }

  @FieldResolver(() => PartnerCentralLifeCycle, {
    description: 'Stage, review and next steps. Its members are null where the upstream has none.',
  })
  lifeCycle(@Root() view: OpportunityView): PartView<'lifeCycle'> {
    return childView(view, view.summary?.LifeCycle);
  }

  @FieldResolver(() => PartnerCentralCustomer, {
    description: 'The end customer. Its members are null where the upstream has none.',
  })
  customer(@Root() view: OpportunityView): PartView<'customer'> {
    return childView(view, view.summary?.Customer);
  }

  @FieldResolver(() => PartnerCentralProject, {
    description: 'The project. Its members are null where the upstream has none.',
  })
  project(@Root() view: OpportunityView): PartView<'project'> {
    return childView(view, view.summary?.Project);
  }

  @FieldResolver(
    () => PartnerCentralMarketing,
    memberField('opportunity', 'Marketing', 'Marketing attribution.'),
  )
  async marketing(
    @Root() view: OpportunityView,
    @Ctx() ctx: Context,
  ): Promise<PartnerCentralMarketing | null> {
    return toMarketing(await readMember('opportunity', view, 'Marketing', ctx));
  }

  @FieldResolver(
    () => PartnerCentralSoftwareRevenue,
    memberField('opportunity', 'SoftwareRevenue', 'Software revenue (model, value, dates).'),
  )
  async softwareRevenue(
    @Root() view: OpportunityView,
    @Ctx() ctx: Context,
  ): Promise<PartnerCentralSoftwareRevenue | null> {
    return toSoftwareRevenue(await readMember('opportunity', view, 'SoftwareRevenue', ctx));
  }

  @FieldResolver(
    () => PartnerCentralRelatedEntityIdentifiers,
    memberField(
      'opportunity',
      'RelatedEntityIdentifiers',
      'Marketplace offers, solutions and AWS products linked to the opportunity.',
    ),
  )
  async relatedEntityIdentifiers(
    @Root() view: OpportunityView,
    @Ctx() ctx: Context,
  ): Promise<PartnerCentralRelatedEntityIdentifiers | null> {
    return toRelatedEntityIdentifiers(
      await readMember('opportunity', view, 'RelatedEntityIdentifiers', ctx),
    );
  }

  @FieldResolver(
    () => [PartnerCentralContact],
    memberField('opportunity', 'OpportunityTeam', "The partner's team on the opportunity."),
  )
  async opportunityTeam(
    @Root() view: OpportunityView,
    @Ctx() ctx: Context,
  ): Promise<PartnerCentralContact[] | null> {
    return listOf(await readMember('opportunity', view, 'OpportunityTeam', ctx), toContact);
  }

  @FieldResolver(
    () => [String],
    memberField(
      'opportunity',
      'PrimaryNeedsFromAws',
      'Co-sell help asked of AWS, e.g. "Co-Sell - Deal Support".',
    ),
  )
  async primaryNeedsFromAws(
    @Root() view: OpportunityView,
    @Ctx() ctx: Context,
  ): Promise<string[] | null> {
    return strings(await readMember('opportunity', view, 'PrimaryNeedsFromAws', ctx));
  }

  @FieldResolver(
    () => String,
    memberField(
      'opportunity',
      'NationalSecurity',
      'Yes or No: whether the opportunity is classified as national security.',
    ),
  )
  nationalSecurity(@Root() view: OpportunityView, @Ctx() ctx: Context): Promise<string | null> {
    return readMember('opportunity', view, 'NationalSecurity', ctx);
  }
}

type LifeCycleView = PartView<'lifeCycle'>;

@Resolver(() => PartnerCentralLifeCycle)
export class PartnerCentralLifeCycleResolver {
  @FieldResolver(
    () => String,
    memberField(
      'lifeCycle',
      'Stage',
      'Prospect, Qualified, Technical Validation, Business Validation, Committed, Launched or Closed Lost.',
    ),
  )
  stage(@Root() view: LifeCycleView, @Ctx() ctx: Context): Promise<string | null> {
    return readMember('lifeCycle', view, 'Stage', ctx);
  }

  @FieldResolver(
    () => String,
    memberField('lifeCycle', 'ClosedLostReason', 'Why a Closed Lost opportunity was lost.'),
  )
  closedLostReason(@Root() view: LifeCycleView, @Ctx() ctx: Context): Promise<string | null> {
    return readMember('lifeCycle', view, 'ClosedLostReason', ctx);
  }

  @FieldResolver(() => String, memberField('lifeCycle', 'NextSteps', 'The current next steps.'))
  nextSteps(@Root() view: LifeCycleView, @Ctx() ctx: Context): Promise<string | null> {
    return readMember('lifeCycle', view, 'NextSteps', ctx);
  }

  @FieldResolver(
    () => String,
    memberField('lifeCycle', 'TargetCloseDate', 'Expected close date (YYYY-MM-DD).'),
  )
  targetCloseDate(@Root() view: LifeCycleView, @Ctx() ctx: Context): Promise<string | null> {
    return readMember('lifeCycle', view, 'TargetCloseDate', ctx);
  }

  @FieldResolver(
    () => String,
    memberField(
      'lifeCycle',
      'ReviewStatus',
      'AWS review: Pending Submission, Submitted, In review, Approved, Rejected or Action Required.',
    ),
  )
  reviewStatus(@Root() view: LifeCycleView, @Ctx() ctx: Context): Promise<string | null> {
    return readMember('lifeCycle', view, 'ReviewStatus', ctx);
  }

  @FieldResolver(
    () => String,
    memberField('lifeCycle', 'ReviewComments', "AWS reviewer's comments."),
  )
  reviewComments(@Root() view: LifeCycleView, @Ctx() ctx: Context): Promise<string | null> {
    return readMember('lifeCycle', view, 'ReviewComments', ctx);
  }

  @FieldResolver(
    () => String,
    memberField(
      'lifeCycle',
      'ReviewStatusReason',
      'Why the review status was set (e.g. what Action Required asks for).',
    ),
  )
  reviewStatusReason(@Root() view: LifeCycleView, @Ctx() ctx: Context): Promise<string | null> {
    return readMember('lifeCycle', view, 'ReviewStatusReason', ctx);
  }

  @FieldResolver(
    () => [PartnerCentralNextStep],
    memberField('lifeCycle', 'NextStepsHistory', 'Earlier next steps with their times.'),
  )
  async nextStepsHistory(
    @Root() view: LifeCycleView,
    @Ctx() ctx: Context,
  ): Promise<PartnerCentralNextStep[] | null> {
    return listOf(await readMember('lifeCycle', view, 'NextStepsHistory', ctx), toNextStep);
  }
}

type CustomerView = PartView<'customer'>;

@Resolver(() => PartnerCentralCustomer)
export class PartnerCentralCustomerResolver {
  @FieldResolver(() => PartnerCentralAccount, {
    description: "The customer's company. Its members are null where the upstream has none.",
  })
  account(@Root() view: CustomerView): PartView<'account'> {
    return childView(view, view.summary?.Account);
  }

  @FieldResolver(
    () => [PartnerCentralContact],
    memberField('customer', 'Contacts', "The customer's contacts."),
  )
  async contacts(
    @Root() view: CustomerView,
    @Ctx() ctx: Context,
  ): Promise<PartnerCentralContact[] | null> {
    return listOf(await readMember('customer', view, 'Contacts', ctx), toContact);
  }
}

type AccountView = PartView<'account'>;

@Resolver(() => PartnerCentralAccount)
export class PartnerCentralAccountResolver {
  @FieldResolver(() => String, memberField('account', 'CompanyName', "The customer's name."))
  companyName(@Root() view: AccountView, @Ctx() ctx: Context): Promise<string | null> {
    return readMember('account', view, 'CompanyName', ctx);
  }

  @FieldResolver(
    () => String,
    memberField('account', 'Industry', 'Industry, e.g. Financial Services or Other.'),
  )
  industry(@Root() view: AccountView, @Ctx() ctx: Context): Promise<string | null> {
    return readMember('account', view, 'Industry', ctx);
  }

  @FieldResolver(
    () => String,
    memberField('account', 'OtherIndustry', 'The industry in words when industry is Other.'),
  )
  otherIndustry(@Root() view: AccountView, @Ctx() ctx: Context): Promise<string | null> {
    return readMember('account', view, 'OtherIndustry', ctx);
  }

  @FieldResolver(() => String, memberField('account', 'WebsiteUrl', "The customer's website."))
  websiteUrl(@Root() view: AccountView, @Ctx() ctx: Context): Promise<string | null> {
    return readMember('account', view, 'WebsiteUrl', ctx);
  }

  @FieldResolver(() => PartnerCentralAddress, {
    description: "The customer's address. Its members are null where the upstream has none.",
  })
  address(@Root() view: AccountView): PartView<'address'> {
    return childView(view, view.summary?.Address);
  }

  @FieldResolver(
    () => String,
    memberField('account', 'AwsAccountId', "The customer's AWS account id (12 digits)."),
  )
  awsAccountId(@Root() view: AccountView, @Ctx() ctx: Context): Promise<string | null> {
    return readMember('account', view, 'AwsAccountId', ctx);
  }

  @FieldResolver(
    () => String,
    memberField('account', 'Duns', 'Dun & Bradstreet (DUNS) number, 9 digits.'),
  )
  duns(@Root() view: AccountView, @Ctx() ctx: Context): Promise<string | null> {
    return readMember('account', view, 'Duns', ctx);
  }
}

type AddressView = PartView<'address'>;

@Resolver(() => PartnerCentralAddress)
export class PartnerCentralAddressResolver {
  @FieldResolver(() => String, memberField('address', 'City', 'City.'))
  city(@Root() view: AddressView, @Ctx() ctx: Context): Promise<string | null> {
    return readMember('address', view, 'City', ctx);
  }

  @FieldResolver(() => String, memberField('address', 'PostalCode', 'Postal code.'))
  postalCode(@Root() view: AddressView, @Ctx() ctx: Context): Promise<string | null> {
    return readMember('address', view, 'PostalCode', ctx);
  }

  @FieldResolver(
    () => String,
    memberField('address', 'StateOrRegion', 'State or region (e.g. a US state name).'),
  )
  stateOrRegion(@Root() view: AddressView, @Ctx() ctx: Context): Promise<string | null> {
    return readMember('address', view, 'StateOrRegion', ctx);
  }

  @FieldResolver(
    () => String,
    memberField('address', 'CountryCode', 'ISO 3166-1 alpha-2 country code, e.g. US.'),
  )
  countryCode(@Root() view: AddressView, @Ctx() ctx: Context): Promise<string | null> {
    return readMember('address', view, 'CountryCode', ctx);
  }

  @FieldResolver(() => String, memberField('address', 'StreetAddress', 'Street and number.'))
  streetAddress(@Root() view: AddressView, @Ctx() ctx: Context): Promise<string | null> {
    return readMember('address', view, 'StreetAddress', ctx);
  }
}

type ProjectView = PartView<'project'>;

@Resolver(() => PartnerCentralProject)
export class PartnerCentralProjectResolver {
  @FieldResolver(
    () => [String],
    memberField(
      'project',
      'DeliveryModels',
      'How the solution is delivered, e.g. SaaS or PaaS, Managed Services, Resell.',
    ),
  )
  async deliveryModels(@Root() view: ProjectView, @Ctx() ctx: Context): Promise<string[] | null> {
    return strings(await readMember('project', view, 'DeliveryModels', ctx));
  }

  @FieldResolver(
    () => [PartnerCentralExpectedCustomerSpend],
    memberField(
      'project',
      'ExpectedCustomerSpend',
      'Expected monthly AWS spend of the customer (amounts are decimal strings).',
    ),
  )
  async expectedCustomerSpend(
    @Root() view: ProjectView,
    @Ctx() ctx: Context,
  ): Promise<PartnerCentralExpectedCustomerSpend[] | null> {
    return listOf(
      await readMember('project', view, 'ExpectedCustomerSpend', ctx),
      toExpectedCustomerSpend,
    );
  }

  @FieldResolver(
    () => PartnerCentralExpectedContractDuration,
    memberField('project', 'ExpectedContractDuration', 'Expected contract duration.'),
  )
  async expectedContractDuration(
    @Root() view: ProjectView,
    @Ctx() ctx: Context,
  ): Promise<PartnerCentralExpectedContractDuration | null> {
    return toContractDuration(await readMember('project', view, 'ExpectedContractDuration', ctx));
  }

  @FieldResolver(() => String, memberField('project', 'Title', 'Project title.'))
  title(@Root() view: ProjectView, @Ctx() ctx: Context): Promise<string | null> {
    return readMember('project', view, 'Title', ctx);
  }

  @FieldResolver(
    () => [String],
    memberField('project', 'ApnPrograms', 'APN programs the opportunity takes part in.'),
  )
  async apnPrograms(@Root() view: ProjectView, @Ctx() ctx: Context): Promise<string[] | null> {
    return strings(await readMember('project', view, 'ApnPrograms', ctx));
  }

  @FieldResolver(
    () => String,
    memberField('project', 'CustomerBusinessProblem', "The customer's business problem."),
  )
  customerBusinessProblem(@Root() view: ProjectView, @Ctx() ctx: Context): Promise<string | null> {
    return readMember('project', view, 'CustomerBusinessProblem', ctx);
  }

  @FieldResolver(
    () => String,
    memberField('project', 'CustomerUseCase', 'The use case, e.g. Migration / Database Migration.'),
  )
  customerUseCase(@Root() view: ProjectView, @Ctx() ctx: Context): Promise<string | null> {
    return readMember('project', view, 'CustomerUseCase', ctx);
  }

  @FieldResolver(
    () => String,
    memberField(
      'project',
      'RelatedOpportunityIdentifier',
      'Id of a related Partner Central opportunity (O...).',
    ),
  )
  relatedOpportunityIdentifier(
    @Root() view: ProjectView,
    @Ctx() ctx: Context,
  ): Promise<string | null> {
    return readMember('project', view, 'RelatedOpportunityIdentifier', ctx);
  }

  @FieldResolver(
    () => [String],
    memberField(
      'project',
      'SalesActivities',
      'Sales activities so far, e.g. Conducted POC / Demo.',
    ),
  )
  async salesActivities(@Root() view: ProjectView, @Ctx() ctx: Context): Promise<string[] | null> {
    return strings(await readMember('project', view, 'SalesActivities', ctx));
  }

  @FieldResolver(
    () => String,
    memberField('project', 'CompetitorName', 'Main competitor, e.g. Microsoft Azure or *Other.'),
  )
  competitorName(@Root() view: ProjectView, @Ctx() ctx: Context): Promise<string | null> {
    return readMember('project', view, 'CompetitorName', ctx);
  }

  @FieldResolver(
    () => String,
    memberField('project', 'OtherCompetitorNames', 'Competitors when competitorName is *Other.'),
  )
  otherCompetitorNames(@Root() view: ProjectView, @Ctx() ctx: Context): Promise<string | null> {
    return readMember('project', view, 'OtherCompetitorNames', ctx);
  }

  @FieldResolver(
    () => String,
    memberField(
      'project',
      'OtherSolutionDescription',
      'The solution offered, when it is not a listed partner solution.',
    ),
  )
  otherSolutionDescription(@Root() view: ProjectView, @Ctx() ctx: Context): Promise<string | null> {
    return readMember('project', view, 'OtherSolutionDescription', ctx);
  }

  @FieldResolver(() => String, memberField('project', 'AdditionalComments', 'Free-text comments.'))
  additionalComments(@Root() view: ProjectView, @Ctx() ctx: Context): Promise<string | null> {
    return readMember('project', view, 'AdditionalComments', ctx);
  }

  @FieldResolver(
    () => String,
    memberField(
      'project',
      'AwsPartition',
      'AWS partition when not the standard one, e.g. aws-eusc (European Sovereign Cloud).',
    ),
  )
  awsPartition(@Root() view: ProjectView, @Ctx() ctx: Context): Promise<string | null> {
    return readMember('project', view, 'AwsPartition', ctx);
  }
}

export const PARTNER_CENTRAL_OPPORTUNITY_RESOLVERS = [
  PartnerCentralOpportunityResolver,
  PartnerCentralLifeCycleResolver,
  PartnerCentralCustomerResolver,
  PartnerCentralAccountResolver,
  PartnerCentralAddressResolver,
  PartnerCentralProjectResolver,
] as const;
