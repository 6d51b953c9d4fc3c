/**
 * Seeded engagements and the engagement invitations the partner received (ParticipantType
 * RECEIVER) for them: one invitation per engagement, plus a few engagements without one, which
 * prospecting can still use. Most invitations are PENDING, some ACCEPTED, REJECTED or EXPIRED;
 * two thirds carry an OpportunityInvitation payload, the rest a LeadInvitation
 * (docs/upstreams/partner-central.md#getengagementinvitation).
 *
 * Which ones fail is seeded and visible in `data`: every 5th PENDING invitation (3rd, 8th, …)
 * fails when accepted, and every 4th engagement fails prospecting.
 */
import type { Random } from '../../../../core/simulator/random.js';
import { formatDate, formatTimestamp } from '../timestamps.js';
import { engagementArn, invitationArn, newEngagementId, newInvitationId } from './ids.js';
import type {
  Catalog,
  EngagementRecord,
  InvitationPayload,
  InvitationRecord,
  InvitationStatus,
} from './records.js';
import { BASE_MS, DAY_MS, estimationUrl } from './seed-opportunities.js';
import { seedContact, type CustomerProfile } from './seed-customers.js';
import {
  AWS_MATURITY,
  FIRST_NAMES,
  INVITATION_SENDERS,
  LEAD_SOURCES,
  MARKET_SEGMENTS,
  READINESS_SCORES,
  RECEIVER_RESPONSIBILITIES,
  WORKLOADS,
  type Workload,
} from './vocabulary.js';

/** Engagements seeded on top of the one per invitation. */
export const EXTRA_ENGAGEMENTS = 5;
const FAILING_PENDING_EVERY = 5;
const FAILING_ENGAGEMENT_EVERY = 4;

const REJECTION_REASONS = [
  'Customer problem unclear',
  'Next steps unclear',
  'Unable to support',
  'Duplicate of partner referral',
  'Other',
] as const;

function seedStatus(random: Random): InvitationStatus {
  const roll = random.next();
  if (roll < 0.6) return 'PENDING';
  if (roll < 0.75) return 'ACCEPTED';
  if (roll < 0.9) return 'REJECTED';
  return 'EXPIRED';
}

/** PENDING invitations arrived in the last two weeks before the base date, the others earlier. */
function invitationDateMs(random: Random, status: InvitationStatus): number {
  return status === 'PENDING'
    ? BASE_MS - random.int(1, 14 * DAY_MS)
    : BASE_MS - random.int(45 * DAY_MS, 240 * DAY_MS);
}

function opportunityPayload(
  random: Random,
  customer: CustomerProfile,
  workload: Workload,
  invitedMs: number,
): InvitationPayload {
  const account = customer.account;
  return {
    OpportunityInvitation: {
      SenderContacts: [seedContact(random, 'amazon.example.com', ['Partner Development Manager'])],
      ReceiverResponsibilities: [random.pick(RECEIVER_RESPONSIBILITIES)],
      Customer: {
        Industry: account.Industry ?? 'Other',
        CompanyName: account.CompanyName,
        WebsiteUrl: account.WebsiteUrl ?? `https://www.${customer.domain}`,
        CountryCode: customer.country.code,
      },
      Project: {
        BusinessProblem: workload.problem,
        Title: `${workload.title} for ${customer.stem}`,
        TargetCompletionDate: formatDate(invitedMs + random.int(60, 240) * DAY_MS),
        ExpectedCustomerSpend: [
          {
            Amount: (random.int(10, 5_000) * 50).toFixed(2),
            CurrencyCode: 'USD',
            Frequency: 'Monthly',
            TargetCompany: 'AWS',
            ...(random.chance(0.3) ? { EstimationUrl: estimationUrl(random) } : {}),
          },
        ],
      },
    },
  };
}

function leadPayload(
  random: Random,
  customer: CustomerProfile,
  workload: Workload,
  invitedMs: number,
): InvitationPayload {
  const [sourceType, sourceName] = random.pick(LEAD_SOURCES);
  return {
    LeadInvitation: {
      Customer: {
        Industry: customer.account.Industry,
        CompanyName: customer.account.CompanyName,
        WebsiteUrl: customer.account.WebsiteUrl,
        CountryCode: customer.country.code,
        AwsMaturity: random.pick(AWS_MATURITY),
        MarketSegment: random.pick(MARKET_SEGMENTS),
      },
      Interaction: {
        SourceType: sourceType,
        SourceId: `src-${random.int(100_000, 999_999)}`,
        SourceName: `${sourceName} ${new Date(invitedMs).getUTCFullYear()}`,
        Usecase: workload.useCase,
        ContactBusinessTitle: random.pick(['CTO', 'Head of IT', 'Cloud Architect']),
      },
    },
  };
}

