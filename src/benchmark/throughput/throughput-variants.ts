/**
 * What makes each request of a throughput scenario distinct. Our server shares identical upstream
 * calls in flight and merges concurrent look-ups of the same ids; the baseline does neither. With
 * one body on every connection, ours would be measured making about one call in ten, so every
 * request carries one of these variants instead: each asks the same amount of data as the others,
 * in an upstream call of its own.
 */

/** Listing variants in rotation: with 10 connections, far more than the requests in flight. */
export const LISTING_VARIANTS = 40;

/** Midnight UTC, 2000-01-01: decades before anything the simulators seed. */
const FIRST_INSTANT_MS = Date.UTC(2000, 0, 1);
const MINUTE_MS = 60_000;

/**
 * `createdAfter` instants, whole minutes apart from 2000-01-01T00:01Z on: a filter that excludes
 * no seeded record yet differs per variant, so each variant's upstream call is its own. Whole
 * minutes, so no upstream's rounding to seconds can make two variants one call.
 */
export function createdAfterInstants(count: number = LISTING_VARIANTS): string[] {
  return Array.from({ length: count }, (_, k) =>
    new Date(FIRST_INSTANT_MS + (k + 1) * MINUTE_MS).toISOString(),
  );
}

/** An upstream's creation time as epoch ms: ISO 8601, or `YYYY-MM-DD HH:MM:SS` in UTC. */
function createdMs(text: string): number {
  return Date.parse(text.includes('T') ? text : `${text.replace(' ', 'T')}Z`);
}

const shown = (ms: number) =>
  Number.isFinite(ms) ? new Date(ms).toISOString() : 'an unreadable time';

/**
 * Throws unless every record was created after the latest instant: a variant that left a record
 * out would ask less than the others, or answer other records than the first variant.
 */
export function checkCreatedAfterAll(
  what: string,
  instants: readonly string[],
  created: readonly string[],
): void {
  if (created.length === 0) throw new Error(`${what}: no seeded records`);
  const latest = Math.max(...instants.map((instant) => Date.parse(instant)));
  const earliest = Math.min(...created.map(createdMs));
  if (!(earliest > latest)) {
    throw new Error(
      `${what}: a record created at ${shown(earliest)} is not after every variant's createdAfter (latest ${shown(latest)})`,
    );
  }
}

/**
 * The LeadSquared event codes the throughput set seeds: one 2,000-id look-up variant per code, so
 * no two variants share an id (ours joins a call already in flight for an id it also needs) and
 * each variant is one GetOpportunitiesById call of 2,000 ids through both servers. Twenty codes of
 * SIMULATOR_RECORDS each, rather than more records per code: the listings sort every record of a
 * type (and Partner Central and Account Engagement would seed as many), so more records per code
 * would slow the simulators on every listing.
 */
export const LOOKUP_EVENT_CODES: readonly number[] = Array.from(
  { length: 20 },
  (_, k) => 12_000 + k,
);
