/**
 * The source clients, built once at boot from the validated config, keyed by source module
 * (src/sources/registry.ts). They hold no per-request state; everything per request lives in the
 * Context.
 */
export type { Services } from './sources/registry.js';
