import { SharedStateUnavailableError } from '../state/index.js';
import type { UpstreamObserver } from '../telemetry/upstream-observer.js';

/** What /ready and the log say about the shared state. */
export interface SharedStateStatus {
  /** `memory`: this process only (no REDIS_URL). `redis`: shared with every replica. */
  readonly store: 'memory' | 'redis';
  /**
   * `ok`, or `degraded`: Redis is configured but unreachable, so this replica runs on its local
   * share of every quota and reads upstreams without the shared cache until it returns.
   */
  readonly status: 'ok' | 'degraded';
  /** Degraded only: why (failure kind and the client's message, credentials taken out). */
  readonly reason?: string;
}

export interface HealthLog {
  warn(fields: object, message: string): void;
  info(fields: object, message: string): void;
}

/** Slow answers in a row that count as an outage; fewer are a busy moment, not a reason to split. */
const TIMEOUTS_BEFORE_DEGRADED = 3;

/**
 * Whether the shared store can be used right now. A lost connection, an error reply, or several
 * timeouts in a row mark it degraded for `retryAfterMs`:
 * meanwhile callers go straight to their local fallback instead of paying a timeout each, and the
 * first call after that tries Redis again, so sharing resumes by itself once Redis is back.
 * Transitions are logged once each, never every failed call.
 */
export class SharedStateHealth {
  #failedAt = 0;
  #reason: string | undefined;
  #timeoutsInARow = 0;

  constructor(
    readonly store: 'memory' | 'redis',
    private readonly log: HealthLog,
    private readonly options: {
      retryAfterMs?: number;
      isConnected?: () => boolean;
      observer?: UpstreamObserver;
    } = {},
  ) {}

  /** True when a call to the shared store is worth trying. */
  get usable(): boolean {
    if (this.store === 'memory') return true;
    if (this.#reason === undefined) return this.options.isConnected?.() ?? true;
    return Date.now() - this.#failedAt >= (this.options.retryAfterMs ?? 1_000);
  }

  /**
   * A shared-store call failed: degraded from now on, said once. Other errors are rethrown. One
   * slow answer (a loaded machine) is not an outage: falling back then would let this replica spend
   * its local share on top of what the others take from Redis, so only a lost connection, an
   * error, or TIMEOUTS_BEFORE_DEGRADED timeouts in a row degrade; the caller treats a single
   * timeout like any failed call (a cache miss, a quota turn asked for again).
   */
  failed(error: unknown): void {
    if (!(error instanceof SharedStateUnavailableError)) throw error;
    if (error.failure === 'timeout') {
      this.#timeoutsInARow += 1;
      if (this.#timeoutsInARow < TIMEOUTS_BEFORE_DEGRADED && this.#reason === undefined) return;
    }
    this.#failedAt = Date.now();
    if (this.#reason !== undefined) return;
    this.#reason = `${error.failure}: ${error.detail}`;
    this.options.observer?.sharedStateChanged({ status: 'degraded', failure: error.failure });
    this.log.warn(
      { sharedState: 'degraded', operation: error.operation, failure: error.failure },
      `shared state unavailable, each replica now uses its local share of the quotas: ${error.message}`,
    );
  }

  /** A shared-store call succeeded: back to normal, said once. */
  succeeded(): void {
    this.#timeoutsInARow = 0;
    if (this.#reason === undefined) return;
    this.#reason = undefined;
    this.options.observer?.sharedStateChanged({ status: 'ok' });
    this.log.info({ sharedState: 'ok' }, 'shared state reachable again, sharing resumed');
  }

  status(): SharedStateStatus {
    const connected = this.options.isConnected?.() ?? true;
    if (this.store === 'memory') return { store: 'memory', status: 'ok' };
    if (this.#reason !== undefined)
      return { store: 'redis', status: 'degraded', reason: this.#reason };
    if (!connected) return { store: 'redis', status: 'degraded', reason: 'offline: not connected' };
    return { store: 'redis', status: 'ok' };
  }

  /** Runs `shared` when usable; on a shared-state failure (or when not usable) runs `local`. */
  async attempt<T>(shared: () => Promise<T>, local: () => Promise<T> | T): Promise<T> {
    if (!this.usable) return local();
    try {
      const value = await shared();
      this.succeeded();
      return value;
    } catch (error) {
      this.failed(error);
      return local();
    }
  }
}
