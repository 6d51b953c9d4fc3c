import { callerDigest, callerIdOf } from '../../../src/server/callers/caller-id.js';
import { retryAfterSeconds, shareOf, windowText } from '../../../src/server/callers/share.js';

describe('shareOf', () => {
  it.each([
    [25, 0.5, 12], // LeadSquared's 25 calls per 5 s
    [5, 0.5, 2], // Account Engagement's five slots
    [10, 0.3, 3],
    [100, 0.29, 29], // 28.999... in floating point: not a call lost to rounding
    [100_000, 0.5, 50_000],
    [1, 0.5, 1], // a write allowed once a second: a caller still gets it
    [2, 0.01, 1],
    [25, 1, 25],
  ])('%i at %f is %i', (total, share, expected) => {
    expect(shareOf(total, share)).toBe(expected);
  });
});

describe('retryAfterSeconds', () => {
  it('rounds up to whole seconds, at least 1', () => {
    expect([0, 1, 999, 1_000, 1_001, 10_100].map(retryAfterSeconds)).toEqual([1, 1, 1, 1, 2, 11]);
  });
});

describe('windowText', () => {
  it('says a window as a person would', () => {
    expect([1_000, 5_000, 1_500, 60_000, 86_400_000].map(windowText)).toEqual([
      '1 s',
      '5 s',
      '1.5 s',
      '1 min',
      '24 h',
    ]);
  });
});

describe('callerIdOf', () => {
  it('is the sub, else the client_id, else nobody', () => {
    expect(callerIdOf({ subject: 'u-1', clientId: 'app' })).toEqual({ id: 'u-1', claim: 'sub' });
    expect(callerIdOf({ clientId: 'app' })).toEqual({ id: 'app', claim: 'client_id' });
    expect(callerIdOf({ subject: '', clientId: undefined })).toBeUndefined();
    expect(callerIdOf({})).toBeUndefined();
  });
});

describe('callerDigest', () => {
  it('is 16 hex digits of SHA-256, stable, and never the id itself', () => {
    const digest = callerDigest({ id: 'ana@example.com', claim: 'sub' });
    expect(digest).toMatch(/^[0-9a-f]{16}$/);
    expect(callerDigest({ id: 'ana@example.com', claim: 'sub' })).toBe(digest);
    expect(digest).not.toContain('ana');
  });

  it('tells callers apart, and a sub from a client_id of the same text', () => {
    const digests = [
      callerDigest({ id: 'a', claim: 'sub' }),
      callerDigest({ id: 'b', claim: 'sub' }),
      callerDigest({ id: 'a', claim: 'client_id' }),
    ];
    expect(new Set(digests).size).toBe(3);
  });
});
