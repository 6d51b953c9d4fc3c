/**
 * The rolling 24-hour quotas of the Partner Central client's limiters: the operations with a
 * published daily quota have one, scaled like the per-second rates, named so that replicas on one
 * Redis share it; the others have none.
 */
import { QuotaWaitExceedsDeadline } from '../../../src/core/http/index.js';
import type { QuotaSpec } from '../../../src/core/shared/index.js';
import {
  OperationLimiters,
  quotaKey,
} from '../../../src/sources/partner-central/operation-limiters.js';
import { SlidingWindowLimiter } from '../../../src/core/http/index.js';

const FAR = Number.MAX_SAFE_INTEGER;

describe('OperationLimiters daily quotas', () => {
  it('reads 100,000 and writes 10,000 per rolling 24 hours, times the scale; none where none is published', () => {
    const asked = new Map<string, QuotaSpec>();
    const limiters = new OperationLimiters(2, (key, spec) => {
      asked.set(key, spec);
      return new SlidingWindowLimiter(spec);
    });
    try {
      expect(asked.get(quotaKey('ListOpportunities', 'per-day'))).toEqual({
        calls: 200_000,
        windowMs: 86_400_000,
        marginMs: 1_000,
      });
      expect(asked.get(quotaKey('StartEngagementByAcceptingInvitationTask', 'per-day'))).toEqual(
        expect.objectContaining({ calls: 20_000, windowMs: 86_400_000 }),
      );
      expect(asked.get(quotaKey('ListOpportunities', 'per-second'))).toEqual({
        calls: 20,
        windowMs: 1_000,
        marginMs: 50,
      });
      expect(limiters.daily('GetProspectingFromEngagementTask')).toBeUndefined();
      expect(asked.has(quotaKey('GetProspectingFromEngagementTask', 'per-day'))).toBe(false);
      expect(quotaKey('ListOpportunities', 'per-day')).toBe(
        'PARTNER_CENTRAL:ListOpportunities:per-day',
      );
    } finally {
      limiters.close();
    }
  });

  it('a spent daily quota refuses at once, telling the wait until a call of the day leaves the window', async () => {
    const limiters = new OperationLimiters(0.01); // 1,000 reads a day
    try {
      const daily = limiters.daily('GetEngagementInvitation')!;
      expect(daily.calls).toBe(1_000);
      for (let call = 0; call < 1_000; call += 1) await daily.limiter.acquire(FAR);
      const refused = await daily.limiter
        .acquire(Date.now() + 60_000)
        .catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(QuotaWaitExceedsDeadline);
      expect((refused as QuotaWaitExceedsDeadline).waitMs).toBeGreaterThan(86_000_000);
    } finally {
      limiters.close();
    }
  });
});
