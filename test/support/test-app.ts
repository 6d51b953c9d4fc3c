import 'reflect-metadata';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { startApp, type RunningApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logging/logger.js';
import type { AccountEngagementSimulator } from '../../src/sources/account-engagement/simulator/index.js';
import type { LeadSquaredSimulator } from '../../src/sources/leadsquared/simulator/index.js';
import type { PartnerCentralSimulator } from '../../src/sources/partner-central/simulator/index.js';
import type { SourceKey, SourceSimulators } from '../../src/sources/registry.js';
import { LogCapture } from './log-capture.js';
import { postGraphql, type GraphqlAnswer } from './post-graphql.js';

/** Distinctive keys: tests grep responses and logs for them to prove they never leak. */
export const TEST_LSQ_ACCESS_KEY = 'lsq-test-access-AK7Q2Z9XW4';
export const TEST_LSQ_SECRET_KEY = 'lsq-test-secret-SK3M8V1PL6';
export const TEST_SECRETS = [TEST_LSQ_ACCESS_KEY, TEST_LSQ_SECRET_KEY] as const;

export interface TestApp {
  readonly app: RunningApp;
  readonly url: string;
  readonly lsq: LeadSquaredSimulator;
  /**
   * The in-process Partner Central simulator (request log by X-Amz-Target operation, faults,
   * `data`). Throws when the app was started with Partner Central out of simulator mode.
   */
  readonly pc: PartnerCentralSimulator;
  /**
   * The in-process Account Engagement simulator (request log by operation such as
   * `opportunity.query` or `oauth.token`, faults, `data`, expireAllTokens()). Throws when the app
   * was started with Account Engagement out of simulator mode.
   */
  readonly ae: AccountEngagementSimulator;
  /** Any source's in-process simulator by module key; throws when that source is not simulated. */
  simulator<K extends SourceKey>(key: K): NonNullable<SourceSimulators[K]>;
  readonly logs: LogCapture;
  /** POST /graphql over real HTTP; returns the parsed body and the raw text (for secret greps). */
  graphql<TData = Record<string, unknown>, TVariables = Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables> | string,
    variables?: TVariables,
    headers?: Record<string, string>,
  ): Promise<GraphqlAnswer<TData>>;
  stop(): Promise<void>;
}

/** Every source's cache TTLs at 0: reads go upstream each time (identical calls are still shared). */
export const CACHE_OFF: Record<string, string> = Object.fromEntries(
  ['LEADSQUARED', 'PARTNER_CENTRAL', 'ACCOUNT_ENGAGEMENT'].flatMap((prefix) => [
    [`${prefix}_CACHE_RECORD_TTL_MS`, '0'],
    [`${prefix}_CACHE_LISTING_TTL_MS`, '0'],
  ]),
);

/**
 * The whole server in-process on port 0, its LeadSquared simulator on port 0 in simulator mode
 * with the distinctive test keys, and every log line captured. `env` overrides any variable.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'debug',
    LEADSQUARED_MODE: 'simulator',
    LEADSQUARED_ACCESS_KEY: TEST_LSQ_ACCESS_KEY,
    LEADSQUARED_SECRET_KEY: TEST_LSQ_SECRET_KEY,
    SIMULATOR_RECORDS: '1000',
    PARTNER_CENTRAL_MODE: 'simulator',
    ACCOUNT_ENGAGEMENT_MODE: 'simulator',
    PARTNER_CENTRAL_CATALOGS: 'AWS,Sandbox',
    PARTNER_CENTRAL_SIMULATOR_TASK_DURATION_MS: '100',
    // Walks of 1,000 records take ~150 calls; at the published 10/s they would take 15 s each.
    // Tests of throttling itself set the scale back to 1.
    PARTNER_CENTRAL_QUOTA_SCALE: '100',
    // Tests count upstream calls request by request; the tests of the cache turn it on.
    ...CACHE_OFF,
    ...env,
  });
  const logs = new LogCapture();
  const app = await startApp(config, createLogger(config.logLevel, logs));
  const simulator = <K extends SourceKey>(key: K): NonNullable<SourceSimulators[K]> => {
    const running = app.sources.simulators[key];
    if (!running) throw new Error(`the ${key} simulator did not start`);
    return running as NonNullable<SourceSimulators[K]>;
  };
  // Started eagerly: every test app runs LeadSquared on its simulator.
  const lsq = simulator('leadSquared');
  return {
    app,
    url: app.url,
    simulator,
    lsq,
    get pc() {
      return simulator('partnerCentral');
    },
    get ae() {
      return simulator('accountEngagement');
    },
    logs,
    graphql: (document, variables, headers) => postGraphql(app.url, document, variables, headers),
    stop: () => app.stop(),
  };
}

/** Fails with the offending place when any secret appears in `text`. */
export function expectNoSecrets(text: string, secrets: readonly string[] = TEST_SECRETS): void {
  for (const secret of secrets) {
    const at = text.indexOf(secret);
    if (at !== -1)
      throw new Error(`secret leaked near: ${text.slice(Math.max(0, at - 80), at + 80)}`);
  }
}
