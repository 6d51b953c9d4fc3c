/**
 * Builds a LeadSquared simulator: seeded data, the definition, and the generic HTTP server. The
 * returned server exposes the seeded `data`, so tests compute expected answers from the same
 * records the endpoints serve.
 */
import {
  SimulatorServer,
  type SimulatorServerOptions,
} from '../../../core/simulator/simulator-server.js';
import type { LeadSquaredDataset } from './dataset.js';
import { createLeadSquaredDefinition, type ThrottleStatus } from './definition.js';
import type { RateLimit } from './rate-limiter.js';
import { seedLeadSquaredDataset } from './seed-dataset.js';

export interface LeadSquaredSimulatorOptions {
  /** Opportunities per event code (default 1000). */
  readonly records?: number;
  /** Opportunity types to seed (default 12000, 12001, 12003). */
  readonly eventCodes?: readonly number[];
  readonly accessKey: string;
  readonly secretKey: string;
  /**
   * Account-wide sliding window (default 25 calls per 5000 ms,
   * docs/upstreams/leadsquared.md#rate-limits).
   */
  readonly rateLimit?: RateLimit;
  /** Status of a throttled call (default 429). */
  readonly throttleStatus?: ThrottleStatus;
  /** Data seed (default 1). */
  readonly seed?: number;
  readonly server?: SimulatorServerOptions;
}

export const DEFAULT_EVENT_CODES: readonly number[] = [12000, 12001, 12003];
export const DEFAULT_RECORDS = 1_000;
export const DEFAULT_RATE_LIMIT: RateLimit = { calls: 25, windowMs: 5_000 };

export class LeadSquaredSimulator extends SimulatorServer {
  constructor(
    readonly data: LeadSquaredDataset,
    options: LeadSquaredSimulatorOptions,
  ) {
    super(
      createLeadSquaredDefinition(data, {
        keys: { accessKey: options.accessKey, secretKey: options.secretKey },
        rateLimit: options.rateLimit ?? DEFAULT_RATE_LIMIT,
        throttleStatus: options.throttleStatus ?? 429,
      }),
      options.server,
    );
  }
}

function validate(options: LeadSquaredSimulatorOptions): void {
  const { records, eventCodes, rateLimit } = options;
  if (records !== undefined && !(Number.isInteger(records) && records >= 1)) {
    throw new Error(`records must be a positive integer (got ${records})`);
  }
  if (
    eventCodes !== undefined &&
    (eventCodes.length === 0 || new Set(eventCodes).size !== eventCodes.length)
  ) {
    throw new Error('eventCodes must be a non-empty list without repeats');
  }
  if (rateLimit !== undefined && !(rateLimit.calls >= 1 && rateLimit.windowMs > 0)) {
    throw new Error('rateLimit needs calls >= 1 and windowMs > 0');
  }
  if (options.accessKey === '' || options.secretKey === '') {
    throw new Error('accessKey and secretKey must not be empty');
  }
}

export function createLeadSquaredSimulator(
  options: LeadSquaredSimulatorOptions,
): LeadSquaredSimulator {
  validate(options);
  const data = seedLeadSquaredDataset({
    records: options.records ?? DEFAULT_RECORDS,
    eventCodes: options.eventCodes ?? DEFAULT_EVENT_CODES,
    seed: options.seed ?? 1,
  });
  return new LeadSquaredSimulator(data, options);
}
