import { loadConfig } from '../../../src/config.js';
import { problems } from '../../support/config-problems.js';

describe('per-caller limits settings', () => {
  it('default to 600 requests a minute and half of each source limit', () => {
    expect(loadConfig({}).callerLimits).toEqual({ requestsPerMinute: 600, quotaShare: 0.5 });
  });

  it('read 0 as "no request rate" and 1 as "no share cap"', () => {
    expect(
      loadConfig({ CALLER_REQUESTS_PER_MINUTE: '0', CALLER_QUOTA_SHARE: '1' }).callerLimits,
    ).toEqual({ requestsPerMinute: 0, quotaShare: 1 });
  });

  it.each([
    ['CALLER_REQUESTS_PER_MINUTE', '-1', 'an integer from 0 to 1000000'],
    ['CALLER_REQUESTS_PER_MINUTE', '2.5', 'an integer from 0 to 1000000'],
    ['CALLER_QUOTA_SHARE', '0', 'a number from 0.01 to 1'],
    ['CALLER_QUOTA_SHARE', '1.5', 'a number from 0.01 to 1'],
    ['CALLER_QUOTA_SHARE', 'half', 'a number from 0.01 to 1'],
  ])('refuse %s=%s, naming the variable and the rule', (name, value, rule) => {
    expect(problems({ [name]: value })).toEqual([`${name} must be ${rule} (got "${value}")`]);
  });
});
