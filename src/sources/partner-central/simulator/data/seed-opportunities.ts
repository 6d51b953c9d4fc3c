/**
 * Seeded opportunities: every GetOpportunity member
 * (docs/upstreams/partner-central.md#getopportunity) filled in plausibly on most records, some
 * optional ones absent, all enum and pattern values valid per the model. Nothing reads the clock:
 * instants are offsets before DATASET_BASE_DATE.
 */
import type { Random } from '../../../../core/simulator/random.js';
import { formatDate, formatTimestamp } from '../timestamps.js';
import { formatOpportunityId, opportunityArn } from './ids.js';
import type {
  Catalog,
  ExpectedCustomerSpend,
  LifeCycle,
  NextStepsHistory,
  OpportunityRecord,
  Project,
} from './records.js';
import { digits, seedContact, type CustomerProfile } from './seed-customers.js';
import {
  APN_PROGRAMS,
  APPROVED_STAGES,
  CAMPAIGN_NAMES,
  CLOSED_LOST_REASONS,
  COMPETITORS,
  DELIVERY_MODELS,
  MARKETING_CHANNELS,
  MARKETING_USE_CASES,
  NEXT_STEPS,
  OTHER_COMPETITORS,
  PARTNER_TITLES,
  PRIMARY_NEEDS,
  REVIEW_COMMENTS,
  REVIEW_STATUS_REASONS,
  SALES_ACTIVITIES,
  WORKLOADS,
} from './vocabulary.js';

/** Every seeded instant lies before this date. */
export const DATASET_BASE_DATE = '2026-01-01T00:00:00.000Z';
export const BASE_MS = Date.parse(DATASET_BASE_DATE);

export const DAY_MS = 86_400_000;
/** Opportunities are created within the ~3 years before the base date. */
const CREATED_SPAN_MS = 3 * 365 * DAY_MS;
/** Every 25th opportunity copies the previous one's CreatedDate and LastModifiedDate (sort ties). */
const TIE_EVERY = 25;
/** Seeded ids leave room above them for opportunities created by accepted invitations. */
const MIN_ID = 1_000_000_000;
const MAX_SEEDED_ID = 8_999_999_999;

/** `count` distinct items in random order. */
function pickSome<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < count && pool.length > 0) {
    picked.push(pool.splice(random.int(0, pool.length - 1), 1)[0] as T);
  }
  return picked;
}

const amount = (random: Random, min: number, max: number): string =>
  (random.int(min / 50, max / 50) * 50).toFixed(2);

export function estimationUrl(random: Random): string {
  const hex = Array.from({ length: 40 }, () => random.int(0, 15).toString(16)).join('');
  return `https://calculator.aws/#/estimate?id=${hex}`;
}

function reviewStatus(random: Random): string {
  const roll = random.next();
  if (roll < 0.6) return 'Approved';
  if (roll < 0.7) return 'Pending Submission';
  if (roll < 0.78) return 'Submitted';
  if (roll < 0.86) return 'In review';
  if (roll < 0.93) return 'Action Required';
  return 'Rejected';
}

function nextStepsHistory(
  random: Random,
  createdMs: number,
  modifiedMs: number,
  last: string,
): NextStepsHistory[] {
  const count = random.int(1, 3);
  const times = Array.from({ length: count }, () => random.int(createdMs, modifiedMs)).sort(
    (a, b) => a - b,
  );
  return times.map((time, index) => ({
    Value: index === count - 1 ? last : random.pick(NEXT_STEPS),
    Time: formatTimestamp(time),
  }));
}

/** A record under construction: members are added in wire order, each only when present. */
type Building<T> = { -readonly [K in keyof T]: T[K] };

/*
 * The seed functions below add optional members one statement at a time, in the order of the
 * wire shape and of the random draws, instead of spreading `cond ? {...} : {}` objects: a spread
 * per optional member made seeding 100,000 opportunities per catalog much slower.
 */
