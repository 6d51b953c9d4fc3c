/**
 * node-redis, loaded the first time a client is made. The package with its modules (JSON, search,
 * time series, bloom) costs about 10 MB of resident memory, which a replica without `REDIS_URL`
 * (every demo, every single-process deployment) would carry for nothing.
 */
import type * as Redis from 'redis';

export type RedisModule = typeof Redis;

let loaded: RedisModule | undefined;
let loading: Promise<RedisModule> | undefined;

export function loadRedis(): Promise<RedisModule> {
  return (loading ??= import('redis').then((module) => (loaded = module)));
}

/** Whether `error` is Redis answering with an error; none can exist before node-redis is loaded. */
export function isErrorReply(error: unknown): boolean {
  return loaded !== undefined && error instanceof loaded.ErrorReply;
}
