/**
 * Throttling per operation in a sliding one-second window (quotas are per second and per operation:
 * docs/upstreams/partner-central.md#rate-limits). Only admitted calls are recorded, so a throttled
 * retry does not push the window out. Time comes from the simulator's clock (`now` option), so a
 * test that steps its own clock steps the window too.
 */
import { REQUESTS_PER_SECOND, type ThrottlingOption } from './quotas.js';
import type { OperationName } from './operations/operation-names.js';

export const THROTTLE_WINDOW_MS = 1_000;

export class OperationThrottle {
  readonly #admitted = new Map<OperationName, number[]>();

  constructor(
    private readonly option: ThrottlingOption,
    private readonly now: () => number,
  ) {}

  /** Calls per window for the operation; a scaled rate never drops below 1. */
  limitOf(operation: OperationName): number {
    if (this.option === false) return Infinity;
    return Math.max(1, Math.round(REQUESTS_PER_SECOND[operation] * this.option.scale));
  }

  /** Records the call and returns true when it fits; false (nothing recorded) when throttled. */
  tryAdmit(operation: OperationName): boolean {
    const limit = this.limitOf(operation);
    if (limit === Infinity) return true;
    const now = this.now();
    const admitted = (this.#admitted.get(operation) ?? []).filter(
      (at) => at > now - THROTTLE_WINDOW_MS,
    );
    const fits = admitted.length < limit;
    if (fits) admitted.push(now);
    this.#admitted.set(operation, admitted);
    return fits;
  }

  reset(): void {
    this.#admitted.clear();
  }
}