function seedLifeCycle(random: Random, createdMs: number, modifiedMs: number): LifeCycle {
  const review = reviewStatus(random);
  // Only approved opportunities move past Prospect (Partner Central's review gate).
  const stage = review === 'Approved' ? random.pick(APPROVED_STAGES) : 'Prospect';
  const nextSteps = random.chance(0.85) ? random.pick(NEXT_STEPS) : undefined;
  const needsReason = review === 'Action Required' || review === 'Rejected';
  const lifeCycle: Building<LifeCycle> = { Stage: stage };
  if (stage === 'Closed Lost') lifeCycle.ClosedLostReason = random.pick(CLOSED_LOST_REASONS);
  if (nextSteps !== undefined) lifeCycle.NextSteps = nextSteps;
  // ~6% have no target close date, so sorting by it has records without a value.
  if (random.chance(0.94)) {
    lifeCycle.TargetCloseDate = formatDate(createdMs + random.int(30, 540) * DAY_MS);
  }
  lifeCycle.ReviewStatus = review;
  if (needsReason) {
    lifeCycle.ReviewComments = random.pick(REVIEW_COMMENTS);
    lifeCycle.ReviewStatusReason = random.pick(REVIEW_STATUS_REASONS);
  }
  if (nextSteps !== undefined) {
    lifeCycle.NextStepsHistory = nextStepsHistory(random, createdMs, modifiedMs, nextSteps);
  }
  return lifeCycle;
}

interface OpportunitySeed {
  readonly catalog: Catalog;
  readonly accountId: string;
  readonly id: string;
  readonly customer: CustomerProfile;
  readonly createdMs: number;
  readonly modifiedMs: number;
  /** An earlier opportunity an Expansion or Renewal can point to. */
  readonly earlierId: string | undefined;
}

function seedProject(
  random: Random,
  seed: OpportunitySeed,
  workload: (typeof WORKLOADS)[number],
  type: string,
  stageIndex: number,
  competitor: string | undefined,
): Project {
  const deliveryModels = pickSome(random, DELIVERY_MODELS, random.int(1, 2));
  const spend: Building<ExpectedCustomerSpend> = {
    Amount: amount(random, 500, 250_000),
    CurrencyCode: 'USD',
    Frequency: 'Monthly',
    TargetCompany: 'AWS',
  };
  if (random.chance(0.3)) spend.EstimationUrl = estimationUrl(random);
  const project: Building<Project> = {
    DeliveryModels: deliveryModels,
    ExpectedCustomerSpend: [spend],
  };
  if (random.chance(0.8)) {
    project.ExpectedContractDuration = {
      Term: 'Months' as const,
      Value: String(random.pick([12, 24, 36])),
    };
  }
  project.Title = `${workload.title} for ${seed.customer.stem}`;
  if (random.chance(0.4)) project.ApnPrograms = [random.pick(APN_PROGRAMS)];
  project.CustomerBusinessProblem = workload.problem;
  project.CustomerUseCase = workload.useCase;
  if (type !== 'Net New Business' && seed.earlierId !== undefined && random.chance(0.5)) {
    project.RelatedOpportunityIdentifier = seed.earlierId;
  }
  project.SalesActivities = SALES_ACTIVITIES.slice(0, Math.max(1, Math.min(stageIndex + 1, 8)));
  if (competitor !== undefined) project.CompetitorName = competitor;
  if (competitor === '*Other') project.OtherCompetitorNames = random.pick(OTHER_COMPETITORS);
  if (random.chance(0.1)) {
    project.OtherSolutionDescription = 'Partner-built accelerator for this workload';
  }
  if (random.chance(0.3)) {
    project.AdditionalComments = 'Customer prefers a phased rollout starting next quarter.';
  }
  return project;
}