export interface InvitationSeedOptions {
  readonly catalog: Catalog;
  readonly accountId: string;
  readonly count: number;
  readonly customers: readonly CustomerProfile[];
}

export interface SeededEngagements {
  readonly engagements: EngagementRecord[];
  readonly invitations: InvitationRecord[];
}

export function seedInvitations(
  random: Random,
  { catalog, accountId, count, customers }: InvitationSeedOptions,
): SeededEngagements {
  const engagements: EngagementRecord[] = [];
  const invitations: InvitationRecord[] = [];
  let pendingSeen = 0;
  for (let index = 0; index < count + EXTRA_ENGAGEMENTS; index += 1) {
    const customer = random.pick(customers);
    const workload = random.pick(WORKLOADS);
    const status = seedStatus(random);
    const invitedMs = invitationDateMs(random, status);
    // Most referrals come from AWS itself (the first sender), the rest from partners.
    const [senderAccount, senderCompany, senderWebsite] = random.chance(0.75)
      ? (INVITATION_SENDERS[0] as (typeof INVITATION_SENDERS)[number])
      : random.pick(INVITATION_SENDERS);
    const engagementId = newEngagementId(random);
    const title = `${customer.stem} ${workload.title}`.slice(0, 40).trim();
    const description = `Co-sell engagement with ${customer.account.CompanyName}: ${workload.title}.`;
    engagements.push({
      Id: engagementId,
      Arn: engagementArn(accountId, catalog, engagementId),
      Title: title,
      Description: description,
      CreatedAt: formatTimestamp(invitedMs - random.int(1, 3 * DAY_MS)),
      CreatedBy: senderAccount,
      Catalog: catalog,
      failsProspecting: index % FAILING_ENGAGEMENT_EVERY === FAILING_ENGAGEMENT_EVERY - 1,
    });
    if (index >= count) continue;

    const isLead = random.chance(1 / 3);
    const id = newInvitationId(random);
    // The 3rd, 8th, 13th … PENDING invitation fails when accepted.
    const failsOnAccept = status === 'PENDING' && pendingSeen++ % FAILING_PENDING_EVERY === 2;
    invitations.push({
      Arn: invitationArn(accountId, catalog, id),
      PayloadType: isLead ? 'LeadInvitation' : 'OpportunityInvitation',
      Id: id,
      EngagementId: engagementId,
      EngagementTitle: title,
      Status: status,
      InvitationDate: formatTimestamp(invitedMs),
      ExpirationDate: formatTimestamp(invitedMs + 30 * DAY_MS),
      SenderAwsAccountId: senderAccount,
      SenderCompanyName: senderCompany,
      Receiver: { Account: { Alias: 'Partner primary account', AwsAccountId: accountId } },
      Catalog: catalog,
      ...(status === 'REJECTED' ? { RejectionReason: random.pick(REJECTION_REASONS) } : {}),
      Payload: isLead
        ? leadPayload(random, customer, workload, invitedMs)
        : opportunityPayload(random, customer, workload, invitedMs),
      InvitationMessage: `Hi ${random.pick(FIRST_NAMES)}, we would like to work with you on ${workload.title.toLowerCase()} for ${customer.account.CompanyName}.`,
      EngagementDescription: description,
      ExistingMembers: [{ CompanyName: senderCompany, WebsiteUrl: senderWebsite }],
      ...(isLead && random.chance(0.7)
        ? {
            EnrichmentContext: {
              LeadInsights: { LeadReadinessScore: random.pick(READINESS_SCORES) },
              ProspectingResultAws: {
                Customer: {
                  AccountName: customer.account.CompanyName,
                  Country: customer.country.code,
                  Industry: customer.account.Industry ?? 'Other',
                  Segment: random.pick(MARKET_SEGMENTS),
                },
                Insights: { MarketplaceEngagementScore: random.pick(READINESS_SCORES) },
              },
            },
          }
        : {}),
      failsOnAccept,
    });
  }
  return { engagements, invitations };
}
