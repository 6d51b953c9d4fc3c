/**
 * Everything the simulator remembers between requests: the records, issued tokens, the daily
 * count and the pending requests. `reset()` puts it back to the seeded state: data re-seeded,
 * every token revoked, counters cleared.
 */
import type { ResolvedCredentials } from './auth/credentials.js';
import { TokenStore } from './auth/token-store.js';
import type { AccountEngagementDataset } from './data/dataset.js';
import { seedDataset, type SeedOptions } from './data/seed.js';
import { DailyQuota } from './limits/daily-quota.js';
import { InFlightRequests } from './limits/in-flight.js';

export interface StateOptions extends SeedOptions {
  readonly businessUnitId: string;
  readonly credentials: ResolvedCredentials;
  readonly tokenTtlMs: number;
  readonly dailyQuota: number;
  readonly maxConcurrent: number;
  readonly connectorDetected: boolean;
  /** The unit allows several prospects per email (AMPSEA): version 4 only (request/version-rule). */
  readonly sharedEmails: boolean;
  /** Epoch ms: token expiry, date keywords, write timestamps, the quota's day. */
  readonly now: () => number;
}

export class AccountEngagementState {
  readonly tokens: TokenStore;
  readonly quota: DailyQuota;
  readonly inFlight: InFlightRequests;
  #data: AccountEngagementDataset;

  constructor(readonly options: StateOptions) {
    this.tokens = new TokenStore(options.tokenTtlMs, options.now);
    this.quota = new DailyQuota(options.dailyQuota, options.now);
    this.inFlight = new InFlightRequests(options.maxConcurrent);
    this.#data = seedDataset(options);
  }

  get data(): AccountEngagementDataset {
    return this.#data;
  }

  now(): number {
    return this.options.now();
  }

  reset(): void {
    this.#data = seedDataset(this.options);
    this.tokens.revokeAll();
    this.quota.reset();
    this.inFlight.clear();
  }
}
