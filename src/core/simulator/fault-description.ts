import type { FaultDecision, FaultOutcome } from './fault-injector.js';
import type { SimulatorResponse } from './types.js';

/** How a request's fault shows in the request log, e.g. "latency 200ms, status 503". */
export function describeFault({ latencyMs, outcome }: FaultDecision): string | null {
  const parts: string[] = [];
  if (latencyMs > 0) parts.push(`latency ${latencyMs}ms`);
  if (outcome.kind === 'hang') parts.push('hang');
  if (outcome.kind === 'reset') parts.push('reset');
  if (outcome.kind === 'status') parts.push(`status ${outcome.status}`);
  if (outcome.kind === 'malformed') parts.push(`malformed body (${outcome.status ?? 200})`);
  if ('retryAfter' in outcome && outcome.retryAfter !== undefined) {
    parts.push(`retry-after ${outcome.retryAfter}`);
  }
  const body = 'body' in outcome ? outcome.body : undefined;
  if (body?.truncate) parts.push('truncated body');
  if (body?.bytesPerSecond !== undefined) parts.push(`trickle ${body.bytesPerSecond} B/s`);
  return parts.length === 0 ? null : parts.join(', ');
}

/** The rule's Retry-After on an injected answer; the header as the rule spelled it. */
export function withRetryAfter(
  response: SimulatorResponse,
  outcome: FaultOutcome,
): SimulatorResponse {
  if (!('retryAfter' in outcome) || outcome.retryAfter === undefined) return response;
  return {
    ...response,
    headers: { ...response.headers, 'retry-after': String(outcome.retryAfter) },
  };
}
