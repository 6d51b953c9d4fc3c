import type {
  EngagementInvitationSummary,
  GetEngagementInvitationCommandOutput,
  GetOpportunityCommandOutput,
  OpportunitySummary,
} from '@aws-sdk/client-partnercentral-selling';
import type { Catalog } from '../../../../src/core/domain/catalog.js';

/** A ListOpportunities summary with every member the summary can have. */
export function opportunitySummary(id: string, catalog: Catalog = 'AWS'): OpportunitySummary {
  return {
    Catalog: catalog,
    Id: id,
    Arn: `arn:aws:partnercentral:us-east-1::catalog/${catalog}/opportunity/${id}`,
    PartnerOpportunityIdentifier: `crm-${id}`,
    OpportunityType: 'Net New Business',
    CreatedDate: new Date('2024-03-01T10:00:00.000Z'),
    LastModifiedDate: new Date('2024-04-02T11:30:00.000Z'),
    LifeCycle: {
      Stage: 'Qualified',
      ClosedLostReason: 'Price',
      NextSteps: 'Call the CTO',
      TargetCloseDate: '2024-12-31',
      ReviewStatus: 'Approved',
      ReviewComments: 'ok',
      ReviewStatusReason: 'complete',
    },
    Customer: {
      Account: {
        CompanyName: `Company ${id}`,
        Industry: 'Financial Services',
        OtherIndustry: 'Fintech',
        WebsiteUrl: 'https://example.com',
        Address: {
          City: 'Seattle',
          PostalCode: '98101',
          StateOrRegion: 'Washington',
          CountryCode: 'US',
        },
      },
    },
    Project: {
      DeliveryModels: ['SaaS or PaaS', 'Resell'],
      ExpectedCustomerSpend: [
        {
          Amount: '12500.10',
          CurrencyCode: 'USD',
          Frequency: 'Monthly',
          TargetCompany: 'AWS',
          EstimationUrl: 'https://calculator.aws/#/estimate?id=0123456789abcdef0123456789abcdef',
        },
      ],
      ExpectedContractDuration: { Term: 'Months', Value: '12' },
    },
  };
}

/** The matching GetOpportunity answer, with every GetOpportunity-only member set. */
export function opportunityDetail(
  id: string,
  catalog: Catalog = 'AWS',
): GetOpportunityCommandOutput {
  const summary = opportunitySummary(id, catalog);
  return {
    $metadata: {},
    Catalog: catalog,
    Id: id,
    Arn: summary.Arn,
    PartnerOpportunityIdentifier: summary.PartnerOpportunityIdentifier,
    OpportunityType: summary.OpportunityType,
    CreatedDate: summary.CreatedDate,
    LastModifiedDate: summary.LastModifiedDate,
    PrimaryNeedsFromAws: ['Co-Sell - Deal Support'],
    NationalSecurity: 'No',
    LifeCycle: {
      ...summary.LifeCycle,
      NextStepsHistory: [{ Value: 'Send the proposal', Time: new Date('2024-03-05T09:00:00Z') }],
    },
    Customer: {
      Account: {
        CompanyName: `Company ${id}`,
        Industry: 'Financial Services',
        OtherIndustry: 'Fintech',
        WebsiteUrl: 'https://example.com',
        AwsAccountId: '123456789012',
        Duns: '123456789',
        Address: {
          City: 'Seattle',
          PostalCode: '98101',
          StateOrRegion: 'Washington',
          CountryCode: 'US',
          StreetAddress: '410 Terry Ave N',
        },
      },
      Contacts: [
        {
          Email: 'jane@example.com',
          FirstName: 'Jane',
          LastName: 'Doe',
          BusinessTitle: 'CTO',
          Phone: '+12065550100',
        },
      ],
    },
    Project: {
      ...summary.Project,
      Title: `Project ${id}`,
      ApnPrograms: ['APN Immersion Days'],
      CustomerBusinessProblem: 'The customer needs to move the data centre to the cloud soon.',
      CustomerUseCase: 'Migration / Database Migration',
      RelatedOpportunityIdentifier: 'O999',
      SalesActivities: ['Conducted POC / Demo'],
      CompetitorName: '*Other',
      OtherCompetitorNames: 'Acme Cloud',
      OtherSolutionDescription: 'Custom build',
      AdditionalComments: 'Urgent',
      AwsPartition: 'aws-eusc',
    },
    Marketing: {
      CampaignName: 'Spring',
      Source: 'Marketing Activity',
      UseCases: ['AI'],
      Channels: ['Email'],
      AwsFundingUsed: 'No',
    },
    SoftwareRevenue: {
      DeliveryModel: 'Subscription',
      Value: { Amount: '1000.05', CurrencyCode: 'EUR' },
      EffectiveDate: '2024-01-01',
      ExpirationDate: '2025-01-01',
    },
    RelatedEntityIdentifiers: {
      AwsMarketplaceOffers: [
        'arn:aws:aws-marketplace:us-east-1:123456789012:AWSMarketplace/Offer/o-1',
      ],
      AwsMarketplaceOfferSets: [],
      Solutions: ['S-123'],
      AwsProducts: ['AmazonEC2'],
      AwsMarketplaceSolutions: [],
      AwsMarketplaceProducts: [],
    },
    OpportunityTeam: [
      {
        Email: 'sam@partner.example',
        FirstName: 'Sam',
        LastName: 'Lee',
        BusinessTitle: 'PartnerAccountManager',
        Phone: '+12065550101',
      },
    ],
  };
}

