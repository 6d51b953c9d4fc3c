/**
 * Everything the simulator remembers between requests: both catalogs, the id source for created
 * records, NextToken and ClientToken state. `reset()` puts it back to the seeded state; `settle()`
 * brings tasks up to date with the clock before anything reads the data.
 */
import { createRandom, type Random } from '../../../core/simulator/random.js';
import type { CatalogData } from './data/catalog-data.js';
import type { Catalog } from './data/records.js';
import {
  seedPartnerCentralData,
  type PartnerCentralData,
  type SeedOptions,
} from './data/seed-catalogs.js';
import { NextTokenCodec } from './listing/next-token.js';
import { settleAcceptTasks } from './tasks/accept-invitation-task.js';
import { IdempotencyStore } from './tasks/idempotency.js';
import { settleProspectingTasks } from './tasks/prospecting-task.js';
import type { TaskClock } from './tasks/task-clock.js';

export interface StateOptions extends SeedOptions {
  readonly taskDurationMs: number;
  readonly tokenTtlMs: number;
  /** Epoch milliseconds; every timestamp the simulator creates and every TTL reads it. */
  readonly now: () => number;
}

/** Mixed into the seed for ids created at run time, so they differ from the seeded ones. */
const RUNTIME_ID_SALT = 0x5eed7a5c;

export class PartnerCentralState {
  readonly tokens: NextTokenCodec;
  readonly idempotency = new IdempotencyStore();
  #data: PartnerCentralData;
  #ids: Random;

  constructor(readonly options: StateOptions) {
    this.tokens = new NextTokenCodec(options.tokenTtlMs);
    this.#data = this.#seed();
    this.#ids = createRandom((options.seed ^ RUNTIME_ID_SALT) >>> 0);
  }

  /** Current data with every task settled up to now. */
  get data(): PartnerCentralData {
    this.settle(this.options.now());
    return this.#data;
  }

  /** One catalog as it stands; callers settle first. */
  catalog(name: Catalog): CatalogData {
    return this.#data.catalog(name);
  }

  now(): number {
    return this.options.now();
  }

  taskClock(nowMs: number): TaskClock {
    return {
      ids: this.#ids,
      accountId: this.options.accountId,
      nowMs,
      durationMs: this.options.taskDurationMs,
    };
  }

  settle(nowMs: number): void {
    for (const catalog of this.#data.seeded()) {
      settleAcceptTasks(catalog, nowMs, this.options.accountId);
      settleProspectingTasks(catalog, nowMs);
    }
  }

  /**
   * `AWS` is seeded now, so start-up pays for it rather than the first request; `Sandbox` when it
   * is first read (seed-catalogs.ts says why).
   */
  #seed(): PartnerCentralData {
    const data = seedPartnerCentralData(this.options);
    data.catalog('AWS');
    return data;
  }

  /** Seeded data back; tasks, remembered ClientTokens and every issued NextToken gone. */
  reset(): void {
    this.#data = this.#seed();
    this.#ids = createRandom((this.options.seed ^ RUNTIME_ID_SALT) >>> 0);
    this.tokens.rotate();
    this.idempotency.clear();
  }
}
