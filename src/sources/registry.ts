/**
 * The one list of source modules. Config, start-up, readiness, `npm run simulators`, the
 * per-request loaders and log redaction iterate it; the types below give each source's config,
 * service, simulator and loaders their own names, derived from the modules themselves.
 */
import { accountEngagementModule } from './account-engagement/index.js';
import { leadSquaredModule } from './leadsquared/index.js';
import { partnerCentralModule } from './partner-central/index.js';
import type { AnySourceModule, SourceModule } from './source.js';

/** In start-up order (and the order of /ready). Adding a source: one line here. */
export const SOURCE_MODULES = [
  leadSquaredModule,
  partnerCentralModule,
  accountEngagementModule,
] as const;

/**
 * The sources of the merged listing in the order that breaks createdAt ties and keys its cursor's
 * positions; a new source goes last, so cursors already issued keep their meaning.
 */
export const MERGED_LISTING_SOURCES: readonly AnySourceModule[] = [
  partnerCentralModule,
  accountEngagementModule,
  leadSquaredModule,
];

/** The same list, for code that handles every module alike. */
export const sourceModules: readonly AnySourceModule[] = SOURCE_MODULES;

type Module = (typeof SOURCE_MODULES)[number];
export type SourceKey = Module['key'];

type PartsOf<M> =
  M extends SourceModule<infer K, infer C, infer S, infer Sim, infer L>
    ? { key: K; config: C; service: S; simulator: Sim; loaders: L }
    : never;
type Parts<K extends SourceKey> = PartsOf<Extract<Module, { readonly key: K }>>;
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (
  i: infer I,
) => void
  ? I
  : never;

/** `config.sources`: each module's validated part of the configuration. */
export type SourceConfigs = { readonly [K in SourceKey]: Parts<K>['config'] };
/** The clients (with their config), built once at start. */
export type Services = { readonly [K in SourceKey]: Parts<K>['service'] };
/** The in-process simulators of the sources that run on one. */
export type SourceSimulators = { readonly [K in SourceKey]?: Parts<K>['simulator'] };
/** One request's DataLoaders: every module's, side by side (their names carry the source). */
export type SourceLoaders = UnionToIntersection<PartsOf<Module>['loaders']>;

/** `build(module)` for every module, as an object keyed by module key. */
export function byModule<T>(build: (module: AnySourceModule) => T): Record<SourceKey, T> {
  return Object.fromEntries(sourceModules.map((module) => [module.key, build(module)])) as Record<
    SourceKey,
    T
  >;
}
