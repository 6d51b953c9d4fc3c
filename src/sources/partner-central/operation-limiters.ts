import { SlidingWindowLimiter } from '../../core/http/index.js';
import { PUBLISHED_REQUESTS_PER_SECOND, type PartnerCentralOperation } from './quotas.js';

/**
 * One sliding one-second window per operation at the published rate times `scale` (AWS raises
 * quotas per account on request). Queueing here keeps the client from provoking
 * ThrottlingExceptions that would each cost a retry.
 */
export class OperationLimiters {
  readonly #limiters = new Map<PartnerCentralOperation, SlidingWindowLimiter>();

  constructor(scale: number) {
    for (const [operation, perSecond] of Object.entries(PUBLISHED_REQUESTS_PER_SECOND)) {
      this.#limiters.set(
        operation as PartnerCentralOperation,
        new SlidingWindowLimiter({
          calls: Math.max(1, Math.floor(perSecond * scale)),
          windowMs: 1_000,
          // Our clock starts at send, the upstream's at receipt: a margin keeps the two windows apart.
          marginMs: 50,
        }),
      );
    }
  }

  for(operation: PartnerCentralOperation): SlidingWindowLimiter {
    return this.#limiters.get(operation)!;
  }

  close(): void {
    for (const limiter of this.#limiters.values()) limiter.close();
  }
}
