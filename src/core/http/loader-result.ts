import { UpstreamError } from '../errors/index.js';

/**
 * A failed look-up as one key's DataLoader result: an Error for that key alone (DataLoader
 * rejects just that `load`), so a single bad key never fails its batch-mates.
 */
export function asKeyError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** As asKeyError, but an upstream NOT_FOUND is a `null` result: the record does not exist. */
export function notFoundAsNull(error: unknown): Error | null {
  if (error instanceof UpstreamError && error.code === 'NOT_FOUND') return null;
  return asKeyError(error);
}
