/**
 * Builds an Account Engagement simulator: seeded records, the definition and the generic HTTP
 * server. The returned server exposes `data` (opportunities with their deleted flag, prospects,
 * campaigns) so tests compute expected answers from the same records the endpoints serve, plus
 * token helpers for tests that need an access token or an expired one.
 */
import type { RequestLogEntry } from '../../../core/simulator/request-log.js';
import {
  SimulatorServer,
  type SimulatorServerOptions,
} from '../../../core/simulator/simulator-server.js';
import { isBusinessUnitId } from './auth/api-auth.js';
import {
  resolveCredentials,
  SIMULATOR_BUSINESS_UNIT_ID,
  type OAuthCredentials,
} from './auth/credentials.js';
import type { AccountEngagementDataset } from './data/dataset.js';
import { createAccountEngagementDefinition, REDACTED_PARAMS } from './definition.js';
import { redactEntry } from './request-log-redaction.js';
import type { ApiVersion } from './request/routes.js';
import { versionOfUnit } from './request/version-rule.js';
import { AccountEngagementState } from './state.js';

export interface AccountEngagementSimulatorOptions {
  /** Opportunities to seed (default 1,000), deleted ones included. */
  readonly records?: number;
  /** Prospects to seed (default half of `records`, at least 1). */
  readonly prospects?: number;
  /** Data seed (default 1). */
  readonly seed?: number;
  /** The one business unit the simulated org has (18 characters starting `0Uv`). */
  readonly businessUnitId?: string;
  /** What the token endpoint accepts; defaults are the exported SIMULATOR_* constants. */
  readonly oauth?: Partial<OAuthCredentials>;
  /** Lifetime of an access token (default 2 hours). */
  readonly tokenTtlMs?: number;
  /**
   * API calls per UTC day (default 100,000, the Advanced/Premium quota,
   * docs/upstreams/account-engagement.md#rate-limits).
   */
  readonly dailyQuota?: number;
  /**
   * Concurrent API requests allowed (default 5,
   * docs/upstreams/account-engagement.md#rate-limits).
   */
  readonly maxConcurrent?: number;
  /** The simulator clock in epoch ms (default Date.now). */
  readonly now?: () => number;
  /** True: a Salesforce connector is present and opportunity writes fail with 37 (default false). */
  readonly connectorDetected?: boolean;
  /**
   * True (default): the business unit allows several prospects with one email address (AMPSEA),
   * as the demo unit does: some seeded prospects share an email, version 4 is served and version
   * 3 answers error 88. False: every email is unique, version 3 is served and version 4 answers
   * error 89 (request/version-rule).
   */
  readonly sharedEmails?: boolean;
  readonly server?: SimulatorServerOptions;
}

/** `npm run simulators` port while there is no Account Engagement configuration. */
export const ACCOUNT_ENGAGEMENT_SIMULATOR_PORT = 4103;
export const DEFAULT_RECORDS = 1_000;
export const DEFAULT_TOKEN_TTL_MS = 2 * 60 * 60 * 1_000;
export const DEFAULT_DAILY_QUOTA = 100_000;
export const DEFAULT_MAX_CONCURRENT = 5;

export class AccountEngagementSimulator extends SimulatorServer {
  readonly #state: AccountEngagementState;

  constructor(state: AccountEngagementState, options: SimulatorServerOptions = {}) {
    super(createAccountEngagementDefinition(state), options);
    this.#state = state;
  }

  /** The records as they stand (writes applied). Replaced by reset(). */
  get data(): AccountEngagementDataset {
    return this.#state.data;
  }

  get businessUnitId(): string {
    return this.#state.options.businessUnitId;
  }

  /** The one API version the business unit answers: 4 with shared emails, else 3. */
  get apiVersion(): ApiVersion {
    return versionOfUnit(this.#state.options.sharedEmails);
  }

  /** The credentials the token endpoint accepts. */
  get oauth(): OAuthCredentials & { readonly refreshToken: string; readonly username: string } {
    return this.#state.options.credentials;
  }

  /** A valid access token without a round trip to the token endpoint. */
  issueToken(): string {
    return this.#state.tokens.issue().accessToken;
  }

  /** Every issued access token stops working (the next API call answers 184). */
  expireAllTokens(): void {
    this.#state.tokens.revokeAll();
  }

  /** API calls counted against today's quota. */
  get apiCallsToday(): number {
    return this.#state.quota.used;
  }

  /** The log with secrets in form bodies redacted (see request-log-redaction). */
  override requests(operation?: string): RequestLogEntry[] {
    return super.requests(operation).map((entry) => redactEntry(entry, REDACTED_PARAMS));
  }

  /** Requests cut off by stop() never answer, so their concurrency slots are freed here. */
  override async stop(): Promise<void> {
    await super.stop();
    this.#state.inFlight.clear();
  }
}

const isCount = (value: number | undefined, min: number): boolean =>
  value === undefined || (Number.isInteger(value) && value >= min);

function validate(options: AccountEngagementSimulatorOptions): void {
  const { records, prospects, tokenTtlMs, dailyQuota, maxConcurrent, businessUnitId, oauth } =
    options;
  if (!isCount(records, 0)) throw new Error(`records must be an integer >= 0 (got ${records})`);
  if (!isCount(prospects, 1)) {
    throw new Error(`prospects must be an integer >= 1 (got ${prospects})`);
  }
  if (tokenTtlMs !== undefined && !(Number.isFinite(tokenTtlMs) && tokenTtlMs > 0)) {
    throw new Error(`tokenTtlMs must be > 0 (got ${tokenTtlMs})`);
  }
  if (!isCount(dailyQuota, 0)) {
    throw new Error(`dailyQuota must be an integer >= 0 (got ${dailyQuota})`);
  }
  if (!isCount(maxConcurrent, 1)) {
    throw new Error(`maxConcurrent must be an integer >= 1 (got ${maxConcurrent})`);
  }
  if (businessUnitId !== undefined && !isBusinessUnitId(businessUnitId)) {
    throw new Error('businessUnitId must be 18 characters starting with 0Uv');
  }
  for (const key of ['clientId', 'clientSecret', 'refreshToken', 'username'] as const) {
    if (oauth?.[key] === '') throw new Error(`oauth.${key} must not be empty`);
  }
}

export function createAccountEngagementSimulator(
  options: AccountEngagementSimulatorOptions = {},
): AccountEngagementSimulator {
  validate(options);
  const records = options.records ?? DEFAULT_RECORDS;
  const state = new AccountEngagementState({
    records,
    prospects: options.prospects ?? Math.max(1, Math.ceil(records / 2)),
    seed: options.seed ?? 1,
    businessUnitId: options.businessUnitId ?? SIMULATOR_BUSINESS_UNIT_ID,
    credentials: resolveCredentials(options.oauth),
    tokenTtlMs: options.tokenTtlMs ?? DEFAULT_TOKEN_TTL_MS,
    dailyQuota: options.dailyQuota ?? DEFAULT_DAILY_QUOTA,
    maxConcurrent: options.maxConcurrent ?? DEFAULT_MAX_CONCURRENT,
    connectorDetected: options.connectorDetected ?? false,
    sharedEmails: options.sharedEmails ?? true,
    now: options.now ?? Date.now,
  });
  return new AccountEngagementSimulator(state, options.server);
}
