/**
 * A real HTTP server around one SimulatorDefinition: request log, fault injection and the
 * /__simulator/ control routes are the same for every upstream. It binds to 127.0.0.1 only, and
 * `stop()` ends everything in flight (hung requests, latency waits, keep-alive sockets) so tests
 * and graceful shutdown never wait on a client.
 */
import { setMaxListeners } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { handleControlRequest, isControlPath, type ControlTarget } from './control-routes.js';
import { describeFault, withRetryAfter } from './fault-description.js';
import { FaultInjector, type FaultDecision } from './fault-injector.js';
import { parseFaultRules, type FaultRule } from './fault-rule.js';
import { sendFaultyBody } from './faulty-body.js';
import { jsonResponse } from './json-response.js';
import { PendingRequests, type InFlightReport } from './pending-requests.js';
import { BodyTooLargeError, decodeUtf8, readBody } from './read-body.js';
import { RequestLog, type RequestLogEntry } from './request-log.js';
import type { SimulatorDefinition, SimulatorRequest, SimulatorResponse } from './types.js';
import { writeHead } from './write-head.js';

export interface SimulatorServerOptions {
  /** Seed of the fault rolls (errorRate); the same seed and rules give the same sequence. */
  readonly faultSeed?: number;
  readonly maxLogEntries?: number;
  readonly maxBodyBytes?: number;
}

const HOST = '127.0.0.1';
const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;
/** How long an idle keep-alive connection stays open (see start()). */
const KEEP_ALIVE_TIMEOUT_MS = 30_000;

const defaultMalformed = (): SimulatorResponse =>
  jsonTruncated('{"simulated":"malformed body","data":[{"id":');

function jsonTruncated(body: string): SimulatorResponse {
  return { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body };
}

function send(res: ServerResponse, response: SimulatorResponse): void {
  const body = writeHead(res, response);
  if (body) res.end(body);
}

export class SimulatorServer implements ControlTarget {
  readonly #log: RequestLog;
  readonly #faults: FaultInjector;
  readonly #maxBodyBytes: number;
  readonly #pending = new PendingRequests();
  #server: Server | undefined;
  #url: string | undefined;
  /** Aborted by stop(): ends latency waits that would otherwise outlive the server. */
  #lifetime = new AbortController();

