import type { RequestLogEntry } from '../../src/core/simulator/index.js';

/** For each call, how many calls (itself included) arrived in the window (t - windowMs, t]. */
export function callsInTrailingWindows(
  entries: readonly RequestLogEntry[],
  windowMs: number,
): number[] {
  return entries.map(
    ({ receivedAtMs: t }) =>
      entries.filter((other) => other.receivedAtMs > t - windowMs && other.receivedAtMs <= t)
        .length,
  );
}

/** The most calls the simulator received in any window ending at one of them (0 for none). */
export function maxInAnyWindow(entries: readonly RequestLogEntry[], windowMs: number): number {
  return Math.max(0, ...callsInTrailingWindows(entries, windowMs));
}
