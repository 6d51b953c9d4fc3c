import { setTimeout as delay } from 'node:timers/promises';
import { UpstreamSource } from '../../core/errors/index.js';
import { deadlineError } from '../../core/http/caller-deadline.js';
import type { CallContext } from '../../core/http/index.js';
import type { SharedCache, SharedStateHealth } from '../../core/shared/index.js';
import { withLock, type LockStore } from '../../core/state/index.js';

export interface FleetTokenOptions {
  readonly cache: SharedCache;
  readonly locks: LockStore;
  readonly health: SharedStateHealth;
  /** Cache key and lock key of the token (FleetScope): they name the app, never the token. */
  readonly key: string;
  readonly lockKey: string;
  /** How long another replica may adopt a stored token; well below a token's lifetime. */
  readonly ttlMs: number;
}

/**
 * Salesforce's shortest session timeout is 15 minutes: a token shared for 10 is never older than
 * any org lets it live. A replica that holds a token keeps using it past that until the API
 * refuses it; the TTL only bounds how long a token is handed to replicas that have none.
 */
export const SHARED_TOKEN_TTL_MS = 10 * 60_000;

/** How often a replica waiting for another replica's refresh looks for the new token. */
const POLL_MS = 20;
/** A refresh (a few attempts of one POST) fits well inside this; it frees a crashed holder's lock. */
const MAX_LOCK_MS = 30_000;

const SOURCE = { source: UpstreamSource.ACCOUNT_ENGAGEMENT, displayName: 'Salesforce OAuth' };

/**
 * One access token for every replica on the shared store (Redis): a replica without a token
 * takes the stored one; when there is none, or only the one the API has just refused, one
 * replica refreshes under the fleet lock and stores the new token, while the others poll the store
 * for it (and try the lock again, in case its holder failed) until their deadline. Under the lock
 * the stored token is replaced only if it is still absent or the refused one: a replica that
 * comes late to a refusal adopts the token another has already fetched instead of fetching again.
 * With the store unreachable each replica fetches its own (SharedStateHealth's fallback).
 */
export class FleetToken {
  constructor(private readonly options: FleetTokenOptions) {}

  async obtain(
    ctx: CallContext,
    rejected: string | undefined,
    fetch: () => Promise<string>,
  ): Promise<string> {
    const { locks, health, lockKey } = this.options;
    for (;;) {
      const stored = await this.#stored(rejected);
      if (stored !== undefined) return stored;
      const lockTtl = Math.max(1, Math.min(ctx.deadline - Date.now(), MAX_LOCK_MS));
      const outcome = await health.attempt(
        () => withLock(locks, lockKey, lockTtl, () => this.#refresh(rejected, fetch)),
        async () => ({ acquired: true as const, value: await fetch() }),
      );
      if (outcome.acquired) return outcome.value;
      if (ctx.deadline - Date.now() <= POLL_MS) throw deadlineError(SOURCE);
      // Unref'd: a wait still running at shutdown must not keep the process alive.
      await delay(POLL_MS, undefined, { ref: false });
    }
  }

  async #stored(rejected: string | undefined): Promise<string | undefined> {
    const stored = await this.options.cache.get<string>(this.options.key);
    return typeof stored === 'string' && stored !== rejected ? stored : undefined;
  }

  async #refresh(rejected: string | undefined, fetch: () => Promise<string>): Promise<string> {
    // Another replica may have stored a new token between our look and our lock.
    const stored = await this.#stored(rejected);
    if (stored !== undefined) return stored;
    const startedAt = Date.now();
    const token = await fetch();
    const { cache, key, ttlMs } = this.options;
    await cache.setMany([{ key, value: token }], { ttlMs }, startedAt);
    return token;
  }
}
