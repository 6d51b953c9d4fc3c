import { Catalog, fromUpstreamCatalog } from '../common/catalog.enum.js';
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
import { partTable, type PartTable } from './member-fields.js';
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

/*
 * THE table of the Partner Central opportunity fields, in schema order. Whether a leaf costs a
 * GetOpportunity call is not written here: OPPORTUNITY_PARTS (opportunity-parts.ts) says which
 * members the summary carries, and each row derives its description note and prefetch flag from it.
 */

const NULL_MEMBERS = 'Its members are null where the upstream has none.';

export const OPPORTUNITY_TABLES: readonly PartTable[] = [
  partTable('opportunity', PartnerCentralOpportunity, ({ leaf, child, key }) => [
    key('Catalog', Catalog, 'AWS (production data) or SANDBOX (test data).', (view) =>
      fromUpstreamCatalog(view.catalog),
    ),
    leaf('Arn', String, 'The opportunity ARN.'),
    leaf(
      'PartnerOpportunityIdentifier',
      String,
      "The partner's own id for the opportunity (e.g. its CRM id).",
    ),
    leaf('OpportunityType', String, 'Net New Business, Flat Renewal or Expansion.'),
    leaf('CreatedDate', DateTime, 'When it was created.', isoDateTime),
    leaf('LastModifiedDate', DateTime, 'When it was last changed.', isoDateTime),
    child('LifeCycle', PartnerCentralLifeCycle, `Stage, review and next steps. ${NULL_MEMBERS}`),
    child('Customer', PartnerCentralCustomer, `The end customer. ${NULL_MEMBERS}`),
    child('Project', PartnerCentralProject, `The project. ${NULL_MEMBERS}`),
    leaf('Marketing', PartnerCentralMarketing, 'Marketing attribution.', toMarketing),
    leaf(
      'SoftwareRevenue',
      PartnerCentralSoftwareRevenue,
      'Software revenue (model, value, dates).',
      toSoftwareRevenue,
    ),
    leaf(
      'RelatedEntityIdentifiers',
      PartnerCentralRelatedEntityIdentifiers,
      'Marketplace offers, solutions and AWS products linked to the opportunity.',
      toRelatedEntityIdentifiers,
    ),
    leaf(
      'OpportunityTeam',
      [PartnerCentralContact],
      "The partner's team on the opportunity.",
      (team) => listOf(team, toContact),
    ),
    leaf(
      'PrimaryNeedsFromAws',
      [String],
      'Co-sell help asked of AWS, e.g. "Co-Sell - Deal Support".',
      strings,
    ),
    leaf(
      'NationalSecurity',
      String,
      'Yes or No: whether the opportunity is classified as national security.',
    ),
  ]),

  partTable('lifeCycle', PartnerCentralLifeCycle, ({ leaf }) => [
    leaf(
      'Stage',
      String,
      'Prospect, Qualified, Technical Validation, Business Validation, Committed, Launched or Closed Lost.',
    ),
    leaf('ClosedLostReason', String, 'Why a Closed Lost opportunity was lost.'),
    leaf('NextSteps', String, 'The current next steps.'),
    leaf('TargetCloseDate', String, 'Expected close date (YYYY-MM-DD).'),
    leaf(
      'ReviewStatus',
      String,
      'AWS review: Pending Submission, Submitted, In review, Approved, Rejected or Action Required.',
    ),
    leaf('ReviewComments', String, "AWS reviewer's comments."),
    leaf(
      'ReviewStatusReason',
      String,
      'Why the review status was set (e.g. what Action Required asks for).',
    ),
    leaf(
      'NextStepsHistory',
      [PartnerCentralNextStep],
      'Earlier next steps with their times.',
      (history) => listOf(history, toNextStep),
    ),
  ]),

  partTable('customer', PartnerCentralCustomer, ({ leaf, child }) => [
    child('Account', PartnerCentralAccount, `The customer's company. ${NULL_MEMBERS}`),
    leaf('Contacts', [PartnerCentralContact], "The customer's contacts.", (contacts) =>
      listOf(contacts, toContact),
    ),
  ]),

  partTable('account', PartnerCentralAccount, ({ leaf, child }) => [
    leaf('CompanyName', String, "The customer's name."),
    leaf('Industry', String, 'Industry, e.g. Financial Services or Other.'),
    leaf('OtherIndustry', String, 'The industry in words when industry is Other.'),
    leaf('WebsiteUrl', String, "The customer's website."),
    child('Address', PartnerCentralAddress, `The customer's address. ${NULL_MEMBERS}`),
    leaf('AwsAccountId', String, "The customer's AWS account id (12 digits)."),
    leaf('Duns', String, 'Dun & Bradstreet (DUNS) number, 9 digits.'),
  ]),

  partTable('address', PartnerCentralAddress, ({ leaf }) => [
    leaf('City', String, 'City.'),
    leaf('PostalCode', String, 'Postal code.'),
    leaf('StateOrRegion', String, 'State or region (e.g. a US state name).'),
    leaf('CountryCode', String, 'ISO 3166-1 alpha-2 country code, e.g. US.'),
    leaf('StreetAddress', String, 'Street and number.'),
  ]),

  partTable('project', PartnerCentralProject, ({ leaf }) => [
    leaf(
      'DeliveryModels',
      [String],
      'How the solution is delivered, e.g. SaaS or PaaS, Managed Services, Resell.',
      strings,
    ),
    leaf(
      'ExpectedCustomerSpend',
      [PartnerCentralExpectedCustomerSpend],
      'Expected monthly AWS spend of the customer (amounts are decimal strings).',
      (spend) => listOf(spend, toExpectedCustomerSpend),
    ),
    leaf(
      'ExpectedContractDuration',
      PartnerCentralExpectedContractDuration,
      'Expected contract duration.',
      toContractDuration,
    ),
    leaf('Title', String, 'Project title.'),
    leaf('ApnPrograms', [String], 'APN programs the opportunity takes part in.', strings),
    leaf('CustomerBusinessProblem', String, "The customer's business problem."),
    leaf('CustomerUseCase', String, 'The use case, e.g. Migration / Database Migration.'),
    leaf(
      'RelatedOpportunityIdentifier',
      String,
      'Id of a related Partner Central opportunity (O...).',
    ),
    leaf(
      'SalesActivities',
      [String],
      'Sales activities so far, e.g. Conducted POC / Demo.',
      strings,
    ),
    leaf('CompetitorName', String, 'Main competitor, e.g. Microsoft Azure or *Other.'),
    leaf('OtherCompetitorNames', String, 'Competitors when competitorName is *Other.'),
    leaf(
      'OtherSolutionDescription',
      String,
      'The solution offered, when it is not a listed partner solution.',
    ),
    leaf('AdditionalComments', String, 'Free-text comments.'),
    leaf(
      'AwsPartition',
      String,
      'AWS partition when not the standard one, e.g. aws-eusc (European Sovereign Cloud).',
    ),
  ]),
];
