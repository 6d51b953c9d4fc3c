import { cacheKey } from '../../../src/core/shared/index.js';
import { cacheKeyLabels } from '../../../src/core/shared/cached-reads.js';

describe('cache metric labels from a cache key', () => {
  it('are its source and kind, never the ids or queries after them', () => {
    expect(
      cacheKeyLabels(cacheKey('PARTNER_CENTRAL', 'opportunity-detail', 'AWS', 'O123')),
    ).toEqual({ source: 'PARTNER_CENTRAL', kind: 'opportunity-detail' });
    expect(
      cacheKeyLabels(cacheKey('ACCOUNT_ENGAGEMENT', 'opportunities', '0Uv', 'a=1&b=https://x/?y')),
    ).toEqual({ source: 'ACCOUNT_ENGAGEMENT', kind: 'opportunities' });
  });

  it('are "other" for a key cacheKey did not build, or parts that are not plain words', () => {
    for (const key of ['', 'plain', 'v2|LEADSQUARED|lead|1', 'v1|LEADSQUARED', 'v1|a=b|lead|1'])
      expect(cacheKeyLabels(key)).toEqual({ source: 'other', kind: 'other' });
    expect(cacheKeyLabels('v1|LEADSQUARED|https://x|1')).toEqual({
      source: 'other',
      kind: 'other',
    });
  });
});
