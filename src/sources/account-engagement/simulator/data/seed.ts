/**
 * Builds the records from a seed alone. Nothing reads the clock: instants are offsets before a
 * fixed base date, so a seed gives the same data on every run and every machine.
 *
 * Shapes worth knowing when writing tests:
 * - opportunity ids start at 1 and rise with small gaps; creation times rise with the id but are
 *   jittered by up to ±15 days, so `sort_by=created_at` and `sort_by=id` differ;
 * - every 40th opportunity repeats the previous one's created_at, so sorts must break ties;
 * - every 50th opportunity from the 8th on is seeded deleted (2%, and at least one once there are
 *   8); 80% have one prospect, the rest two or three;
 * - the third prospect shares the first one's email (and about 3% more share an earlier email),
 *   so v4 read-by-email can answer several prospects; with `sharedEmails: false` each of them
 *   has an email of its own.
 */
import { createRandom, type Random } from '../../../../core/simulator/random.js';
import { formatTimestamp } from '../dates/timestamps.js';
import { AccountEngagementDataset } from './dataset.js';
import type { CampaignRecord, OpportunityRecord, ProspectRecord } from './records.js';
import {
  CAMPAIGN_NAMES,
  COMPANY_STEMS,
  COMPANY_SUFFIXES,
  DEAL_KINDS,
  DEPARTMENTS,
  FIRST_NAMES,
  GRADES,
  INDUSTRIES,
  JOB_TITLES,
  LAST_NAMES,
  LOCATIONS,
  OPEN_STAGES,
  OPPORTUNITY_TYPES,
  SALUTATIONS,
  SOURCES,
} from './vocabulary.js';

export interface SeedOptions {
  readonly records: number;
  readonly prospects: number;
  readonly seed: number;
  /**
   * False: a business unit without AMPSEA, where every prospect has its own email. The prospects
   * that would share one keep their names and get an address of their own; the random sequence,
   * and so every other field of every record, is the same either way.
   */
  readonly sharedEmails: boolean;
}

/** Every seeded instant lies before this date (UTC). */
export const DATASET_BASE_DATE = '2026-01-01 00:00:00';

const BASE_MS = Date.parse('2026-01-01T00:00:00.000Z');
const SECOND = 1_000;
const DAY = 86_400 * SECOND;
const YEAR = 365 * DAY;
const OPPORTUNITY_SPAN_MS = 3 * YEAR;
const JITTER_MS = 15 * DAY;
const TIE_EVERY = 40;
export const FIRST_PROSPECT_ID = 50_001;
export const FIRST_CAMPAIGN_ID = 1_001;

const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '');
const seconds = (ms: number): number => Math.floor(ms / SECOND) * SECOND;
const between = (random: Random, fromMs: number, toMs: number): number =>
  seconds(fromMs + random.next() * Math.max(0, toMs - fromMs));

/** An 18-character Salesforce id with the object's key prefix. */
const salesforceId = (prefix: string, n: number): string =>
  `${prefix}${String(n).padStart(12, '0')}AAA`;

function nextId(random: Random, previous: number, gapChance: number): number {
  return previous + 1 + (random.chance(gapChance) ? random.int(1, 3) : 0);
}

function seedCampaigns(): CampaignRecord[] {
  return CAMPAIGN_NAMES.map((name, index) => ({
    id: FIRST_CAMPAIGN_ID + index + (index >= 6 ? 1 : 0),
    name,
    crm_fid: index % 4 === 3 ? null : salesforceId('701', index + 1),
  }));
}

function seedProspect(
  random: Random,
  id: number,
  index: number,
  campaigns: readonly CampaignRecord[],
  duplicateOf: ProspectRecord | undefined,
  sharedEmails: boolean,
): ProspectRecord {
  const first = duplicateOf?.first_name ?? random.pick(FIRST_NAMES);
  const last = duplicateOf?.last_name ?? random.pick(LAST_NAMES);
  const company = `${random.pick(COMPANY_STEMS)} ${random.pick(COMPANY_SUFFIXES)}`;
  // The index makes the address unique.
  const ownEmail = `${slug(first)}.${slug(last)}${index}@${slug(company)}.example.com`;
  const email = sharedEmails ? (duplicateOf?.email ?? ownEmail) : ownEmail;
  const [country, city, state, zip] = random.pick(LOCATIONS);
  const createdMs = between(random, BASE_MS - 4 * YEAR, BASE_MS - OPPORTUNITY_SPAN_MS);
  const activityMs = random.chance(0.85) ? between(random, createdMs, BASE_MS - DAY) : undefined;
  const updatedMs = between(random, Math.max(createdMs, activityMs ?? 0), BASE_MS - DAY);
  const isContact = random.chance(0.6);
  return {
    id,
    campaign_id: random.pick(campaigns).id,
    salutation: random.chance(0.4) ? random.pick(SALUTATIONS) : null,
    first_name: first,
    last_name: last,
    email,
    company,
    website: `https://www.${slug(company)}.example.com`,
    job_title: random.chance(0.9) ? random.pick(JOB_TITLES) : null,
    department: random.chance(0.7) ? random.pick(DEPARTMENTS) : null,
    country,
    city,
    state,
    zip,
    phone: random.chance(0.8)
      ? `+1 555 ${String(random.int(0, 9_999_999)).padStart(7, '0')}`
      : null,
    source: random.pick(SOURCES),
    industry: random.chance(0.8) ? random.pick(INDUSTRIES) : null,
    annual_revenue: random.chance(0.5) ? `${random.int(1, 500)}000000` : null,
    employees: random.chance(0.5) ? String(random.int(5, 20_000)) : null,
    score: random.int(0, 400),
    grade: random.chance(0.8) ? random.pick(GRADES) : null,
    last_activity_at: activityMs === undefined ? null : formatTimestamp(activityMs),
    crm_lead_fid: isContact ? null : salesforceId('00Q', id),
    crm_contact_fid: isContact ? salesforceId('003', id) : null,
    is_do_not_email: random.chance(0.05),
    is_do_not_call: random.chance(0.08),
    opted_out: random.chance(0.04),
    is_starred: random.chance(0.1),
    created_at: formatTimestamp(createdMs),
    updated_at: formatTimestamp(updatedMs),
  };
}

