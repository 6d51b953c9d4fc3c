import { checkDuration } from './quota-window.js';

/**
 * A short lock, for work the whole fleet should do once at a time (one token refresh, not one
 * per replica). The holder proves itself with the random token `acquire` returned, so a holder
 * whose lock expired cannot release the next holder's. The TTL frees the lock of a holder that
 * crashed; keep the work well inside it, since an expired lock can be taken by someone else.
 */
export interface LockStore {
  /** A token when `key` was free (or its lock expired), else null. Never waits. */
  acquire(key: string, ttlMs: number): Promise<string | null>;
  /** Frees `key` if `token` still holds it; false when the lock expired or another holds it. */
  release(key: string, token: string): Promise<boolean>;
}

export type LockOutcome<T> = { acquired: true; value: T } | { acquired: false };

/**
 * Runs `fn` under the lock, or not at all when someone else holds it: the caller then waits for
 * the holder's result elsewhere (a shared token), rather than queueing for the lock.
 */
export async function withLock<T>(
  store: LockStore,
  key: string,
  ttlMs: number,
  fn: () => Promise<T>,
): Promise<LockOutcome<T>> {
  const token = await store.acquire(key, ttlMs);
  if (token === null) return { acquired: false };
  try {
    return { acquired: true, value: await fn() };
  } finally {
    // A failed release must not turn finished work into an error: the TTL frees the lock anyway.
    await store.release(key, token).catch(() => false);
  }
}

export function checkLockTtl(ttlMs: number): void {
  checkDuration('lock ttlMs', ttlMs);
}