  constructor(
    readonly definition: SimulatorDefinition,
    options: SimulatorServerOptions = {},
  ) {
    this.#log = new RequestLog(definition.redactQueryParams ?? [], options.maxLogEntries);
    this.#faults = new FaultInjector(options.faultSeed ?? 1);
    this.#maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  }

  get name(): string {
    return this.definition.name;
  }

  /** Base URL, e.g. http://127.0.0.1:4101 (no trailing slash). Throws before start(). */
  get url(): string {
    if (this.#url === undefined) throw new Error(`${this.name} simulator is not started`);
    return this.#url;
  }

  async start(port = 0): Promise<string> {
    if (this.#server !== undefined) throw new Error(`${this.name} simulator is already started`);
    this.#lifetime = new AbortController();
    const server = createServer((req, res) => {
      this.#dispatch(req, res).catch(() => {
        send(res, jsonResponse(500, { error: 'simulator failure' }));
      });
    });
    // Node closes an idle keep-alive socket after 5 s. A client that picks that socket for its
    // next request just as the server closes it gets ECONNRESET; clients drop idle sockets a little
    // before the server's announced timeout, but only if their timer is not held up by a busy
    // event loop (a loaded test machine). The upstreams keep idle connections far longer.
    server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, HOST, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.#server = server;
    this.#url = `http://${HOST}:${(server.address() as AddressInfo).port}`;
    return this.#url;
  }

  async stop(): Promise<void> {
    const server = this.#server;
    if (server === undefined) return;
    this.#server = undefined;
    this.#url = undefined;
    this.#lifetime.abort();
    const closed = new Promise<void>((resolve, reject) =>
      server.close((error) => (error ? reject(error) : resolve())),
    );
    // close() alone waits for open sockets; hung requests and idle keep-alive sockets must go now.
    server.closeAllConnections();
    await closed;
  }

  requests(operation?: string): RequestLogEntry[] {
    return this.#log.list(operation);
  }

  clearRequests(): void {
    this.#log.clear();
  }

  faults(): FaultRule[] {
    return this.#faults.list();
  }

  /** Replaces the fault rules; throws FaultRuleError on an invalid rule. */
  setFaults(rules: readonly FaultRule[]): void {
    this.#faults.set(parseFaultRules(rules));
  }

  clearFaults(): void {
    this.#faults.clear();
  }

  /** Requests not answered yet, hung ones included, and the upstream's own count if it keeps one. */
  inFlight(): InFlightReport {
    const upstream = this.definition.inFlight?.();
    return { requests: this.#pending.list(), ...(upstream ? { upstream } : {}) };
  }

  /** Seeded data back, request log and fault rules cleared. */
  reset(): void {
    this.definition.reset();
    this.#log.clear();
    this.#faults.clear();
  }

  async #dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const receivedAtMs = Date.now();
    const startedAt = performance.now();
    let bytes: Buffer;
    try {
      bytes = await readBody(req, this.#maxBodyBytes);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      send(res, jsonResponse(413, { error: error.message }));
      return;
    }
    const url = new URL(req.url ?? '/', `http://${HOST}`);
    const request: SimulatorRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      rawBody: decodeUtf8(bytes),
    };
    if (isControlPath(request.path)) {
      send(res, handleControlRequest(request, this));
      return;
    }

    const operation = this.definition.operationOf(request);
    const entry = this.#log.add({ ...request, operation }, receivedAtMs);
    // In flight until the answer is sent or the connection closes, whichever ends it.
    this.#pending.add(entry);
    res.once('close', () => this.#pending.remove(entry));
    if (req.socket.destroyed) this.#pending.remove(entry);
    const decision = this.#faults.decide(operation);
    entry.fault = describeFault(decision);
    this.#pending.stage(entry, decision.latencyMs > 0 ? 'delayed' : 'answering');
    if (decision.latencyMs > 0 && !(await this.#wait(decision.latencyMs))) return;
    this.#pending.stage(entry, decision.outcome.kind === 'hang' ? 'hung' : 'answering');
    // A hung request stays logged with status 0; stop() or the client's own timeout ends it.
    if (decision.outcome.kind === 'hang') return;
    if (decision.outcome.kind === 'reset') {
      // Logged with status 0 like a hang; the definition forgets it as never answered.
      this.definition.dropped?.(request);
      req.socket.resetAndDestroy();
      return;
    }

    let response: SimulatorResponse;
    try {
      response = await this.#respond(request, operation, decision);
    } catch {
      // A definition bug must still produce a logged answer, not a socket left open.
      response = jsonResponse(500, { error: `${this.name} simulator failed on ${operation}` });
    }
    if (res.destroyed) return;
    entry.status = response.status;
    entry.durationMs = Math.round(performance.now() - startedAt);
    const { outcome } = decision;
    const body = 'body' in outcome ? outcome.body : undefined;
    if (body) await sendFaultyBody(res, response, body, this.#lifetime.signal);
    else send(res, response);
  }

  async #respond(
    request: SimulatorRequest,
    operation: string,
    { outcome }: FaultDecision,
  ): Promise<SimulatorResponse> {
    switch (outcome.kind) {
      case 'status':
        return withRetryAfter(this.definition.faultResponse(outcome.status, operation), outcome);
      case 'malformed': {
        const malformed = this.definition.malformedResponse?.(operation) ?? defaultMalformed();
        return withRetryAfter(
          { ...malformed, status: outcome.status ?? malformed.status },
          outcome,
        );
      }
      default:
        return this.definition.handle(request);
    }
  }

  /** Resolves false when the server stopped during the wait. */
  async #wait(ms: number): Promise<boolean> {
    // Every request held by a latency or hang fault listens on this signal until it is answered;
    // more than Node's default of 10 at once is normal under load, not a leak.
    setMaxListeners(0, this.#lifetime.signal);
    try {
      await delay(ms, undefined, { signal: this.#lifetime.signal });
      return true;
    } catch {
      return false;
    }
  }
}
