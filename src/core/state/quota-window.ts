/** "At most `calls` in any `windowMs`", as the upstream counts one account's calls. */
export interface QuotaLimit {
  calls: number;
  windowMs: number;
}

/** `ticket` names the grant, for `reached`. */
export type QuotaDecision =
  { granted: true; ticket: string } | { granted: false; retryInMs: number };

/**
 * A sliding-window quota counter, shared by everyone holding the same store: in memory, the
 * callers of one process; on Redis, every replica of the fleet. `key` names one quota (a source,
 * an account, an operation); keys are independent.
 *
 * It answers at once and never queues: waiting (first come, first served, within a deadline) is
 * the caller's, so a store stays a few atomic lines that Redis can run as one script.
 */
export interface QuotaWindowStore {
  /**
   * Records one call and grants it when fewer than `limit.calls` were recorded for `key` in the
   * last `limit.windowMs` and no back-off is running; otherwise records nothing and says how long
   * until a call could be granted (0 < retryInMs; within the window unless a back-off is longer).
   */
  tryAcquire(key: string, limit: QuotaLimit): Promise<QuotaDecision>;
  /**
   * The upstream throttled us anyway (another client of the account, a quota lower than
   * configured): nobody sharing `key` is granted a call for the next `ms`. A shorter back-off
   * never cuts a longer one short.
   */
  backOff(key: string, ms: number): Promise<void>;
  /**
   * The granted call has certainly reached the upstream (its answer came): it counts from now on,
   * not from its grant. The upstream counts from receipt, which can come well after the grant (a
   * busy process, a slow connection), so without this the next window opens early and provokes
   * the throttling it should prevent. A ticket no longer in the window is ignored.
   */
  reached(key: string, ticket: string, limit: QuotaLimit): Promise<void>;
}

/** Rejects a limit that would make every answer meaningless, before any store is touched. */
export function checkQuotaLimit(limit: QuotaLimit): void {
  if (!Number.isSafeInteger(limit.calls) || limit.calls < 1) {
    throw new RangeError(`quota calls must be a whole number >= 1, got ${limit.calls}`);
  }
  checkDuration('quota windowMs', limit.windowMs);
}

/** Durations are whole milliseconds >= 1: Redis's PEXPIRE and SET PX take nothing else. */
export function checkDuration(name: string, ms: number): void {
  if (!Number.isSafeInteger(ms) || ms < 1) {
    throw new RangeError(`${name} must be a whole number of ms >= 1, got ${ms}`);
  }
}
