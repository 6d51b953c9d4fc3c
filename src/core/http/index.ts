export type { CallContext, UpstreamCallEvent } from './call-context.js';
export {
  withCallerShare,
  type CallerShare,
  type SourceQuota,
  type SourceSlots,
} from './caller-share.js';
export { HttpSource, type HttpRequest, type HttpSourceOptions } from './http-source.js';
export { DecodedBody, decodeJson } from './decoded-body.js';
export { SlidingWindowLimiter, QuotaWaitExceedsDeadline } from './sliding-window-limiter.js';
export {
  failureFromStatus,
  throttledFailure,
  malformedFailure,
  scrub,
  type UpstreamFailure,
} from './upstream-failure.js';
export {
  runWithRetries,
  type AttemptEnded,
  type AttemptResult,
  type RetryPolicy,
} from './retry-loop.js';
export { failureFromTransport, deadlineFailure } from './upstream-failure.js';
export { parseRetryAfterMs } from './backoff.js';
export { ConcurrencyLimiter } from './concurrency-limiter.js';
export { acquireBeforeDeadline, type QuotaExhausted } from './quota-wait.js';
export { asKeyError, notFoundAsNull } from './loader-result.js';
export {
  BulkCoalescer,
  type BulkCoalescerOptions,
  type CoalescedCall,
  type SlotEnded,
} from './bulk-coalescer.js';
export { SingleFlight } from './single-flight.js';
export type { LiveDeadline } from './caller-deadline.js';
export { coalescedCallContext, liveCallContext } from './shared-call-context.js';
