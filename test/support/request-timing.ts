import type { RequestLogEntry } from '../../src/core/simulator/index.js';

/**
 * Asserts that the upstream requests overlapped: every one arrived before any was answered. With
 * a latency fault on the simulators this is what "called concurrently" looks like in their logs,
 * with no timing threshold that a slow machine could trip.
 */
export function expectAllInFlightTogether(calls: readonly RequestLogEntry[]): void {
  if (calls.length < 2) throw new Error(`need at least two calls, got ${calls.length}`);
  const lastArrival = Math.max(...calls.map((entry) => entry.receivedAtMs));
  const firstAnswer = Math.min(...calls.map((entry) => entry.receivedAtMs + entry.durationMs!));
  expect(lastArrival).toBeLessThan(firstAnswer);
}
