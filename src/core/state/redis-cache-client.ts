import { createClient } from 'redis';

export interface FailFastRedisClientOptions {
  /** `redis://[user:password@]host:port[/db]`; it may carry a password, so it is never logged here. */
  readonly url: string;
  /** How long one TCP connect may take before the attempt counts as failed. */
  readonly connectTimeoutMs?: number;
  /** Longest wait between reconnect attempts; they back off up to it and never stop. */
  readonly maxReconnectDelayMs?: number;
  /**
   * Every client error (one per failed reconnect while Redis is down). Without a listener
   * node-redis's 'error' event would crash the process, which Redis going away must never do.
   */
  readonly onError?: (error: Error) => void;
}

/**
 * A node-redis client for shared state that fails fast instead of queueing: while it is not
 * connected, commands reject at once (`disableOfflineQueue`) rather than waiting for a reconnect
 * that may take minutes, and it reconnects in the background for as long as the process lives.
 * Connecting starts here and is not awaited, so a Redis that is down at start-up delays nothing:
 * calls fail (and callers fall back) until it is reachable.
 */
export function createFailFastRedisClient(options: FailFastRedisClientOptions) {
  const maxDelay = options.maxReconnectDelayMs ?? 2_000;
  const client = createClient({
    url: options.url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: options.connectTimeoutMs ?? 1_000,
      reconnectStrategy: (retries: number) => Math.min(50 * 2 ** Math.min(retries, 10), maxDelay),
    },
  });
  const onError = options.onError ?? (() => undefined);
  client.on('error', (error: Error) => onError(error));
  // connect() settles only once connected or destroyed; its failures already reach 'error'.
  client.connect().catch(() => undefined);
  return client;
}
