import {
  SharedStateUnavailableError,
  withoutCredentials,
} from '../../../src/core/state/shared-state-unavailable.js';

describe('SharedStateUnavailableError', () => {
  it('keeps the why and drops the credentials of any URL in it', () => {
    const error = new SharedStateUnavailableError(
      'lock.acquire',
      'offline',
      'connect to redis://default:s3cret@cache.internal:6379 and rediss://:other@h:1 failed',
    );
    expect(error.message).toBe(
      'shared state unavailable (lock.acquire, offline): ' +
        'connect to redis://***@cache.internal:6379 and rediss://***@h:1 failed',
    );
    expect(error).toMatchObject({ name: 'SharedStateUnavailableError', failure: 'offline' });
  });

  it('leaves text without credentials alone', () => {
    expect(withoutCredentials('connect ECONNREFUSED 127.0.0.1:6379')).toBe(
      'connect ECONNREFUSED 127.0.0.1:6379',
    );
  });
});
