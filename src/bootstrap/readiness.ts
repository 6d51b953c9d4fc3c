import type { SourceMode } from '../config.js';

export interface SourceStatus {
  status: 'ready' | 'unavailable';
  mode: SourceMode;
  /** Simulator mode only: where the built-in simulator listens. */
  url?: string;
}

/** A live probe's answer is trusted this long; probing is cheap but costs upstream quota. */
export const PROBE_TTL_MS = 30_000;
export const PROBE_TIMEOUT_MS = 5_000;

export type Readiness = () => Promise<Record<string, SourceStatus>>;

/**
 * Remembers a live probe's answer for `ttlMs`, so a readiness check every few seconds does not
 * spend the upstream's quota (LeadSquared allows 25 calls per 5 s for the whole account).
 */
export function cachedProbe(probe: () => Promise<void>, ttlMs: number): () => Promise<boolean> {
  let last: { at: number; ok: boolean } | undefined;
  let running: Promise<boolean> | undefined;
  return async () => {
    if (last && Date.now() - last.at < ttlMs) return last.ok;
    running ??= probe()
      .then(
        () => true,
        () => false,
      )
      .then((ok) => {
        last = { at: Date.now(), ok };
        running = undefined;
        return ok;
      });
    return running;
  };
}

/**
 * A source's readiness: a simulator is ready once started; a live upstream when its cheap probe
 * (a call with `deadline`, cached for PROBE_TTL_MS) succeeds.
 */
export function sourceStatus(
  simulator: { readonly url: string } | undefined,
  probe: (deadline: number) => Promise<void>,
): () => Promise<SourceStatus> {
  const probed = cachedProbe(() => probe(Date.now() + PROBE_TIMEOUT_MS), PROBE_TTL_MS);
  return async () =>
    simulator
      ? { status: 'ready', mode: 'simulator', url: simulator.url }
      : { status: (await probed()) ? 'ready' : 'unavailable', mode: 'live' };
}
