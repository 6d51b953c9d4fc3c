/**
 * The contract every source module fulfils. The registry (registry.ts) lists the modules; config,
 * start-up, readiness, the standalone simulators, per-request loaders and log redaction iterate it
 * instead of naming sources, so a new source is its own folder plus one line there
 * (docs/architecture.md#adding-a-source).
 */
import type { EnvReader } from '../config/env-reader.js';
import type { NodeEnv } from '../config/mode.js';
import type { UpstreamSource } from '../core/errors/index.js';
import type { CallContext } from '../core/http/index.js';
import type { SimulatorServer } from '../core/simulator/index.js';
import type { Logger } from '../logging/logger.js';
import type { Context } from '../context.js';
import type { MergeStream, StreamSpec } from '../core/pagination/merged/stream.js';
import type { MergedQuery } from './merged/merged-query.js';
import type { SourceMode } from '../config/mode.js';
import type { SharedState } from '../core/shared/index.js';

/** Settings every source reads besides its own part of the configuration. */
export interface SharedSettings {
  /** Opportunities per catalog / event code that the simulators seed (SIMULATOR_RECORDS). */
  readonly simulatorRecords: number;
  /** Names of the variables that came from `.env`, so start-up can say where credentials came from. */
  readonly fromEnvFile: readonly string[];
  /** Quotas, slots, locks and cache: this process's, or the fleet's on Redis (core/shared/). */
  readonly state: SharedState;
}

/** A source as the app runs it: its service (client + config), its simulator if any. */
export interface StartedSource<TService, TSimulator> {
  readonly service: TService;
  readonly simulator: TSimulator | undefined;
  /**
   * A cheap upstream call that proves host and credentials work, finished by `deadline`. Start-up
   * turns it into the source's readiness (cached, state changes logged: ./readiness.ts).
   */
  probe(deadline: number): Promise<void>;
  close(): Promise<void>;
}

/** What every source's configuration says about how it runs (config/mode.ts). */
export interface SourceModeConfig {
  readonly mode: SourceMode;
  /** Credential variables that turned `auto` live; empty when the mode was asked for. */
  readonly liveBecause: readonly string[];
}

/** A simulator for `npm run simulators`, with the port it takes when the configuration says 0. */
export interface StandaloneSimulator {
  readonly server: SimulatorServer;
  readonly port: number;
}

/** A source's part of the merged `opportunities` listing (src/sources/merged/). */
export interface MergedListingPart<TService> {
  /** The lists it reads under the configuration (one per catalog, event code, ...), in order. */
  streams(service: TService): readonly StreamSpec[];
  /**
   * The reader of one of its lists. `selection` is what schema/ worked out from the query that this
   * source must fetch up front (src/schema/opportunity/merged-selection.ts), or undefined.
   */
  open(spec: StreamSpec, query: MergedQuery, ctx: Context, selection: unknown): MergeStream;
}

export interface SourceModule<
  TKey extends string,
  TConfig extends SourceModeConfig,
  TService,
  TSimulator extends SimulatorServer,
  TLoaders extends object,
> {
  /** The property name of this source in `config.sources`, the services, the simulators and /ready. */
  readonly key: TKey;
  /** `extensions.source` of its errors and the `source` field of its log lines. */
  readonly source: UpstreamSource;
  /** How people name it, in log lines and messages. */
  readonly label: string;
  /** Every environment variable readConfig reads (for the README's table and its test). */
  readonly variables: readonly string[];
  readConfig(env: EnvReader, nodeEnv: NodeEnv): TConfig;
  /** The client, on its in-process simulator when the configuration says so. */
  start(
    config: TConfig,
    shared: SharedSettings,
    logger: Logger,
  ): Promise<StartedSource<TService, TSimulator>>;
  /**
   * The port its in-process simulator was told to take, and the variable that says so, when it
   * runs on one: start-up errors name the setting to change.
   */
  simulatorListen(config: TConfig): { variable: string; port: number } | undefined;
  /** The same simulator the app would start, for `npm run simulators`. */
  standaloneSimulator(config: TConfig, shared: Omit<SharedSettings, 'state'>): StandaloneSimulator;
  /** This request's DataLoaders over the source (one set per GraphQL request). */
  createLoaders(service: TService, call: CallContext): TLoaders;
  /** Its lists in the merged listing. */
  readonly merged: MergedListingPart<TService>;
  /** Log fields that may hold this source's secrets (pino redact paths), besides the shared ones. */
  readonly redactPaths: readonly string[];
}

/** Any module, for code that iterates the registry without caring which source it holds. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registry's types are derived per module (registry.ts); iteration needs none of them.
export type AnySourceModule = SourceModule<string, any, any, SimulatorServer, object>;
