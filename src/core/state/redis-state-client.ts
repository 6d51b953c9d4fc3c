import { createHash } from 'node:crypto';
import { ErrorReply, createClient } from 'redis';
import { SharedStateUnavailableError, withoutCredentials } from './shared-state-unavailable.js';

export interface RedisStateClientOptions {
  url: string;
  /**
   * How long one command may take. node-redis's own command timeout stops counting once the
   * command is written, so a hung server (accepting, never answering) would stall callers forever.
   */
  commandTimeoutMs?: number;
  /** How long one connection attempt may take before it counts as failed and is retried. */
  connectTimeoutMs?: number;
  /** Each connection problem; the client keeps reconnecting in the background meanwhile. */
  onError?: (error: SharedStateUnavailableError) => void;
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

/**
 * Lua that sets `now` to the Redis server's clock in ms. Every store reads time here, never from
 * the caller: replicas whose clocks disagree still agree on one window. (Redis 7 replicates a
 * script's effects, so reading TIME before writing is allowed.)
 */
export const LUA_NOW_MS = `local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
`;

const DEFAULT_COMMAND_TIMEOUT_MS = 500;
const DEFAULT_CONNECT_TIMEOUT_MS = 1_000;
/** Reconnect soon after a blip, but never hammer a server that is down: 50 ms doubling to 2 s. */
const reconnectDelay = (retries: number): number => Math.min(50 * 2 ** retries, 2_000);

/**
 * The one Redis connection of the shared-state stores. Commands never wait for a connection
 * (node-redis's offline queue is off) and never wait past `commandTimeoutMs`: either way they fail
 * with SharedStateUnavailableError, so a caller can fall back to its local share at once. The
 * connection comes back by itself when Redis does.
 */
export class RedisStateClient {
  readonly #client;
  readonly #commandTimeoutMs: number;
  readonly #connected: Promise<void>;
  #closed = false;

  constructor(options: RedisStateClientOptions) {
    this.#commandTimeoutMs = options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS;
    this.#client = createClient({
      url: options.url,
      disableOfflineQueue: true,
      socket: {
        connectTimeout: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
        reconnectStrategy: reconnectDelay,
      },
    });
    // Without a listener, node-redis's 'error' event would crash the process on the first outage.
    this.#client.on('error', (error: unknown) => {
      if (!this.#closed) options.onError?.(toStateError('connection', error));
    });
    // connect() stays pending while it retries; readiness is asked for with whenReady().
    this.#connected = this.#client.connect().then(
      () => undefined,
      () => undefined,
    );
  }

  /** Whether commands can be sent now. */
  get isReady(): boolean {
    return this.#client.isReady;
  }

  /** Waits up to `timeoutMs` for the connection; true when it is up. Never rejects. */
  async whenReady(timeoutMs = 2_000): Promise<boolean> {
    if (this.#client.isReady) return true;
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
    await Promise.race([this.#connected, waited]);
    clearTimeout(timer);
    return this.#client.isReady;
  }

  /** Runs `script` atomically on the server: by SHA1, and in full when the server lacks it. */
  run(script: LuaScript, keys: string[], args: (string | number)[]): Promise<unknown> {
    const options = { keys, arguments: args.map(String) };
    const send = async (): Promise<unknown> => {
      try {
        return await this.#client.evalSha(script.sha1, options);
      } catch (error) {
        // A fresh or restarted server has an empty script cache.
        if (error instanceof ErrorReply && error.message.startsWith('NOSCRIPT')) {
          return await this.#client.eval(script.source, options);
        }
        throw error;
      }
    };
    return this.#withinTimeout(script.name, send);
  }

  /** Drops the connection at once; a paused server would make a polite QUIT wait forever. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#client.destroy();
  }

  async #withinTimeout<T>(operation: string, send: () => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const detail = `no answer within ${this.#commandTimeoutMs} ms`;
        reject(new SharedStateUnavailableError(operation, 'timeout', detail));
      }, this.#commandTimeoutMs);
    });
    try {
      return await Promise.race([
        send().catch((error: unknown) => {
          throw toStateError(operation, error);
        }),
        timedOut,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }
}

function toStateError(operation: string, error: unknown): SharedStateUnavailableError {
  if (error instanceof SharedStateUnavailableError) return error;
  const detail = withoutCredentials(error instanceof Error ? error.message : String(error));
  if (error instanceof ErrorReply)
    return new SharedStateUnavailableError(operation, 'error-reply', detail);
  // Everything else is the connection: offline (no offline queue), closed, refused, reset.
  return new SharedStateUnavailableError(operation, 'offline', detail);
}

/** A script's integer reply; anything else means the server is not the one the code expects. */
export function wholeNumber(operation: string, reply: unknown): number {
  if (typeof reply === 'number' && Number.isSafeInteger(reply) && reply >= 0) return reply;
  throw new SharedStateUnavailableError(operation, 'error-reply', 'unexpected reply');
}
