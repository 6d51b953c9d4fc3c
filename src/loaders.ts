import type { CallContext } from './core/http/index.js';
import { sourceModules, type Services, type SourceLoaders } from './sources/registry.js';

/**
 * One set per GraphQL request (DataLoader caches must not outlive the request that filled them):
 * every source module's loaders (src/sources/<source>/index.ts), side by side.
 */
export type Loaders = SourceLoaders;

export function createLoaders(services: Services, call: CallContext): Loaders {
  const loaders = sourceModules.map((module) =>
    module.createLoaders(services[module.key as keyof Services], call),
  );
  return Object.assign({}, ...loaders) as Loaders;
}
