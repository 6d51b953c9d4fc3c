import { SharedStateUnavailableError } from '../state/index.js';

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

/**
 * Whether the shared store can be used right now. A failure marks it degraded for `retryAfterMs`:
 * meanwhile callers go straight to their local fallback instead of paying a timeout each, and the
 * first call after that tries Redis again, so sharing resumes by itself once Redis is back.
 * Transitions are logged once each, never every failed call.
 */
export class SharedStateHealth {
  #failedAt = 0;
  #reason: string | undefined;

  constructor(
    readonly store: 'memory' | 'redis',
    private readonly log: HealthLog,
    private readonly options: { retryAfterMs?: number; isConnected?: () => boolean } = {},
  ) {}

  /** True when a call to the shared store is worth trying. */
  get usable(): boolean {
    if (this.store === 'memory') return true;
    if (this.#reason === undefined) return this.options.isConnected?.() ?? true;
    return Date.now() - this.#failedAt >= (this.options.retryAfterMs ?? 1_000);
  }

  /** A shared-store call failed: degraded from now on, said once. Other errors are rethrown. */
  failed(error: unknown): void {
    if (!(error instanceof SharedStateUnavailableError)) throw error;
    this.#failedAt = Date.now();
    if (this.#reason !== undefined) return;
    this.#reason = `${error.failure}: ${error.detail}`;
    this.log.warn(
      { sharedState: 'degraded', operation: error.operation, failure: error.failure },
      `shared state unavailable, each replica now uses its local share of the quotas: ${error.message}`,
    );
  }

  /** A shared-store call succeeded: back to normal, said once. */
  succeeded(): void {
    if (this.#reason === undefined) return;
    this.#reason = undefined;
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