function seedProspects(
  random: Random,
  count: number,
  campaigns: readonly CampaignRecord[],
  sharedEmails: boolean,
) {
  const prospects: ProspectRecord[] = [];
  let id = FIRST_PROSPECT_ID - 1;
  for (let index = 0; index < count; index += 1) {
    id = nextId(random, id, 0.05);
    const duplicates = index === 2 || (index > 2 && random.chance(0.03));
    const duplicateOf = duplicates
      ? index === 2
        ? prospects[0]
        : random.pick(prospects)
      : undefined;
    prospects.push(seedProspect(random, id, index, campaigns, duplicateOf, sharedEmails));
  }
  return prospects;
}

function seedValue(random: Random): number {
  const roll = random.next();
  if (roll < 0.02) return 0;
  if (roll < 0.17) return random.int(100, 99_999) + random.int(1, 99) / 100;
  return random.int(1, 400) * 250;
}

interface Closing {
  readonly status: string;
  readonly stage: string;
  readonly probability: number;
}

function seedClosing(random: Random): Closing {
  const roll = random.next();
  if (roll < 0.25) return { status: 'won', stage: 'Closed Won', probability: 100 };
  if (roll < 0.45) return { status: 'lost', stage: 'Closed Lost', probability: 0 };
  const [stage, probability] = random.pick(OPEN_STAGES);
  return { status: 'open', stage, probability: random.chance(0.2) ? probability + 5 : probability };
}

function pickProspects(random: Random, prospects: readonly ProspectRecord[]): number[] {
  const roll = random.next();
  const wanted = Math.min(prospects.length, roll < 0.8 ? 1 : roll < 0.95 ? 2 : 3);
  const ids = new Set<number>();
  while (ids.size < wanted) ids.add(random.pick(prospects).id);
  return [...ids];
}

function seedOpportunity(
  random: Random,
  id: number,
  createdMs: number,
  prospects: readonly ProspectRecord[],
  prospectById: ReadonlyMap<number, ProspectRecord>,
  campaigns: readonly CampaignRecord[],
  deleted: boolean,
): OpportunityRecord {
  const prospectIds = pickProspects(random, prospects);
  // A map, not prospects.find: a scan per opportunity made seeding quadratic (minutes at 100,000).
  const primary = prospectById.get(prospectIds[0] as number);
  const closing = seedClosing(random);
  const closedMs =
    closing.status === 'open'
      ? undefined
      : between(random, createdMs, Math.min(BASE_MS, createdMs + 120 * DAY));
  const updatedMs = random.chance(0.15)
    ? (closedMs ?? createdMs)
    : between(random, closedMs ?? createdMs, Math.min(BASE_MS, createdMs + 200 * DAY));
  const bare = random.chance(0.08);
  return {
    id,
    campaign_id: random.chance(0.7) && primary ? primary.campaign_id : random.pick(campaigns).id,
    name: `${primary?.company ?? 'Unknown'} – ${random.pick(DEAL_KINDS)}`,
    value: seedValue(random),
    probability: closing.probability,
    type: bare || random.chance(0.1) ? null : random.pick(OPPORTUNITY_TYPES),
    stage: bare ? null : closing.stage,
    status: closing.status,
    closed_at: closedMs === undefined ? null : formatTimestamp(closedMs),
    created_at: formatTimestamp(createdMs),
    updated_at: formatTimestamp(updatedMs),
    prospectIds,
    deleted,
  };
}

export function seedDataset(options: SeedOptions): AccountEngagementDataset {
  const random = createRandom(options.seed);
  const campaigns = seedCampaigns();
  const prospects = seedProspects(random, options.prospects, campaigns, options.sharedEmails);
  const prospectById = new Map(prospects.map((prospect) => [prospect.id, prospect]));
  const opportunities: OpportunityRecord[] = [];
  const startMs = BASE_MS - OPPORTUNITY_SPAN_MS;
  let id = 0;
  let previousCreatedMs = startMs;
  for (let index = 0; index < options.records; index += 1) {
    id = nextId(random, id, 0.03);
    const nominal = startMs + ((index + 0.5) / options.records) * OPPORTUNITY_SPAN_MS;
    const jittered = nominal + (random.next() * 2 - 1) * JITTER_MS;
    const createdMs =
      index % TIE_EVERY === TIE_EVERY - 1
        ? previousCreatedMs
        : seconds(Math.min(BASE_MS - DAY, Math.max(startMs, jittered)));
    opportunities.push(
      seedOpportunity(random, id, createdMs, prospects, prospectById, campaigns, index % 50 === 7),
    );
    previousCreatedMs = createdMs;
  }
  return new AccountEngagementDataset(campaigns, prospects, opportunities);
}
