/*
 * Opportunity.partnerCentral: fields the ListOpportunities summary has are answered without any
 * GetOpportunity; selecting any other field costs exactly one GetOpportunity per distinct
 * opportunity and request, whatever else is selected.
 */
import { getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import type { OpportunityRecord } from '../../../../src/core/domain/opportunity.js';
import { mapOpportunitySummary } from '../../../../src/sources/partner-central/mapper.js';
import { opportunityDetail, opportunitySummary } from './fixtures.js';
import { fakeContext, run, testSchema } from './harness.js';

/**
 * The contract, written independently of the code's table: these fields (and everything below
 * them) exist only in GetOpportunity. Every other field must come from the summary.
 */
const GET_ONLY = [
  'marketing',
  'softwareRevenue',
  'relatedEntityIdentifiers',
  'opportunityTeam',
  'primaryNeedsFromAws',
  'nationalSecurity',
  'lifeCycle.nextStepsHistory',
  'customer.contacts',
  'customer.account.awsAccountId',
  'customer.account.duns',
  'customer.account.address.streetAddress',
  'project.title',
  'project.apnPrograms',
  'project.customerBusinessProblem',
  'project.customerUseCase',
  'project.relatedOpportunityIdentifier',
  'project.salesActivities',
  'project.competitorName',
  'project.otherCompetitorNames',
  'project.otherSolutionDescription',
  'project.additionalComments',
  'project.awsPartition',
];

const isGetOnly = (path: string): boolean =>
  GET_ONLY.some((prefix) => path === prefix || path.startsWith(`${prefix}.`));

/** Every leaf field below a type, as dotted paths. */
function leafPaths(type: GraphQLObjectType, prefix = ''): string[] {
  return Object.values(type.getFields()).flatMap((field) => {
    const named = getNamedType(field.type);
    const path = `${prefix}${field.name}`;
    return isObjectType(named) ? leafPaths(named, `${path}.`) : [path];
  });
}

/** `a.b.c` -> `a { b { c } }` */
function selection(path: string): string {
  const [head, ...rest] = path.split('.');
  return rest.length === 0 ? head! : `${head} { ${selection(rest.join('.'))} }`;
}

const ID = 'O1234567';
const record = () => mapOpportunitySummary(opportunitySummary(ID), 'AWS');

async function leaves(): Promise<string[]> {
  const type = (await testSchema()).getType('PartnerCentralOpportunity');
  if (!isObjectType(type)) throw new Error('PartnerCentralOpportunity is not an object type');
  return leafPaths(type);
}

describe('PartnerCentralOpportunity', () => {
  it('has every field of the contract', async () => {
    const paths = await leaves();
    for (const path of GET_ONLY) {
      expect(paths.some((leaf) => leaf === path || leaf.startsWith(`${path}.`))).toBe(true);
    }
    expect(paths).toEqual(
      expect.arrayContaining([
        'catalog',
        'opportunityId',
        'arn',
        'partnerOpportunityIdentifier',
        'opportunityType',
        'createdDate',
        'lastModifiedDate',
        'lifeCycle.reviewStatusReason',
        'lifeCycle.nextStepsHistory.time',
        'customer.account.address.countryCode',
        'customer.contacts.phone',
        'project.expectedCustomerSpend.estimationUrl',
        'project.expectedContractDuration.term',
        'softwareRevenue.value.amount',
        'relatedEntityIdentifiers.awsMarketplaceProducts',
        'opportunityTeam.businessTitle',
      ]),
    );
  });

  it('answers each summary field without GetOpportunity and each other field with one call', async () => {
    const paths = await leaves();
    expect(paths.length).toBeGreaterThan(60);
    for (const path of paths) {
      const fake = fakeContext({ details: { [`AWS:${ID}`]: opportunityDetail(ID) } });
      const result = await run(
        `{ opportunities { partnerCentral { ${selection(path)} } } }`,
        { opportunities: [record()] },
        fake,
      );
      expect({ path, errors: result.errors }).toEqual({ path, errors: undefined });
      const log = fake.log.partnerCentralOpportunityDetail;
      const expected = isGetOnly(path) ? 1 : 0;
      expect({ path, calls: log.batches.flat().length }).toEqual({ path, calls: expected });
    }
  });

  it('serves a whole summary selection with zero detail loads, values converted', async () => {
    const fake = fakeContext();
    const result = await run(
      `{ opportunities { id partnerCentral {
          catalog opportunityId arn partnerOpportunityIdentifier opportunityType
          createdDate lastModifiedDate
          lifeCycle { stage closedLostReason nextSteps targetCloseDate reviewStatus reviewComments reviewStatusReason }
          customer { account { companyName industry otherIndustry websiteUrl
            address { city postalCode stateOrRegion countryCode } } }
          project { deliveryModels
            expectedCustomerSpend { amount currencyCode frequency targetCompany estimationUrl }
            expectedContractDuration { term value } }
      } } }`,
      { opportunities: [record()] },
      fake,
    );

    expect(result.errors).toBeUndefined();
    expect(fake.log.partnerCentralOpportunityDetail.loads).toBe(0);
    expect(result.data).toEqual({
      opportunities: [
        {
          id: `pc:AWS:${ID}`,
          partnerCentral: {
            catalog: 'AWS',
            opportunityId: ID,
            arn: `arn:aws:partnercentral:us-east-1::catalog/AWS/opportunity/${ID}`,
            partnerOpportunityIdentifier: `crm-${ID}`,
            opportunityType: 'Net New Business',
            createdDate: '2024-03-01T10:00:00.000Z',
            lastModifiedDate: '2024-04-02T11:30:00.000Z',
            lifeCycle: {
              stage: 'Qualified',
              closedLostReason: 'Price',
              nextSteps: 'Call the CTO',
              targetCloseDate: '2024-12-31',
              reviewStatus: 'Approved',
              reviewComments: 'ok',
              reviewStatusReason: 'complete',
            },
            customer: {
              account: {
                companyName: `Company ${ID}`,
                industry: 'Financial Services',
                otherIndustry: 'Fintech',
                websiteUrl: 'https://example.com',
                address: {
                  city: 'Seattle',
                  postalCode: '98101',
                  stateOrRegion: 'Washington',
                  countryCode: 'US',
                },
              },
            },
            project: {
              deliveryModels: ['SaaS or PaaS', 'Resell'],
              expectedCustomerSpend: [
                {
                  amount: '12500.10',
                  currencyCode: 'USD',
                  frequency: 'Monthly',
                  targetCompany: 'AWS',
                  estimationUrl:
                    'https://calculator.aws/#/estimate?id=0123456789abcdef0123456789abcdef',
                },
              ],
              expectedContractDuration: { term: 'Months', value: '12' },
            },
          },
        },
      ],
    });
  });

  it('loads GetOpportunity once per distinct opportunity however many full fields are selected', async () => {
    const other = 'O7654321';
    const sandbox = mapOpportunitySummary(opportunitySummary(ID, 'Sandbox'), 'Sandbox');
    const fake = fakeContext({
      details: {
        [`AWS:${ID}`]: opportunityDetail(ID),
        [`AWS:${other}`]: opportunityDetail(other),
        [`Sandbox:${ID}`]: opportunityDetail(ID, 'Sandbox'),
      },
    });
    const result = await run(
      `{ opportunities { partnerCentral {
          catalog nationalSecurity primaryNeedsFromAws
          lifeCycle { stage nextStepsHistory { value time } }
          customer { contacts { email } account { duns awsAccountId address { streetAddress } } }
          project { title salesActivities awsPartition }
          marketing { campaignName source useCases channels awsFundingUsed }
          softwareRevenue { deliveryModel value { amount currencyCode } effectiveDate expirationDate }
          relatedEntityIdentifiers { solutions awsProducts }
          opportunityTeam { firstName }
      } } }`,
      {
        opportunities: [
          record(),
          mapOpportunitySummary(opportunitySummary(other), 'AWS'),
          record(),
          sandbox,
        ],
      },
      fake,
    );

    expect(result.errors).toBeUndefined();
    const log = fake.log.partnerCentralOpportunityDetail;
    // One batch, three distinct opportunities: three GetOpportunity calls in the real loader.
    expect(log.batches).toEqual([[`AWS:${ID}`, `AWS:${other}`, `Sandbox:${ID}`]]);
    const [first, , third, fourth] = (
      result.data!.opportunities as { partnerCentral: unknown }[]
    ).map((opportunity) => opportunity.partnerCentral);
    expect(third).toEqual(first);
    expect(fourth).toMatchObject({ catalog: 'SANDBOX' });
    expect(first).toEqual({
      catalog: 'AWS',
      nationalSecurity: 'No',
      primaryNeedsFromAws: ['Co-Sell - Deal Support'],
      lifeCycle: {
        stage: 'Qualified',
        nextStepsHistory: [{ value: 'Send the proposal', time: '2024-03-05T09:00:00.000Z' }],
      },
      customer: {
        contacts: [{ email: 'jane@example.com' }],
        account: {
          duns: '123456789',
          awsAccountId: '123456789012',
          address: { streetAddress: '410 Terry Ave N' },
        },
      },
      project: {
        title: `Project ${ID}`,
        salesActivities: ['Conducted POC / Demo'],
        awsPartition: 'aws-eusc',
      },
      marketing: {
        campaignName: 'Spring',
        source: 'Marketing Activity',
        useCases: ['AI'],
        channels: ['Email'],
        awsFundingUsed: 'No',
      },
      softwareRevenue: {
        deliveryModel: 'Subscription',
        value: { amount: '1000.05', currencyCode: 'EUR' },
        effectiveDate: '2024-01-01',
        expirationDate: '2025-01-01',
      },
      relatedEntityIdentifiers: { solutions: ['S-123'], awsProducts: ['AmazonEC2'] },
      opportunityTeam: [{ firstName: 'Sam' }],
    });
  });

  it('gives null for full-only fields when GetOpportunity finds nothing, summary fields intact', async () => {
    const fake = fakeContext({ details: {} });
    const result = await run(
      `{ opportunities { partnerCentral { opportunityType project { title deliveryModels } marketing { source } } } }`,
      { opportunities: [record()] },
      fake,
    );

    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      opportunities: [
        {
          partnerCentral: {
            opportunityType: 'Net New Business',
            project: { title: null, deliveryModels: ['SaaS or PaaS', 'Resell'] },
            marketing: null,
          },
        },
      ],
    });
  });

  it('puts a GetOpportunity failure on the full-only fields alone', async () => {
    const fake = fakeContext({ details: { [`AWS:${ID}`]: new Error('upstream down') } });
    const result = await run(
      `{ opportunities { partnerCentral { opportunityType project { title } nationalSecurity } } }`,
      { opportunities: [record()] },
      fake,
    );

    expect(result.data).toEqual({
      opportunities: [
        {
          partnerCentral: {
            opportunityType: 'Net New Business',
            project: { title: null },
            nationalSecurity: null,
          },
        },
      ],
    });
    expect(result.errors?.map((error) => [error.message, error.path?.join('.')])).toEqual([
      ['upstream down', 'opportunities.0.partnerCentral.project.title'],
      ['upstream down', 'opportunities.0.partnerCentral.nationalSecurity'],
    ]);
    expect(fake.log.partnerCentralOpportunityDetail.batches).toEqual([[`AWS:${ID}`]]);
  });

  it('is null on opportunities of other sources, and nested objects exist when the summary lacks them', async () => {
    const bare = mapOpportunitySummary({ Catalog: 'AWS', Id: ID }, 'AWS');
    const leadSquared: OpportunityRecord = {
      ...bare,
      id: 'lsq:12003:24cf277e-70fe-4b2f-a9c2-9a68f45feaba',
      details: {
        kind: 'leadSquared',
        eventCode: 12003,
        prospectActivityId: '24cf277e-70fe-4b2f-a9c2-9a68f45feaba',
        prospectId: null,
        emailAddress: null,
        columns: {},
      },
    };
    const fake = fakeContext();
    const result = await run(
      `{ opportunities { partnerCentral { lifeCycle { stage } customer { account { companyName address { city } } } project { deliveryModels } } } }`,
      { opportunities: [bare, leadSquared] },
      fake,
    );

    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      opportunities: [
        {
          partnerCentral: {
            lifeCycle: { stage: null },
            customer: { account: { companyName: null, address: { city: null } } },
            project: { deliveryModels: null },
          },
        },
        { partnerCentral: null },
      ],
    });
    expect(fake.log.partnerCentralOpportunityDetail.loads).toBe(0);
  });
});
