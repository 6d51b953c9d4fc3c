import type { CoalescedCall } from './bulk-coalescer.js';
import type { CallContext } from './call-context.js';
import type { LiveDeadline } from './caller-deadline.js';

/**
 * The context of a call shared by the requests waiting for it (SingleFlight, CachedReads): the
 * starter's logger and counters, but the shared call's deadline, read live, since it grows as
 * later callers join.
 */
export function liveCallContext(ctx: CallContext, live: LiveDeadline): CallContext {
  return {
    get deadline() {
      return live.deadline;
    },
    logger: ctx.logger,
    ...(ctx.onUpstreamCall ? { onUpstreamCall: ctx.onUpstreamCall } : {}),
    ...(ctx.observer ? { observer: ctx.observer } : {}),
    ...(ctx.trace ? { trace: ctx.trace } : {}),
    fresh: ctx.fresh === true,
    // The starter's share pays for the call; callers that join it ride along, as on a cache hit.
    ...(ctx.callerShare ? { callerShare: ctx.callerShare } : {}),
  };
}

/**
 * The context of a call a BulkCoalescer sends for several requests (each gave its CallContext as
 * observer): the latest deadline of those waiting (read live), the first one's logger, and every
 * one's counters, so each request counts the call it rode in. The app's observer (the same for
 * all of them) hears once of the call's quota wait and of the requests it serves: build this
 * once per call.
 */
export function coalescedCallContext(call: CoalescedCall<CallContext>): CallContext {
  const [first] = call.observers;
  const observer = first?.observer;
  observer?.quotaWaited({ source: call.source, waitMs: call.waitedMs, outcome: 'granted' });
  if (call.observers.length > 1)
    observer?.sharedCall({ source: call.source, kind: 'bulk', requests: call.observers.length });
  // No callerShare: the call carries every waiting request's keys, so it is nobody's alone.
  return {
    get deadline() {
      return call.deadline;
    },
    logger: first!.logger,
    ...(observer ? { observer } : {}),
    onUpstreamCall: (event) => {
      for (const observer of call.observers) observer.onUpstreamCall?.(event);
    },
  };
}
