/*
 * EngagementInvitation: list-summary fields come from the record; GetEngagementInvitation-only
 * fields come from the record when it was read by id, else from one call per distinct invitation.
 */
import { mapInvitation } from '../../../../src/sources/partner-central/mapper.js';
import { invitationDetail, invitationSummary } from './fixtures.js';
import { fakeContext, run } from './harness.js';

const A = 'engi-0000000000001';
const B = 'engi-0000000000002';

const SUMMARY_SELECTION = `id catalog invitationId arn status payloadType receivedAt expiresAt
  senderCompanyName senderAwsAccountId engagementId engagementTitle participantType
  receiver { account { alias awsAccountId } }`;

const FULL_SELECTION = `rejectionReason invitationMessage engagementDescription
  existingMembers { companyName websiteUrl }
  payload {
    opportunityInvitation {
      senderContacts { email firstName lastName businessTitle phone }
      receiverResponsibilities
      customer { industry companyName websiteUrl countryCode }
      project { businessProblem title targetCompletionDate expectedCustomerSpend { amount currencyCode frequency targetCompany } }
    }
    leadInvitation { customer { companyName awsMaturity } interaction { sourceType usecase contactBusinessTitle } }
  }
  enrichmentContext {
    prospectingResultAws { customer { accountName country eligiblePrograms } insights { solutionScore } }
    leadInsights { leadReadinessScore }
  }`;

const FULL_VALUES = {
  rejectionReason: null,
  invitationMessage: 'Please help',
  engagementDescription: 'A migration engagement',
  existingMembers: [{ companyName: 'AWS', websiteUrl: 'https://aws.amazon.com' }],
  payload: {
    opportunityInvitation: {
      senderContacts: [
        {
          email: 'am@amazon.com',
          firstName: 'Ann',
          lastName: 'M',
          businessTitle: null,
          phone: null,
        },
      ],
      receiverResponsibilities: ['Co-Sell Facilitator'],
      customer: {
        industry: 'Retail',
        companyName: 'Shop Ltd',
        websiteUrl: 'https://shop.example',
        countryCode: 'GB',
      },
      project: {
        businessProblem: 'Needs to scale the shop for the holiday season.',
        title: 'Scale up',
        targetCompletionDate: '2024-11-30',
        expectedCustomerSpend: [
          { amount: '99.99', currencyCode: 'GBP', frequency: 'Monthly', targetCompany: 'AWS' },
        ],
      },
    },
    leadInvitation: null,
  },
  enrichmentContext: {
    prospectingResultAws: {
      customer: { accountName: 'Shop', country: 'GB', eligiblePrograms: ['MAP'] },
      insights: { solutionScore: 'High' },
    },
    leadInsights: { leadReadinessScore: 'Medium' },
  },
};

describe('EngagementInvitation', () => {
  it('answers summary fields of a listed invitation without GetEngagementInvitation', async () => {
    const fake = fakeContext();
    const result = await run(
      `{ invitations { ${SUMMARY_SELECTION} } }`,
      { invitations: [mapInvitation(invitationSummary(A, 'Sandbox'), 'Sandbox')] },
      fake,
    );

    expect(result.errors).toBeUndefined();
    expect(fake.log.engagementInvitation.loads).toBe(0);
    expect(result.data).toEqual({
      invitations: [
        {
          id: `pc-invitation:Sandbox:${A}`,
          catalog: 'SANDBOX',
          invitationId: A,
          arn: `arn:aws:partnercentral::111122223333:Sandbox/engagement-invitation/${A}`,
          status: 'PENDING',
          payloadType: 'OpportunityInvitation',
          receivedAt: '2024-05-01T12:00:00.000Z',
          expiresAt: '2024-05-16T12:00:00.000Z',
          senderCompanyName: 'AWS',
          senderAwsAccountId: '444455556666',
          engagementId: 'eng-0123456789abcd',
          engagementTitle: 'Migration',
          participantType: 'RECEIVER',
          receiver: { account: { alias: 'us', awsAccountId: '111122223333' } },
        },
      ],
    });
  });

  it('loads Get-only fields of listed invitations once per distinct invitation', async () => {
    const fake = fakeContext({
      invitations: {
        [`AWS:${A}`]: mapInvitation(invitationDetail(A), 'AWS'),
        [`AWS:${B}`]: mapInvitation(invitationDetail(B), 'AWS'),
      },
    });
    const listed = (id: string) => mapInvitation(invitationSummary(id), 'AWS');
    const result = await run(
      `{ invitations { participantType ${FULL_SELECTION} } }`,
      { invitations: [listed(A), listed(B), listed(A)] },
      fake,
    );

    expect(result.errors).toBeUndefined();
    expect(fake.log.engagementInvitation.batches).toEqual([[`AWS:${A}`, `AWS:${B}`]]);
    // The listing's participantType survives: it is a summary field, not read from the Get answer.
    const expected = { participantType: 'RECEIVER', ...FULL_VALUES };
    expect(result.data).toEqual({ invitations: [expected, expected, expected] });
  });

  it('answers every field of an invitation read by id without another call', async () => {
    const fake = fakeContext();
    const result = await run(
      `{ invitations { invitationId status ${FULL_SELECTION} } }`,
      { invitations: [mapInvitation(invitationDetail(A), 'AWS')] },
      fake,
    );

    expect(result.errors).toBeUndefined();
    expect(fake.log.engagementInvitation.loads).toBe(0);
    expect(result.data).toEqual({
      invitations: [{ invitationId: A, status: 'PENDING', ...FULL_VALUES }],
    });
  });

  it('gives null Get-only fields when the invitation has vanished, and errors them on failure', async () => {
    const fake = fakeContext({ invitations: { [`AWS:${B}`]: new Error('throttled') } });
    const result = await run(
      `{ invitations { status invitationMessage } }`,
      {
        invitations: [
          mapInvitation(invitationSummary(A), 'AWS'),
          mapInvitation(invitationSummary(B), 'AWS'),
        ],
      },
      fake,
    );

    expect(result.data).toEqual({
      invitations: [
        { status: 'PENDING', invitationMessage: null },
        { status: 'PENDING', invitationMessage: null },
      ],
    });
    expect(result.errors?.map((error) => [error.message, error.path?.join('.')])).toEqual([
      ['throttled', 'invitations.1.invitationMessage'],
    ]);
  });
});
