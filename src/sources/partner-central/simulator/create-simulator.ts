/**
 * Builds a Partner Central Selling simulator: seeded catalogs, the definition and the generic HTTP
 * server. The returned server exposes `data` (both catalogs, tasks settled up to now), so tests
 * compute expected answers from the same records the operations serve.
 */
import {
  SimulatorServer,
  type SimulatorServerOptions,
} from '../../../core/simulator/simulator-server.js';
import type { PartnerCentralData } from './data/seed-catalogs.js';
import { DEFAULT_SIGNING_REGION } from './authentication.js';
import { createPartnerCentralDefinition } from './definition.js';
import { DEFAULT_TOKEN_TTL_MS } from './listing/next-token.js';
import type { ThrottlingOption } from './quotas.js';
import { PartnerCentralState } from './state.js';
import { OperationThrottle } from './throttle.js';

export interface PartnerCentralSimulatorOptions {
  /** Opportunities per catalog (default 1,000). */
  readonly records?: number;
  /** Engagement invitations per catalog (default 30). */
  readonly invitations?: number;
  /** Data seed (default 1). */
  readonly seed?: number;
  /** How long tasks run before they end (default 3,000 ms). */
  readonly taskDurationMs?: number;
  /** How long a NextToken stays valid (default 15 minutes). */
  readonly tokenTtlMs?: number;
  /**
   * Per-operation rate limits: on with the published rates by default
   * (docs/upstreams/partner-central.md#rate-limits).
   */
  readonly throttling?: ThrottlingOption;
  /** The simulator's clock in epoch ms (default Date.now): tasks, token TTL and throttling. */
  readonly now?: () => number;
  /** The partner's AWS account id (default 111122223333). */
  readonly accountId?: string;
  /**
   * The region a request's SigV4 credential scope must name (default us-east-1); the client signs
   * with PARTNER_CENTRAL_REGION (docs/upstreams/partner-central.md#authentication).
   */
  readonly region?: string;
  readonly server?: SimulatorServerOptions;
}

/** `npm run simulators` port while there is no Partner Central configuration. */
export const PARTNER_CENTRAL_SIMULATOR_PORT = 4102;
export const DEFAULT_RECORDS = 1_000;
export const DEFAULT_INVITATIONS = 30;
export const DEFAULT_TASK_DURATION_MS = 3_000;
export const DEFAULT_ACCOUNT_ID = '111122223333';

export class PartnerCentralSimulator extends SimulatorServer {
  readonly #state: PartnerCentralState;

  constructor(
    state: PartnerCentralState,
    throttle: OperationThrottle,
    options: SimulatorServerOptions = {},
    /** The region SigV4 credential scopes must name. */
    readonly region: string = DEFAULT_SIGNING_REGION,
  ) {
    super(createPartnerCentralDefinition(state, throttle, region), options);
    this.#state = state;
  }

  /** Both catalogs as they stand now (finished tasks applied). Replaced by reset(). */
  get data(): PartnerCentralData {
    return this.#state.data;
  }
}

const isCount = (value: number | undefined): boolean =>
  value === undefined || (Number.isInteger(value) && value >= 0);

function validate(options: PartnerCentralSimulatorOptions): void {
  const { records, invitations, taskDurationMs, tokenTtlMs, throttling, accountId, region } =
    options;
  if (!isCount(records)) throw new Error(`records must be an integer >= 0 (got ${records})`);
  if (!isCount(invitations)) {
    throw new Error(`invitations must be an integer >= 0 (got ${invitations})`);
  }
  if (taskDurationMs !== undefined && !(Number.isFinite(taskDurationMs) && taskDurationMs >= 0)) {
    throw new Error(`taskDurationMs must be >= 0 (got ${taskDurationMs})`);
  }
  if (tokenTtlMs !== undefined && !(Number.isFinite(tokenTtlMs) && tokenTtlMs > 0)) {
    throw new Error(`tokenTtlMs must be > 0 (got ${tokenTtlMs})`);
  }
  if (throttling !== undefined && throttling !== false && !(throttling.scale > 0)) {
    throw new Error(`throttling.scale must be > 0 (got ${throttling.scale})`);
  }
  if (accountId !== undefined && !/^[0-9]{12}$/.test(accountId)) {
    throw new Error('accountId must be 12 digits');
  }
  // A scope element: anything but a slash or whitespace could be signed for.
  if (region !== undefined && !/^[^\s/]+$/.test(region)) {
    throw new Error(`region must be a region name such as us-east-1 (got "${region}")`);
  }
}

export function createPartnerCentralSimulator(
  options: PartnerCentralSimulatorOptions = {},
): PartnerCentralSimulator {
  validate(options);
  const now = options.now ?? Date.now;
  const state = new PartnerCentralState({
    records: options.records ?? DEFAULT_RECORDS,
    invitations: options.invitations ?? DEFAULT_INVITATIONS,
    seed: options.seed ?? 1,
    accountId: options.accountId ?? DEFAULT_ACCOUNT_ID,
    taskDurationMs: options.taskDurationMs ?? DEFAULT_TASK_DURATION_MS,
    tokenTtlMs: options.tokenTtlMs ?? DEFAULT_TOKEN_TTL_MS,
    now,
  });
  const throttle = new OperationThrottle(options.throttling ?? { scale: 1 }, now);
  return new PartnerCentralSimulator(state, throttle, options.server, options.region);
}
