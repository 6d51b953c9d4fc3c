import { UpstreamSource } from '../../core/errors/index.js';
import {
  acquireBeforeDeadline,
  SlidingWindowLimiter,
  withCallerShare,
  type CallerShare,
  type SourceQuota,
} from '../../core/http/index.js';
import type { QuotaLimiter, QuotaSpec } from '../../core/shared/index.js';
import {
  DAY_MS,
  PUBLISHED_REQUESTS_PER_DAY,
  PUBLISHED_REQUESTS_PER_SECOND,
  type PartnerCentralOperation,
} from './quotas.js';

/** Builds the limiter of one named quota (SharedState.quotaLimiter). */
export type QuotaLimiterFactory = (key: string, spec: QuotaSpec) => QuotaLimiter;

/** This process alone: what the in-memory shared state hands out too. */
const processLimiter: QuotaLimiterFactory = (_key, spec) => new SlidingWindowLimiter(spec);

/**
 * Added to each one-second window: our window counts a call from its grant, the upstream's from
 * its receipt. This process's limiter moves a call to when its answer arrived, so a small margin
 * covers the rest.
 */
export const PROCESS_MARGIN_MS = 50;

/**
 * The margin when the windows are shared on Redis. It can be as small as the process's because a
 * shared grant, too, is moved to the moment the call's answer came (QuotaWindowStore.reached):
 * counting from the grant alone, two replicas at the published 10/s with 40 calls at once were
 * answered ThrottlingException 1 to 4 times with this margin.
 */
export const FLEET_MARGIN_MS = PROCESS_MARGIN_MS;

type Window = 'per-second' | 'per-day';

/**
 * The name of one quota in the shared state. Partner Central counts per partner account and
 * operation, whatever the catalog, and one deployment (one Redis key prefix) talks to one partner
 * account, so the operation and the window name it: every replica of the deployment shares it.
 */
export function quotaKey(operation: PartnerCentralOperation, window: Window) {
  return `PARTNER_CENTRAL:${operation}:${window}`;
}

/**
 * One sliding one-second window per operation at the published rate times `scale` (AWS raises
 * quotas per account on request), and a rolling 24-hour window for the operations with a published
 * daily quota, scaled alike. Queueing here keeps the client from provoking ThrottlingExceptions
 * that would each cost a retry, and a spent daily quota fails at once instead of calling. With a
 * shared state on Redis the windows are the fleet's, not this process's.
 */
export class OperationLimiters {
  readonly #perSecond = new Map<PartnerCentralOperation, QuotaLimiter>();
  readonly #perDay = new Map<PartnerCentralOperation, { limiter: QuotaLimiter; calls: number }>();
  /** Each quota as a caller's share of it names it (docs/callers.md). */
  readonly #quotas = new Map<string, SourceQuota>();

  constructor(
    scale: number,
    quotaLimiter: QuotaLimiterFactory = processLimiter,
    marginMs: number = PROCESS_MARGIN_MS,
  ) {
    const scaled = (published: number) => Math.max(1, Math.floor(published * scale));
    const named = (operation: PartnerCentralOperation, window: Window, spec: QuotaSpec) => {
      const key = quotaKey(operation, window);
      const displayName = `Partner Central ${operation}`;
      this.#quotas.set(key, { source: UpstreamSource.PARTNER_CENTRAL, displayName, key, ...spec });
      return quotaLimiter(key, spec);
    };
    for (const [name, perSecond] of Object.entries(PUBLISHED_REQUESTS_PER_SECOND)) {
      const operation = name as PartnerCentralOperation;
      this.#perSecond.set(
        operation,
        named(operation, 'per-second', {
          calls: scaled(perSecond),
          windowMs: 1_000,
          marginMs,
        }),
      );
      const perDay = PUBLISHED_REQUESTS_PER_DAY[operation];
      if (perDay === undefined) continue;
      const calls = scaled(perDay);
      this.#perDay.set(operation, {
        calls,
        limiter: named(operation, 'per-day', {
          calls,
          windowMs: DAY_MS,
          marginMs: 1_000,
        }),
      });
    }
  }

  for(operation: PartnerCentralOperation): QuotaLimiter {
    return this.#perSecond.get(operation)!;
  }

  /** The operation's rolling 24-hour quota and its size, when it has one. */
  daily(operation: PartnerCentralOperation): { limiter: QuotaLimiter; calls: number } | undefined {
    return this.#perDay.get(operation);
  }

  close(): void {
    for (const limiter of this.#perSecond.values()) limiter.close();
    for (const { limiter } of this.#perDay.values()) limiter.close();
  }

  /**
   * The daily quota first, then the per-second one: the per-second grant is the one that must be
   * close to the send. A per-second wait refused after the daily grant costs one call of the
   * day's allowance, which is far cheaper than holding a per-second slot during a daily check.
   * `share`: the caller's share of each (a request's own calls), waited for before the quota's.
   */
  async waitForQuota(
    operation: PartnerCentralOperation,
    deadline: number,
    share?: CallerShare,
  ): Promise<() => void> {
    const daily = this.daily(operation);
    const shareOf = (window: Window) => this.#quotas.get(quotaKey(operation, window))!;
    const reachedDaily = daily
      ? await withCallerShare(share, shareOf('per-day'), deadline, () =>
          acquireBeforeDeadline(
            () => daily.limiter.acquire(deadline),
            () => ({
              source: UpstreamSource.PARTNER_CENTRAL,
              message: `Partner Central ${operation} daily quota (${daily.calls.toLocaleString('en-US')} calls per rolling 24 hours) is used up until after the request deadline`,
            }),
          ),
        )
      : undefined;
    let reached: () => void;
    try {
      reached = await withCallerShare(share, shareOf('per-second'), deadline, () =>
        acquireBeforeDeadline(
          () => this.for(operation).acquire(deadline),
          () => ({
            source: UpstreamSource.PARTNER_CENTRAL,
            message: `Partner Central ${operation} quota is used up until after the request deadline`,
          }),
        ),
      );
    } catch (error) {
      // The day's call is spent all the same; its turn (and the caller's) ends here.
      reachedDaily?.();
      throw error;
    }
    return () => {
      reachedDaily?.();
      reached();
    };
  }
}
