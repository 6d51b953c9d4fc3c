import type { SourceMode } from '../config/mode.js';
import { UpstreamError } from '../core/errors/index.js';
import type { Logger } from '../logging/logger.js';

/**
 * Why a live source failed its probe, for operators: everything here is also safe to show, since
 * UpstreamError messages are built from fields we chose and hosts come from validated config.
 */
export interface UnavailableReason {
  code: string;
  message: string;
  upstreamStatus?: number;
  upstreamCode?: string;
  errno?: string;
  host?: string;
}

export interface SourceStatus {
  status: 'ready' | 'unavailable';
  mode: SourceMode;
  /** Simulator mode only: where the built-in simulator listens. */
  url?: string;
  /** Unavailable only: what the last probe ran into. */
  reason?: UnavailableReason;
}

/** A live probe's answer is trusted this long; probing is cheap but costs upstream quota. */
export const PROBE_TTL_MS = 30_000;
export const PROBE_TIMEOUT_MS = 5_000;

export type Readiness = () => Promise<Record<string, SourceStatus>>;

export type ProbeResult = { ok: true } | { ok: false; reason: UnavailableReason };

/** An error from a probe as a reason; anything that is not ours says only that it was internal. */
export function reasonOf(error: unknown): UnavailableReason {
  if (!(error instanceof UpstreamError)) {
    return { code: 'INTERNAL_SERVER_ERROR', message: 'the probe failed unexpectedly' };
  }
  const { code, message, upstreamStatus, upstreamCode } = error.details;
  const { errno, host } = error.diagnostic;
  return {
    code,
    message,
    ...(upstreamStatus === undefined ? {} : { upstreamStatus }),
    ...(upstreamCode === undefined ? {} : { upstreamCode }),
    ...(errno === undefined ? {} : { errno }),
    ...(host === undefined ? {} : { host }),
  };
}

/**
 * Remembers a live probe's answer for `ttlMs`, so a readiness check every few seconds does not
 * spend the upstream's quota (LeadSquared allows 25 calls per 5 s for the whole account).
 */
export function cachedProbe(probe: () => Promise<void>, ttlMs: number): () => Promise<ProbeResult> {
  let last: { at: number; result: ProbeResult } | undefined;
  let running: Promise<ProbeResult> | undefined;
  return async () => {
    if (last && Date.now() - last.at < ttlMs) return last.result;
    running ??= probe()
      .then(
        (): ProbeResult => ({ ok: true }),
        (error: unknown): ProbeResult => ({ ok: false, reason: reasonOf(error) }),
      )
      .then((result) => {
        last = { at: Date.now(), result };
        running = undefined;
        return result;
      });
    return running;
  };
}

/**
 * A source's readiness: a simulator is ready once started; a live upstream when its cheap probe
 * (a call with `deadline`, cached for PROBE_TTL_MS) succeeds. A change of state is logged once
 * (warn with the reason when it goes unavailable), not at every poll.
 */
export function sourceStatus(
  source: string,
  simulator: { readonly url: string } | undefined,
  probe: (deadline: number) => Promise<void>,
  logger: Logger,
): () => Promise<SourceStatus> {
  const probed = cachedProbe(() => probe(Date.now() + PROBE_TIMEOUT_MS), PROBE_TTL_MS);
  let lastOk: boolean | undefined;
  return async () => {
    if (simulator) return { status: 'ready', mode: 'simulator', url: simulator.url };
    const result = await probed();
    if (result.ok !== lastOk) {
      if (result.ok) logger.info({ source }, 'readiness probe succeeded: source is ready');
      else
        logger.warn(
          { source, reason: result.reason },
          'readiness probe failed: source unavailable',
        );
      lastOk = result.ok;
    }
    return result.ok
      ? { status: 'ready', mode: 'live' }
      : { status: 'unavailable', mode: 'live', reason: result.reason };
  };
}
