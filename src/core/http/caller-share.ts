import type { UpstreamSource } from '../errors/index.js';

/** A source limit as the source's own limiter knows it; `key` is that limiter's shared name. */
interface SourceLimit {
  readonly source: UpstreamSource;
  /** Name used in client-facing messages, e.g. "LeadSquared". */
  readonly displayName: string;
  /** The source limiter's key in the shared state (source and account, never a credential). */
  readonly key: string;
}

/** "At most `calls` per `windowMs`" (SharedState.quotaLimiter's spec). */
export interface SourceQuota extends SourceLimit {
  readonly calls: number;
  readonly windowMs: number;
  readonly marginMs?: number;
}

/** "At most `max` calls in flight" (SharedState.slotLimiter's arguments). */
export interface SourceSlots extends SourceLimit {
  readonly max: number;
  readonly leaseMs: number;
}

/**
 * One caller's share of every source limit (per-caller limits): the request's own calls wait for
 * a turn of their caller's share before they queue for the source's limiter, so one busy caller
 * cannot take every turn of a window. Both methods resolve with the function that ends the turn
 * (the call reached the upstream, or its slot is free) and reject with a RATE_LIMITED error when
 * the turn would come after `deadline`.
 */
export interface CallerShare {
  ofQuota(quota: SourceQuota, deadline: number): Promise<() => void>;
  ofSlots(slots: SourceSlots, deadline: number): Promise<() => void>;
}

/**
 * The caller's turn first, then the source's (`acquire`): waiting on its own share, a caller holds
 * no place in the source's queue, so the others' calls pass it. Resolves with one function that
 * ends both turns. Without a share (no verified caller, or a call made for several requests at
 * once) only the source counts.
 */
export async function withCallerShare(
  share: CallerShare | undefined,
  limit: SourceQuota | SourceSlots,
  deadline: number,
  acquire: () => Promise<() => void>,
): Promise<() => void> {
  if (!share) return acquire();
  const own = await ('max' in limit
    ? share.ofSlots(limit, deadline)
    : share.ofQuota(limit, deadline));
  let source: () => void;
  try {
    source = await acquire();
  } catch (error) {
    own();
    throw error;
  }
  return () => {
    own();
    source();
  };
}
