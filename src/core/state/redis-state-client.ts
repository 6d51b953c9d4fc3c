import { createHash } from 'node:crypto';
import { isErrorReply, loadRedis, type RedisModule } from './redis-module.js';
import {
  SharedStateUnavailableError,
  describeFailure,
  toSharedStateError,
} from './shared-state-unavailable.js';

export interface RedisStateClientOptions {
  /** `redis://[user:password@]host:port[/db]`; it may carry a password, so it is never logged. */
  url: string;
  /**
   * How long one command may take. node-redis's own command timeout stops counting once the
   * command is written, so a hung server (accepting, never answering) would stall callers forever.
   */
  commandTimeoutMs?: number;
  /** How long one connection attempt may take before it counts as failed and is retried. */
  connectTimeoutMs?: number;
  /** Longest wait between reconnect attempts; they back off up to it and never stop. */
  maxReconnectDelayMs?: number;
  /** Each connection problem; the client keeps reconnecting in the background meanwhile. */
  onError?: (error: SharedStateUnavailableError) => void;
  /** Each time the connection is (re)established and commands can be sent. */
  onReady?: () => void;
}

/** A Lua script with its SHA1, so it is sent in full only when the server does not know it yet. */
export interface LuaScript {
  readonly name: string;
  readonly source: string;
  readonly sha1: string;
}

export function luaScript(name: string, source: string): LuaScript {
  return { name, source, sha1: createHash('sha1').update(source).digest('hex') };
}

/** One command as Redis reads it: `['SET', key, value, 'PX', '1000']`. */
export type RedisCommand = readonly string[];

/**
 * Lua that sets `now` to the Redis server's clock in ms. Every store reads time here, never from
 * the caller: replicas whose clocks disagree still agree on one window. (Redis 7 replicates a
 * script's effects, so reading TIME before writing is allowed.)
 */
export const LUA_NOW_MS = `local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
`;

export const DEFAULT_COMMAND_TIMEOUT_MS = 500;
export const DEFAULT_CONNECT_TIMEOUT_MS = 1_000;
export const DEFAULT_MAX_RECONNECT_DELAY_MS = 2_000;

function createRedisClient(redis: RedisModule, options: RedisStateClientOptions, maxDelay: number) {
  return redis.createClient({
    url: options.url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
      // Reconnect soon after a blip, but never hammer a server that is down: 50 ms doubling.
      reconnectStrategy: (retries: number) => Math.min(50 * 2 ** Math.min(retries, 10), maxDelay),
    },
  });
}

type RedisClient = ReturnType<typeof createRedisClient>;

/**
 * The one Redis connection of the shared-state stores. Commands never wait for a connection
 * (node-redis's offline queue is off) and never wait past `commandTimeoutMs`: either way they fail
 * with SharedStateUnavailableError, so a caller can fall back at once. Connecting starts here and
 * is not awaited, so a Redis that is down at start-up delays nothing; the connection comes back by
 * itself when Redis does.
 */
export class RedisStateClient {
  #client: RedisClient | undefined;
  readonly #commandTimeoutMs: number;
  readonly #connected: Promise<void>;
  #closed = false;

  constructor(options: RedisStateClientOptions) {
    this.#commandTimeoutMs = options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS;
    // Until node-redis is loaded there is no client: commands fail as offline, as they do
    // while it connects.
    this.#connected = loadRedis().then(
      (redis) => this.#connect(redis, options),
      () => undefined,
    );
  }

  /** connect() stays pending while it retries; readiness is asked for with whenReady(). */
  #connect(redis: RedisModule, options: RedisStateClientOptions): Promise<void> | undefined {
    if (this.#closed) return undefined;
    const maxDelay = options.maxReconnectDelayMs ?? DEFAULT_MAX_RECONNECT_DELAY_MS;
    const client = createRedisClient(redis, options, maxDelay);
    // Without a listener, node-redis's 'error' event would crash the process on the first outage.
    client.on('error', (error: unknown) => {
      if (!this.#closed) options.onError?.(toSharedStateError('connection', error));
    });
    client.on('ready', () => {
      if (!this.#closed) options.onReady?.();
    });
    this.#client = client;
    return client.connect().then(
      () => undefined,
      () => undefined,
    );
  }

  /** The client, or the offline error when node-redis is not loaded yet. */
  get #live(): RedisClient {
    if (!this.#client) throw new Error('The client is not connected yet');
    return this.#client;
  }

  /** Whether commands can be sent now. */
  get isReady(): boolean {
    return this.#client?.isReady ?? false;
  }

  /** Waits up to `timeoutMs` for the connection; true when it is up. Never rejects. */
  async whenReady(timeoutMs = 2_000): Promise<boolean> {
    if (this.isReady) return true;
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
    await Promise.race([this.#connected, waited]);
    clearTimeout(timer);
    return this.isReady;
  }

  /** Runs `script` atomically on the server: by SHA1, and in full when the server lacks it. */
  run(script: LuaScript, keys: string[], args: (string | number)[]): Promise<unknown> {
    const options = { keys, arguments: args.map(String) };
    return this.#withinTimeout(script.name, async () => {
      try {
        return await this.#live.evalSha(script.sha1, options);
      } catch (error) {
        // A fresh or restarted server has an empty script cache.
        if (isErrorReply(error) && (error as Error).message.startsWith('NOSCRIPT')) {
          return await this.#live.eval(script.source, options);
        }
        throw error;
      }
    });
  }

  /** GET: the string at `key`, or null. */
  get(operation: string, key: string): Promise<string | null> {
    return this.#withinTimeout(operation, async () => (await this.#live.get(key)) ?? null);
  }

  /** MGET: one string or null per key, in key order, in one round trip. */
  mGet(operation: string, keys: readonly string[]): Promise<(string | null)[]> {
    return this.#withinTimeout(operation, () => this.#live.mGet([...keys]));
  }

  /** DEL: how many of the keys existed. */
  del(operation: string, keys: readonly string[]): Promise<number> {
    return this.#withinTimeout(operation, () => this.#live.del([...keys]));
  }

  /** The commands in one MULTI/EXEC: applied together, with no other client's in between. */
  transaction(operation: string, commands: readonly RedisCommand[]): Promise<unknown[]> {
    return this.#withinTimeout(operation, () => {
      const multi = this.#live.multi();
      for (const command of commands) multi.addCommand([...command]);
      return multi.exec();
    });
  }

  /** Drops the connection at once; a paused server would make a polite QUIT wait forever. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#client?.destroy();
  }

  async #withinTimeout<T>(operation: string, send: () => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        // Timers run before I/O callbacks: after an event-loop stall the answer may be sitting in
        // the socket already. One turn of the loop (setImmediate runs after I/O) lets it win.
        setImmediate(() => {
          const late = new Error(`no answer within ${this.#commandTimeoutMs} ms`);
          reject(new SharedStateUnavailableError(operation, 'timeout', describeFailure(late)));
        });
      }, this.#commandTimeoutMs);
    });
    // Async so that a client throwing at once is caught like one rejecting. A call abandoned at
    // the deadline still settles later (and may still be applied); the race has handled it.
    const sent = (async () => send())().catch((error: unknown) => {
      throw toSharedStateError(operation, error);
    });
    try {
      return await Promise.race([sent, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** A script's integer reply; anything else means the server is not the one the code expects. */
export function wholeNumber(operation: string, reply: unknown): number {
  if (typeof reply === 'number' && Number.isSafeInteger(reply) && reply >= 0) return reply;
  throw new SharedStateUnavailableError(operation, 'error-reply', 'unexpected reply');
}
