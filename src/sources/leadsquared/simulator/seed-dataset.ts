/**
 * Builds the simulator's records from a seed alone. Nothing reads the clock: instants are offsets
 * before a fixed base date, so a seed gives the same data on every run and every machine.
 */
import { isoTimestamp } from '../../../core/simulator/iso-timestamp.js';
import { createRandom, type Random } from '../../../core/simulator/random.js';
import { LeadSquaredDataset } from './dataset.js';
import type { LeadRecord, OpportunityRecord, OpportunityStatus, OwnerRecord } from './records.js';
import {
  CHANNELS,
  CITIES,
  CLOSED_STAGE,
  COMPANY_STEMS,
  COMPANY_SUFFIXES,
  DEAL_KINDS,
  FIRST_NAMES,
  LAST_NAMES,
  LEAD_SOURCES,
  LEAD_STAGES,
  NOTES,
  OPEN_STAGES,
  OWNER_NAMES,
} from './vocabulary.js';

export interface DatasetOptions {
  /** Opportunities per event code. */
  readonly records: number;
  readonly eventCodes: readonly number[];
  readonly seed: number;
}

/** Every seeded instant lies before this date. */
export const DATASET_BASE_DATE = '2026-01-01T00:00:00.000Z';

const BASE_MS = Date.parse(DATASET_BASE_DATE);
const SECOND = 1_000;
const DAY = 86_400 * SECOND;
/** Opportunities are created within the ~3 years before the base date. */
const OPPORTUNITY_SPAN_SECONDS = (3 * 365 * DAY) / SECOND;
/** Every 25th opportunity of a type reuses the previous one's CreatedOn, so sorts must break ties. */
const COLLISION_EVERY = 25;

/** toISOString's text, quicker: seeding formats 900,000 instants at 100,000 records per type. */
const iso = isoTimestamp;
const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

function seedOwners(random: Random): OwnerRecord[] {
  return OWNER_NAMES.map(([first, last]) => ({
    UserId: random.uuid(),
    FirstName: first,
    LastName: last,
    EmailAddress: `${slug(first)}.${slug(last)}@simulated-crm.example.com`,
  }));
}

function seedLead(random: Random, index: number, owners: readonly OwnerRecord[]): LeadRecord {
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  const company = `${random.pick(COMPANY_STEMS)} ${random.pick(COMPANY_SUFFIXES)}`;
  // Leads predate every opportunity: created in the year before the opportunity span starts.
  const createdMs =
    BASE_MS - OPPORTUNITY_SPAN_SECONDS * SECOND - random.int(1, 365 * 86_400) * SECOND;
  const modifiedMs = createdMs + random.int(0, (BASE_MS - createdMs) / SECOND) * SECOND;
  return {
    ProspectID: random.uuid(),
    FirstName: first,
    LastName: last,
    EmailAddress: random.chance(0.1)
      ? null
      : `${slug(first)}.${slug(last)}${index}@${slug(company)}.example.com`,
    Company: company,
    Phone: `+1-555-${String(random.int(0, 9999)).padStart(4, '0')}`,
    ProspectStage: random.pick(LEAD_STAGES),
    OwnerId: random.pick(owners).UserId,
    Source: random.pick(LEAD_SOURCES),
    CreatedOn: iso(createdMs),
    ModifiedOn: iso(modifiedMs),
    mx_City: random.pick(CITIES),
  };
}

function seedStatus(random: Random): OpportunityStatus {
  const roll = random.next();
  return roll < 0.5 ? 'Open' : roll < 0.75 ? 'Won' : 'Lost';
}

function seedAmount(random: Random): string | null {
  const roll = random.next();
  if (roll < 0.1) return null;
  if (roll < 0.15) return '';
  return (random.int(10, 5_000) * 50).toFixed(2);
}

interface Timing {
  readonly lead: LeadRecord;
  readonly createdMs: number;
}

function seedOpportunity(
  random: Random,
  eventCode: number,
  { lead, createdMs }: Timing,
  owners: readonly OwnerRecord[],
): OpportunityRecord {
  const maxDelaySeconds = Math.min(180 * 86_400, (BASE_MS - createdMs) / SECOND);
  const modifiedMs = random.chance(0.2)
    ? createdMs
    : createdMs + random.int(0, maxDelaySeconds) * SECOND;
  const owner = random.chance(0.7)
    ? (owners.find((o) => o.UserId === lead.OwnerId) ?? random.pick(owners))
    : random.pick(owners);
  const status = seedStatus(random);
  const year = new Date(createdMs).getUTCFullYear();
  return {
    ProspectActivityId: random.uuid(),
    EventCode: eventCode,
    RelatedProspectId: lead.ProspectID,
    CreatedOn: iso(createdMs),
    ModifiedOn: iso(modifiedMs),
    Owner: owner.UserId,
    OwnerName: `${owner.FirstName} ${owner.LastName}`,
    OwnerEmailAddress: owner.EmailAddress,
    Status: status,
    mx_Custom_1: `${lead.Company} – ${random.pick(DEAL_KINDS)} ${year}`,
    mx_Custom_2: status === 'Open' ? random.pick(OPEN_STAGES) : CLOSED_STAGE,
    mx_Custom_3: seedAmount(random),
    mx_Custom_4: random.pick(CHANNELS),
    OpportunityNote: random.pick(NOTES),
  };
}

export function seedLeadSquaredDataset(options: DatasetOptions): LeadSquaredDataset {
  const random = createRandom(options.seed);
  const owners = seedOwners(random);
  // About one lead per two opportunities, drawn across all types, so a lead has several
  // opportunities, often of different types.
  const leadCount = Math.max(1, Math.ceil((options.records * options.eventCodes.length) / 2));
  const leads = Array.from({ length: leadCount }, (_, index) => seedLead(random, index, owners));
  const opportunities: OpportunityRecord[] = [];
  for (const eventCode of options.eventCodes) {
    let previous: Timing | undefined;
    for (let index = 0; index < options.records; index += 1) {
      const collides = previous !== undefined && index % COLLISION_EVERY === COLLISION_EVERY - 1;
      // Half of the collisions stay on the same lead, so GetOpportunitiesOfLead sees ties too.
      const timing: Timing =
        collides && previous !== undefined
          ? {
              lead: random.chance(0.5) ? previous.lead : random.pick(leads),
              createdMs: previous.createdMs,
            }
          : {
              lead: random.pick(leads),
              createdMs: BASE_MS - random.int(1, OPPORTUNITY_SPAN_SECONDS) * SECOND,
            };
      opportunities.push(seedOpportunity(random, eventCode, timing, owners));
      previous = timing;
    }
  }
  return new LeadSquaredDataset(options.eventCodes, owners, leads, opportunities);
}
