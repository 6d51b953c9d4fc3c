import {
  CacheUnavailableError,
  SharedStateUnavailableError,
} from '../../../src/core/state/shared-state-unavailable.js';

describe('CacheUnavailableError', () => {
  it('names the operation and the failure, never credentials of a URL in it, and keeps no cause', () => {
    const failure = new Error('connect ECONNREFUSED redis://default:s3cret-pw@10.0.0.5:6379');
    const error = new CacheUnavailableError('getMany', failure);
    expect(error.message).toBe(
      'cache store unavailable: getMany failed (Error: connect ECONNREFUSED redis://***@10.0.0.5:6379)',
    );
    expect(error.cause).toBeUndefined();
    expect(error.operation).toBe('getMany');
  });

  it('is the shared-state error, keeping the kind and detail of the client error it words', () => {
    const late = new SharedStateUnavailableError('cache.get', 'timeout', 'Error: no answer');
    const error = new CacheUnavailableError('get', late);
    expect(error).toBeInstanceOf(SharedStateUnavailableError);
    expect(error).toMatchObject({ name: 'CacheUnavailableError', failure: 'timeout' });
    expect(error.message).toBe('cache store unavailable: get failed (Error: no answer)');
    expect(new CacheUnavailableError('set', new Error('reset')).failure).toBe('offline');
  });
});
