import type { RequestLogEntry } from '../../../src/core/simulator/index.js';
import { RequestTally } from '../../../src/benchmark/quota/request-tally.js';
import {
  maxInFlight,
  maxInWindow,
  upstreamFigures,
} from '../../../src/benchmark/quota/upstream-figures.js';

const entry = (fields: Partial<RequestLogEntry>): RequestLogEntry => ({
  seq: 1,
  receivedAt: '',
  receivedAtMs: 0,
  method: 'POST',
  path: '/',
  query: {},
  operation: 'op',
  status: 200,
  durationMs: 10,
  fault: null,
  body: undefined,
  bodyTruncated: false,
  ...fields,
});

describe('quota-bound benchmark figures', () => {
  it('counts the most arrivals in any window (t - window, t]', () => {
    expect(maxInWindow([], 5_000)).toBe(0);
    expect(maxInWindow([0, 1_000, 4_999, 5_000, 9_999], 5_000)).toBe(3);
    expect(maxInWindow([9_999, 0, 5_000, 4_999, 1_000], 5_000)).toBe(3);
    expect(maxInWindow([0, 0, 0], 1)).toBe(3);
  });

  it('counts the most requests in flight; an answer frees its slot for an arrival at that instant', () => {
    const at = (receivedAtMs: number, durationMs: number | null) =>
      entry({ receivedAtMs, durationMs });
    expect(maxInFlight([at(0, 10), at(5, 10), at(10, 10), at(12, 1)])).toBe(3);
    expect(maxInFlight([at(0, 10), at(10, 10)])).toBe(1);
    expect(maxInFlight([at(0, null), at(50, 1)], 100)).toBe(2);
  });

  it('reads calls, windows, throttles and tokens from the request logs', () => {
    const figures = upstreamFigures(
      {
        leadSquared: [
          entry({ receivedAtMs: 0 }),
          entry({ receivedAtMs: 4_000, status: 429 }),
          entry({ receivedAtMs: 6_000 }),
        ],
        partnerCentral: [
          entry({ operation: 'ListOpportunities', receivedAtMs: 0 }),
          entry({ operation: 'ListOpportunities', receivedAtMs: 999 }),
          entry({ operation: 'GetOpportunity', receivedAtMs: 500 }),
        ],
        accountEngagement: [
          entry({ operation: 'oauth.token', receivedAtMs: 0, durationMs: 1_000 }),
          entry({ operation: 'opportunity.query', receivedAtMs: 10, status: 400 }),
        ],
      },
      5_000,
    );
    expect(figures).toEqual({
      calls: 8,
      bySource: { leadSquared: 3, partnerCentral: 3, accountEngagement: 2 },
      leadSquaredMaxInWindow: 2,
      partnerCentralMaxPerSecond: 2,
      accountEngagementMaxInFlight: 1,
      throttled: 1,
      otherFailures: 1,
      tokenRequests: 1,
    });
  });

  it('tallies "graphql request" log lines, split across writes, and those without a call', () => {
    const tally = new RequestTally();
    const line = (calls: number) =>
      `${JSON.stringify({ msg: 'graphql request', upstreamCalls: calls })}\n`;
    const text = line(0) + line(2) + JSON.stringify({ msg: 'other' }) + '\n' + line(0);
    tally.write(text.slice(0, 30));
    tally.write(text.slice(30));
    expect(tally.counts()).toEqual({ requests: 3, withoutCall: 2 });
    tally.reset();
    expect(tally.counts()).toEqual({ requests: 0, withoutCall: 0 });
  });
});
