/*
 * Shared by the account-engagement-*.test.ts files: expected answers computed from the
 * simulator's records (`t.ae.data`) with the order the simulator documents (listing/sort-and-page:
 * by the key in the requested direction, ties by id ascending either way; deleted records hidden),
 * written independently of its code, and readers for its request log.
 */
import type { GraphQLFormattedError } from 'graphql';
import type {
  AccountEngagementOpportunitySortField,
  SortDirection,
} from '../__generated__/graphql.js';
import type {
  AccountEngagementSimulator,
  OpportunityRecord as SimOpportunity,
} from '../../src/sources/account-engagement/simulator/index.js';
import type { RequestLogEntry } from '../../src/core/simulator/request-log.js';

export type { SimOpportunity };

/** `YYYY-MM-DD HH:MM:SS` (UTC) as epoch ms. */
export const wireMs = (text: string): number => Date.parse(`${text.replace(' ', 'T')}Z`);
export const wireIso = (text: string | null): string | null =>
  text === null ? null : new Date(wireMs(text)).toISOString();

export const aeId = (id: number): string => `ae:${id}`;
export const aeProspectId = (id: number): string => `ae-prospect:${id}`;

const KEYS: Record<AccountEngagementOpportunitySortField, (o: SimOpportunity) => number> = {
  CREATED_AT: (o) => wireMs(o.created_at),
  ID: (o) => o.id,
  PROBABILITY: (o) => o.probability,
  VALUE: (o) => o.value,
};

/**
 * The API's default direction per sort field
 * (docs/upstreams/account-engagement.md#opportunity-query).
 */
export const DEFAULT_DIRECTION: Record<AccountEngagementOpportunitySortField, SortDirection> = {
  CREATED_AT: 'DESC',
  ID: 'ASC',
  PROBABILITY: 'DESC',
  VALUE: 'DESC',
};

export function live(ae: AccountEngagementSimulator): SimOpportunity[] {
  return ae.data.opportunities.filter((o) => !o.deleted);
}

export function sorted(
  records: readonly SimOpportunity[],
  field: AccountEngagementOpportunitySortField = 'CREATED_AT',
  direction: SortDirection = DEFAULT_DIRECTION[field],
): SimOpportunity[] {
  const key = KEYS[field];
  const sign = direction === 'DESC' ? -1 : 1;
  return records.toSorted((a, b) => (key(a) - key(b)) * sign || a.id - b.id);
}

/** Every API request of the simulator except token requests. */
export const apiCalls = (ae: AccountEngagementSimulator): RequestLogEntry[] =>
  ae.requests().filter((entry) => entry.operation !== 'oauth.token');

export const codes = (errors: readonly GraphQLFormattedError[] | undefined) =>
  (errors ?? []).map((error) => error.extensions?.code);

/**
 * The most requests the simulator had in flight at once, from its log: each request is in flight
 * from its arrival until its answer. The log mixes a wall clock (arrival, whole ms) with a
 * monotonic one (duration, rounded), so intervals are shrunk by `slackMs` at their end: a request
 * that arrives the moment another is answered is not counted as overlapping it.
 */
export function maxInFlight(entries: readonly RequestLogEntry[], slackMs = 3): number {
  const events = entries.flatMap((entry) => [
    { at: entry.receivedAtMs, delta: 1 },
    { at: entry.receivedAtMs + (entry.durationMs ?? 0) - slackMs, delta: -1 },
  ]);
  events.sort((a, b) => a.at - b.at || a.delta - b.delta);
  let current = 0;
  let max = 0;
  for (const event of events) {
    current += event.delta;
    max = Math.max(max, current);
  }
  return max;
}