function seedOpportunity(random: Random, seed: OpportunitySeed): OpportunityRecord {
  const { catalog, accountId, id, customer, createdMs, modifiedMs } = seed;
  const workload = random.pick(WORKLOADS);
  const typeRoll = random.next();
  const type = typeRoll < 0.7 ? 'Net New Business' : typeRoll < 0.9 ? 'Expansion' : 'Flat Renewal';
  const lifeCycle = seedLifeCycle(random, createdMs, modifiedMs);
  const stageIndex = APPROVED_STAGES.indexOf(lifeCycle.Stage as (typeof APPROVED_STAGES)[number]);
  const competitor = random.chance(0.85) ? random.pick(COMPETITORS) : undefined;
  const marketingActivity = random.chance(0.3);
  // Cast: LastModifiedDate, CreatedDate and RelatedEntityIdentifiers are set below, in wire order.
  const record = {
    Catalog: catalog,
    Id: id,
    Arn: opportunityArn(accountId, catalog, id),
  } as Building<OpportunityRecord>;
  if (random.chance(0.8)) record.PartnerOpportunityIdentifier = `CRM-${digits(random, 6)}`;
  record.OpportunityType = type;
  if (random.chance(0.85)) {
    record.PrimaryNeedsFromAws = pickSome(random, PRIMARY_NEEDS, random.int(1, 2));
  }
  if (random.chance(0.93)) record.NationalSecurity = random.chance(0.04) ? 'Yes' : 'No';
  record.Customer = { Account: customer.account, Contacts: customer.contacts };
  record.Project = seedProject(random, seed, workload, type, stageIndex, competitor);
  record.Marketing = marketingActivity
    ? {
        CampaignName: random.pick(CAMPAIGN_NAMES),
        Source: 'Marketing Activity',
        UseCases: pickSome(random, MARKETING_USE_CASES, random.int(1, 2)),
        Channels: pickSome(random, MARKETING_CHANNELS, random.int(1, 2)),
        AwsFundingUsed: random.chance(0.3) ? 'Yes' : 'No',
      }
    : { Source: 'None' };
  if (random.chance(0.25)) {
    record.SoftwareRevenue = {
      DeliveryModel: random.pick(['Contract', 'Pay-as-you-go', 'Subscription']),
      Value: { Amount: amount(random, 1_000, 500_000), CurrencyCode: customer.country.currency },
      EffectiveDate: formatDate(createdMs + 30 * DAY_MS),
      ExpirationDate: formatDate(createdMs + 395 * DAY_MS),
    };
  }
  record.LastModifiedDate = formatTimestamp(modifiedMs);
  record.CreatedDate = formatTimestamp(createdMs);
  const related: Building<OpportunityRecord['RelatedEntityIdentifiers']> = {};
  if (random.chance(0.7)) related.AwsProducts = workload.products;
  if (random.chance(0.5)) related.Solutions = [`S-${digits(random, 7).replace(/^0/, '1')}`];
  record.RelatedEntityIdentifiers = related;
  record.LifeCycle = lifeCycle;
  if (random.chance(0.8)) {
    record.OpportunityTeam = [seedContact(random, 'simulated-partner.example.com', PARTNER_TITLES)];
  }
  return record;
}

function seedIds(random: Random, count: number): string[] {
  const ids = new Set<number>();
  while (ids.size < count) ids.add(random.int(MIN_ID, MAX_SEEDED_ID));
  return [...ids].map(formatOpportunityId);
}

export interface OpportunitySeedOptions {
  readonly catalog: Catalog;
  readonly accountId: string;
  readonly count: number;
  readonly customers: readonly CustomerProfile[];
}

export function seedOpportunities(
  random: Random,
  { catalog, accountId, count, customers }: OpportunitySeedOptions,
): OpportunityRecord[] {
  const ids = seedIds(random, count);
  const records: OpportunityRecord[] = [];
  let previous: { createdMs: number; modifiedMs: number } | undefined;
  ids.forEach((id, index) => {
    let timing: { createdMs: number; modifiedMs: number };
    if (previous !== undefined && index % TIE_EVERY === TIE_EVERY - 1) {
      timing = previous;
    } else {
      const createdMs = BASE_MS - random.int(1, CREATED_SPAN_MS);
      const maxDelay = Math.min(180 * DAY_MS, BASE_MS - 1 - createdMs);
      const modifiedMs = random.chance(0.2) ? createdMs : createdMs + random.int(0, maxDelay);
      timing = { createdMs, modifiedMs };
    }
    records.push(
      seedOpportunity(random, {
        catalog,
        accountId,
        id,
        customer: random.pick(customers),
        ...timing,
        earlierId: records.length > 0 ? random.pick(records).Id : undefined,
      }),
    );
    previous = timing;
  });
  return records;
}
