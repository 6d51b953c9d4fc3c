import { UpstreamSource } from '../../core/errors/index.js';
import type { QuotaExhausted } from '../../core/http/index.js';
import type { ThrottleSignal } from './throttle-signal.js';

/**
 * What the client says when the account's quota is used up until after the request's deadline.
 * When it is backing off because LeadSquared throttled it, it says what LeadSquared sent, as a
 * retried call would have.
 */
export function quotaExhausted(
  { calls, windowMs }: { calls: number; windowMs: number },
  signal: ThrottleSignal | undefined,
): QuotaExhausted {
  const quota = `quota of ${calls} calls per ${windowMs / 1000} s is used up until after the request deadline`;
  return {
    source: UpstreamSource.LEADSQUARED,
    message: signal
      ? `LeadSquared throttled the account (HTTP ${signal.upstreamStatus}${signal.upstreamCode ? `, ${signal.upstreamCode}` : ''}); its ${quota}`
      : `LeadSquared ${quota}`,
    upstreamStatus: signal?.upstreamStatus,
    upstreamCode: signal?.upstreamCode,
  };
}
