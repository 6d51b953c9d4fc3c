import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { UpstreamObserver } from '../../core/telemetry/upstream-observer.js';
import type { SharedStateStatus } from '../../core/shared/index.js';

/** Every metric of ours starts with this, so it cannot clash with a library's or the process's. */
export const PREFIX = 'opportunity_graph_';

/** Upstream answers take from a few milliseconds (simulators, cache-warm APIs) to many seconds. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Most turns come at once (0); a spent quota makes callers wait up to its window. */
const WAIT_BUCKETS = [0, 0.005, 0.025, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * The upstream metrics in `registry`, and the observer that feeds them. Labels hold only what the
 * observer's events carry: sources, our operation names, outcomes and codes, cache kinds, never an
 * id, URL or credential. `sharedState` is read at each scrape for the degraded gauge.
 */
export function upstreamMetrics(
  registry: Registry,
  sharedState: () => SharedStateStatus | undefined,
): UpstreamObserver {
  const registers = [registry];
  const requests = new Counter({
    name: `${PREFIX}upstream_requests_total`,
    help: 'Attempts sent to an upstream, by outcome: ok, or the error code of a failed attempt',
    labelNames: ['source', 'operation', 'outcome'] as const,
    registers,
  });
  const duration = new Histogram({
    name: `${PREFIX}upstream_request_duration_seconds`,
    help: 'Time from sending an attempt to its answer or failure',
    labelNames: ['source', 'operation'] as const,
    buckets: DURATION_BUCKETS,
    registers,
  });
  const retries = new Counter({
    name: `${PREFIX}upstream_retries_total`,
    help: 'Failed attempts followed by another attempt, by the error code of the failed one',
    labelNames: ['source', 'operation', 'code'] as const,
    registers,
  });
  const inFlight = new Gauge({
    name: `${PREFIX}upstream_requests_in_flight`,
    help: 'Attempts sent and not yet answered',
    labelNames: ['source'] as const,
    registers,
  });
  const quotaWait = new Histogram({
    name: `${PREFIX}quota_wait_seconds`,
    help: 'Wait for a quota turn or concurrency slot before a call; refused: past the deadline',
    labelNames: ['source', 'outcome'] as const,
    buckets: WAIT_BUCKETS,
    registers,
  });
  const sharedCalls = new Counter({
    name: `${PREFIX}shared_calls_total`,
    help: 'Upstream calls that served more than one request (bulk: merged by-id look-ups)',
    labelNames: ['source', 'kind'] as const,
    registers,
  });
  const sharedRequests = new Counter({
    name: `${PREFIX}shared_call_requests_total`,
    help: 'Requests served by the calls of shared_calls_total',
    labelNames: ['source', 'kind'] as const,
    registers,
  });
  const cache = new Counter({
    name: `${PREFIX}cache_requests_total`,
    help: 'Cache look-ups by result, one per key; an entry past its TTL is a miss',
    labelNames: ['source', 'kind', 'result'] as const,
    registers,
  });
  const degraded = new Counter({
    name: `${PREFIX}shared_state_degraded_total`,
    help: 'Times the shared state (Redis) became unreachable and replicas fell back to local shares',
    labelNames: ['failure'] as const,
    registers,
  });
  new Gauge({
    name: `${PREFIX}shared_state_degraded`,
    help: '1 while Redis is configured but unreachable (local quota shares, no shared cache)',
    registers,
    collect() {
      this.set(sharedState()?.status === 'degraded' ? 1 : 0);
    },
  });

  return {
    attemptStarted({ source, operation: named }) {
      const operation = operationLabel(named);
      inFlight.inc({ source });
      return {
        ended({ durationMs, outcome, code }) {
          inFlight.dec({ source });
          requests.inc({ source, operation, outcome: outcome === 'ok' ? 'ok' : errorCode(code) });
          duration.observe({ source, operation }, durationMs / 1000);
          if (outcome === 'retry') retries.inc({ source, operation, code: errorCode(code) });
        },
      };
    },
    quotaWaited({ source, waitMs, outcome }) {
      quotaWait.observe({ source, outcome }, waitMs / 1000);
    },
    sharedCall({ source, kind, requests: served }) {
      sharedCalls.inc({ source, kind });
      sharedRequests.inc({ source, kind }, served);
    },
    cacheRead({ source, kind, result }) {
      cache.inc({ source, kind, result });
    },
    sharedStateChanged({ status, failure }) {
      if (status === 'degraded') degraded.inc({ failure: word(failure) });
    },
  };
}

/** Codes are fixed upper-case words; anything else (there should be none) is one value. */
function errorCode(code: string | undefined): string {
  return code !== undefined && /^[A-Z][A-Z0-9_]{0,39}$/.test(code) ? code : 'UNKNOWN';
}

/** Operation names are the fixed names the clients give; a malformed one would be `other`. */
function operationLabel(operation: string): string {
  return /^[A-Za-z][A-Za-z0-9._-]{0,63}$/.test(operation) ? operation : 'other';
}

function word(value: string | undefined): string {
  return value !== undefined && /^[a-z][a-z_-]{0,19}$/.test(value) ? value : 'other';
}