export function invitationSummary(
  id: string,
  catalog: Catalog = 'AWS',
): EngagementInvitationSummary {
  return {
    Id: id,
    Arn: `arn:aws:partnercentral::111122223333:${catalog}/engagement-invitation/${id}`,
    Catalog: catalog,
    PayloadType: 'OpportunityInvitation',
    EngagementId: 'eng-0123456789abcd',
    EngagementTitle: 'Migration',
    Status: 'PENDING',
    InvitationDate: new Date('2024-05-01T12:00:00Z'),
    ExpirationDate: new Date('2024-05-16T12:00:00Z'),
    SenderAwsAccountId: '444455556666',
    SenderCompanyName: 'AWS',
    Receiver: { Account: { Alias: 'us', AwsAccountId: '111122223333' } },
    ParticipantType: 'RECEIVER',
  };
}

export function invitationDetail(
  id: string,
  catalog: Catalog = 'AWS',
): GetEngagementInvitationCommandOutput {
  const { ParticipantType: _omitted, ...summary } = invitationSummary(id, catalog);
  return {
    $metadata: {},
    ...summary,
    RejectionReason: undefined,
    InvitationMessage: 'Please help',
    EngagementDescription: 'A migration engagement',
    ExistingMembers: [{ CompanyName: 'AWS', WebsiteUrl: 'https://aws.amazon.com' }],
    Payload: {
      OpportunityInvitation: {
        SenderContacts: [{ Email: 'am@amazon.com', FirstName: 'Ann', LastName: 'M' }],
        ReceiverResponsibilities: ['Co-Sell Facilitator'],
        Customer: {
          Industry: 'Retail',
          CompanyName: 'Shop Ltd',
          WebsiteUrl: 'https://shop.example',
          CountryCode: 'GB',
        },
        Project: {
          BusinessProblem: 'Needs to scale the shop for the holiday season.',
          Title: 'Scale up',
          TargetCompletionDate: '2024-11-30',
          ExpectedCustomerSpend: [
            { Amount: '99.99', CurrencyCode: 'GBP', Frequency: 'Monthly', TargetCompany: 'AWS' },
          ],
        },
      },
    },
    EnrichmentContext: {
      ProspectingResultAws: {
        Customer: { AccountName: 'Shop', Country: 'GB', EligiblePrograms: ['MAP'] },
        Insights: { SolutionScore: 'High' },
      },
      LeadInsights: { LeadReadinessScore: 'Medium' },
    },
  };
}
