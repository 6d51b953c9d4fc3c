import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { ErrorCode, UpstreamError, UpstreamSource } from '../../../src/core/errors/index.js';
import { createLogger } from '../../../src/logging/logger.js';
import { backoffDelayMs, parseRetryAfterMs } from '../../../src/core/http/backoff.js';
import {
  HttpSource,
  type HttpRequest,
  type HttpSourceOptions,
} from '../../../src/core/http/http-source.js';
import type { CallContext, UpstreamCallEvent } from '../../../src/core/http/call-context.js';
import { failureFromStatus } from '../../../src/core/http/upstream-failure.js';

/** Distinctive values that must never reach an error. */
const HEADER_SECRET = 'hs-test-header-secret-7QZ2';
const QUERY_SECRET = 'hs-test-query-secret-K4M9';

type Step =
  | { status: number; body?: string; headers?: Record<string, string> }
  | { kind: 'reset' }
  | { kind: 'hang' };

interface ReceivedCall {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * A tiny upstream on 127.0.0.1:0 answering each call with the next scripted step (the last step
 * repeats), and recording what it received.
 */
class ScriptedUpstream {
  readonly calls: ReceivedCall[] = [];
  #script: Step[] = [];
  readonly #server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const step = this.#script[Math.min(this.calls.length, this.#script.length - 1)];
      this.calls.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      if (!step) throw new Error('no scripted step');
      if ('kind' in step) {
        if (step.kind === 'reset') req.socket.destroy();
        return; // 'hang': never answer; close() ends the socket
      }
      res.writeHead(step.status, { 'content-type': 'application/json', ...step.headers });
      res.end(step.body ?? '{}');
    });
  });
  url = '';

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  script(...steps: Step[]): void {
    this.#script = steps;
    this.calls.length = 0;
  }

  async stop(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}

const upstream = new ScriptedUpstream();
const sources: HttpSource[] = [];
beforeAll(() => upstream.start());
afterAll(() => upstream.stop());
afterEach(() => {
  for (const source of sources.splice(0)) source.close();
});

function makeSource(overrides: Partial<HttpSourceOptions> = {}): HttpSource {
  const source = new HttpSource({
    source: UpstreamSource.LEADSQUARED,
    displayName: 'Testupstream',
    baseUrl: `${upstream.url}/v2/`,
    timeoutMs: 5_000,
    maxRetries: 2,
    headers: () => ({ 'x-test-key': HEADER_SECRET }),
    secrets: () => [HEADER_SECRET, QUERY_SECRET],
    // Passes the upstream's body on as the reason, as a source reading its error body would.
    describeResponse: (status, body) =>
      status >= 200 && status < 300 ? null : failureFromStatus(status, { reason: body }),
    ...overrides,
  });
  sources.push(source);
  return source;
}

function context(deadlineInMs = 20_000) {
  const events: UpstreamCallEvent[] = [];
  const ctx: CallContext = {
    deadline: Date.now() + deadlineInMs,
    logger: createLogger('silent'),
    onUpstreamCall: (event) => events.push(event),
  };
  return { ctx, events };
}

function request(overrides: Partial<HttpRequest<unknown>> = {}): HttpRequest<unknown> {
  return {
    operation: 'GetThing',
    method: 'GET',
    path: 'Thing.svc/Get',
    searchParams: { token: QUERY_SECRET, id: '42' },
    idempotent: true,
    parse: (body) => JSON.parse(body) as unknown,
    ...overrides,
  };
}

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof UpstreamError)) {
    throw new Error(`expected an UpstreamError, got ${inspect(error)}`);
  }
  return error;
}

/** Everything an error could show a client or a log line. */
function everything(error: UpstreamError): string {
  return [
    error.message,
    JSON.stringify(error.extensions),
    JSON.stringify(error.details),
    JSON.stringify(error.toJSON()),
    inspect(error),
  ].join('\n');
}

const OK: Step = { status: 200, body: '{"ok":true}' };

describe('HttpSource retries', () => {
  it('sends the headers, path and query string and returns the parsed body', async () => {
    upstream.script(OK);
    const { ctx, events } = context();
    await expect(makeSource().request(request(), ctx)).resolves.toEqual({ ok: true });
    expect(upstream.calls).toHaveLength(1);
    expect(upstream.calls[0]).toMatchObject({
      method: 'GET',
      url: `/v2/Thing.svc/Get?token=${QUERY_SECRET}&id=42`,
    });
    expect(upstream.calls[0]!.headers['x-test-key']).toBe(HEADER_SECRET);
    expect(events).toEqual([
      {
        source: 'LEADSQUARED',
        operation: 'GetThing',
        attempt: 1,
        status: 200,
        durationMs: expect.any(Number),
        outcome: 'ok',
      },
    ]);
  });

  it.each<[string, Step, number, string, string]>([
    [
      '500',
      { status: 500, body: 'boom' },
      500,
      ErrorCode.UPSTREAM_UNAVAILABLE,
      'failed (HTTP 500): boom',
    ],
    [
      '503',
      { status: 503, body: 'busy' },
      503,
      ErrorCode.UPSTREAM_UNAVAILABLE,
      'failed (HTTP 503): busy',
    ],
    ['504', { status: 504 }, 504, ErrorCode.UPSTREAM_TIMEOUT, 'timed out (HTTP 504)'],
    [
      'ECONNRESET',
      { kind: 'reset' },
      0,
      ErrorCode.UPSTREAM_UNAVAILABLE,
      'could not be reached (ECONNRESET)',
    ],
  ])(
    'retries an idempotent request on %s up to maxRetries, then fails sanitized',
    async (_label, step, status, code, message) => {
      upstream.script(step);
      const { ctx, events } = context();
      const error = await failure(makeSource({ maxRetries: 2 }).request(request(), ctx));
      expect(upstream.calls).toHaveLength(3);
      expect(events.map((event) => [event.attempt, event.status, event.outcome])).toEqual([
        [1, status, 'retry'],
        [2, status, 'retry'],
        [3, status, 'failed'],
      ]);
      expect(error.code).toBe(code);
      expect(error.extensions).toMatchObject({ code, source: 'LEADSQUARED', retryable: true });
      expect(error.details.upstreamStatus).toBe(status === 0 ? undefined : status);
      expect(error.message).toBe(`Testupstream ${message}`);
    },
  );

  it('retries an idempotent request on a timeout, then fails with UPSTREAM_TIMEOUT', async () => {
    upstream.script({ kind: 'hang' });
    const { ctx, events } = context();
    const error = await failure(
      makeSource({ timeoutMs: 150, maxRetries: 1 }).request(request(), ctx),
    );
    expect(upstream.calls).toHaveLength(2);
    expect(events.map((event) => [event.status, event.outcome])).toEqual([
      [0, 'retry'],
      [0, 'failed'],
    ]);
    expect(error.code).toBe(ErrorCode.UPSTREAM_TIMEOUT);
    expect(error.message).toBe('Testupstream did not answer in time');
    expect(error.extensions.retryable).toBe(true);
  });

  it('succeeds when a retry does', async () => {
    upstream.script({ status: 500 }, { kind: 'reset' }, OK);
    const { ctx, events } = context();
    await expect(makeSource().request(request(), ctx)).resolves.toEqual({ ok: true });
    expect(events.map((event) => [event.attempt, event.status, event.outcome])).toEqual([
      [1, 500, 'retry'],
      [2, 0, 'retry'],
      [3, 200, 'ok'],
    ]);
  });

  it('does not retry with maxRetries 0', async () => {
    upstream.script({ status: 503 });
    const { ctx, events } = context();
    await failure(makeSource({ maxRetries: 0 }).request(request(), ctx));
    expect(upstream.calls).toHaveLength(1);
    expect(events.map((event) => event.outcome)).toEqual(['failed']);
  });

  it.each<[string, Step]>([
    ['400', { status: 400, body: 'bad' }],
    ['401', { status: 401 }],
    ['404', { status: 404 }],
  ])('does not retry %s (not retryable)', async (_label, step) => {
    upstream.script(step);
    const { ctx, events } = context();
    const error = await failure(makeSource().request(request(), ctx));
    expect(upstream.calls).toHaveLength(1);
    expect(events.map((event) => event.outcome)).toEqual(['failed']);
    expect(error.extensions.retryable).toBe(false);
  });

  it('calls beforeAttempt once per attempt', async () => {
    upstream.script({ status: 500 }, OK);
    const seen: string[] = [];
    const source = makeSource({
      beforeAttempt: async (_ctx, operation) => {
        seen.push(operation);
      },
    });
    await source.request(request(), context().ctx);
    expect(seen).toEqual(['GetThing', 'GetThing']);
  });
});

describe('HttpSource decoding', () => {
  it('decodes a body once per attempt, for describeResponse and parse alike', async () => {
    upstream.script({ status: 500, body: '{"n":1}' }, { status: 200, body: '{"n":2}' });
    const decodedTexts: string[] = [];
    const described: unknown[] = [];
    const source = makeSource({
      decode: (text) => {
        decodedTexts.push(text);
        return JSON.parse(text) as unknown;
      },
      describeResponse: (status, _body, _headers, decoded) => {
        described.push(decoded.value());
        return status === 200 ? null : failureFromStatus(status, {});
      },
    });
    const parsed = await source.request(
      request({ parse: (_body, decoded) => decoded.value() }),
      context().ctx,
    );
    expect(parsed).toEqual({ n: 2 });
    // Two attempts, each decoded once though read twice on the second; the very same value.
    expect(decodedTexts).toEqual(['{"n":1}', '{"n":2}']);
    expect(described[1]).toBe(parsed);
  });
});

describe('HttpSource writes', () => {
  const write = (overrides: Partial<HttpRequest<unknown>> = {}) =>
    request({
      operation: 'CreateThing',
      method: 'POST',
      path: 'Thing.svc/Create',
      json: { name: 'x' },
      idempotent: false,
      ...overrides,
    });

  it.each<[string, Step]>([
    ['500', { status: 500 }],
    ['504', { status: 504 }],
    ['ECONNRESET', { kind: 'reset' }],
  ])('are not retried on %s (the upstream may have acted)', async (_label, step) => {
    upstream.script(step, OK);
    const { ctx, events } = context();
    await failure(makeSource().request(write(), ctx));
    expect(upstream.calls).toHaveLength(1);
    expect(upstream.calls[0]!.body).toBe('{"name":"x"}');
    expect(events.map((event) => event.outcome)).toEqual(['failed']);
  });

  it('are not retried after a timeout', async () => {
    upstream.script({ kind: 'hang' }, OK);
    const { ctx } = context();
    const error = await failure(makeSource({ timeoutMs: 150 }).request(write(), ctx));
    expect(error.code).toBe(ErrorCode.UPSTREAM_TIMEOUT);
    expect(upstream.calls).toHaveLength(1);
  });

  it.each<[string, Step]>([
    ['429', { status: 429 }],
    ['503', { status: 503 }],
  ])('are retried on %s (not processed)', async (_label, step) => {
    upstream.script(step, OK);
    const { ctx, events } = context();
    await expect(makeSource().request(write(), ctx)).resolves.toEqual({ ok: true });
    expect(upstream.calls).toHaveLength(2);
    expect(events.map((event) => [event.status, event.outcome])).toEqual([
      [Number(_label), 'retry'],
      [200, 'ok'],
    ]);
  });

  it('are retried when the connection is refused (never sent)', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const { ctx, events } = context();
    const source = makeSource({ baseUrl: `http://127.0.0.1:${port}/v2/`, maxRetries: 1 });
    const error = await failure(source.request(write(), ctx));
    expect(events.map((event) => [event.status, event.outcome])).toEqual([
      [0, 'retry'],
      [0, 'failed'],
    ]);
    expect(error.code).toBe(ErrorCode.UPSTREAM_UNAVAILABLE);
    expect(error.message).toBe('Testupstream could not be reached (ECONNREFUSED)');
    expect(everything(error)).not.toContain(String(port));
  });
});

describe('HttpSource Retry-After and the deadline', () => {
  it('honours Retry-After when it fits the deadline, and tells onThrottled', async () => {
    upstream.script({ status: 429, headers: { 'retry-after': '1' } }, OK);
    const throttled: (number | undefined)[] = [];
    const { ctx } = context(20_000);
    const started = Date.now();
    const source = makeSource({ onThrottled: (ms) => throttled.push(ms) });
    await expect(source.request(request(), ctx)).resolves.toEqual({ ok: true });
    expect(upstream.calls).toHaveLength(2);
    expect(throttled).toEqual([1_000]);
    // Slept for the asked second (a lower bound only: it cannot flake on a slow machine).
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('gives up at once, without sleeping, when Retry-After passes the deadline', async () => {
    upstream.script({ status: 429, headers: { 'retry-after': '60' } }, OK);
    const { ctx, events } = context(10_000);
    const error = await failure(makeSource().request(request(), ctx));
    expect(Date.now()).toBeLessThan(ctx.deadline);
    expect(upstream.calls).toHaveLength(1);
    expect(events.map((event) => event.outcome)).toEqual(['failed']);
    expect(error.code).toBe(ErrorCode.UPSTREAM_THROTTLED);
    expect(error.details).toMatchObject({ upstreamStatus: 429, retryable: true });
    expect(error.details.retryAfterSeconds).toBe(60);
  });

  it('gives up at once on a Retry-After past the longest wait, though the deadline allows it', async () => {
    upstream.script({ status: 503, headers: { 'retry-after': '11' } }, OK);
    const { ctx, events } = context(60_000);
    const started = Date.now();
    const error = await failure(makeSource().request(request(), ctx));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(upstream.calls).toHaveLength(1);
    expect(events.map((event) => event.outcome)).toEqual(['failed']);
    expect(error.code).toBe(ErrorCode.UPSTREAM_UNAVAILABLE);
    expect(error.details).toMatchObject({ upstreamStatus: 503, retryAfterSeconds: 11 });
  });

  it('does not start an attempt once the deadline has passed', async () => {
    upstream.script(OK);
    const { ctx, events } = context(-1);
    const error = await failure(makeSource().request(request(), ctx));
    expect(error.code).toBe(ErrorCode.UPSTREAM_TIMEOUT);
    expect(upstream.calls).toHaveLength(0);
    expect(events).toEqual([]);
  });

  it('cuts the per-attempt timeout to the deadline', async () => {
    upstream.script({ kind: 'hang' });
    // The attempt budget is 60 s; only the 300 ms deadline can end this call.
    const { ctx, events } = context(300);
    const error = await failure(makeSource({ timeoutMs: 60_000 }).request(request(), ctx));
    expect(error.code).toBe(ErrorCode.UPSTREAM_TIMEOUT);
    expect(upstream.calls).toHaveLength(1);
    // No retry either: there is no time left for one.
    expect(events.map((event) => [event.status, event.outcome])).toEqual([[0, 'failed']]);
  });
});

describe('HttpSource errors are sanitized', () => {
  it('never shows a secret, even when the upstream echoes it', async () => {
    const echo = `{"error":"bad key ${HEADER_SECRET} for token=${QUERY_SECRET}"}`;
    upstream.script({ status: 400, body: echo });
    const { ctx } = context();
    const source = makeSource({
      describeResponse: (status, body) =>
        failureFromStatus(status, { upstreamCode: `Code-${HEADER_SECRET}`, reason: body }),
    });
    const error = await failure(source.request(request(), ctx));
    expect(error.code).toBe(ErrorCode.UPSTREAM_REJECTED);
    expect(error.message).toContain('bad key [redacted] for token=[redacted]');
    expect(error.details.upstreamCode).toBe('Code-[redacted]');
    expect(everything(error)).not.toContain(HEADER_SECRET);
    expect(everything(error)).not.toContain(QUERY_SECRET);
  });

  it.each<[string, Step, number]>([
    ['HTTP 500', { status: 500 }, 5_000],
    ['a reset connection', { kind: 'reset' }, 5_000],
    ['a timeout', { kind: 'hang' }, 150],
  ])('never shows the URL or query string after %s', async (_label, step, timeoutMs) => {
    upstream.script(step);
    const { ctx } = context();
    const error = await failure(makeSource({ timeoutMs, maxRetries: 0 }).request(request(), ctx));
    const text = everything(error);
    for (const fragment of [upstream.url, '127.0.0.1', 'Thing.svc', 'token=', QUERY_SECRET]) {
      expect(text).not.toContain(fragment);
    }
  });

  it('reports a body that `parse` rejects as a malformed response', async () => {
    upstream.script({ status: 200, body: '{"truncated":' });
    const { ctx, events } = context();
    const error = await failure(makeSource({ maxRetries: 0 }).request(request(), ctx));
    expect(error.code).toBe(ErrorCode.UPSTREAM_UNAVAILABLE);
    expect(error.details).toMatchObject({
      upstreamStatus: 200,
      upstreamCode: 'MALFORMED_RESPONSE',
      retryable: true,
    });
    expect(error.message).toBe('Testupstream sent a malformed response (unreadable body)');
    expect(events.map((event) => [event.status, event.outcome])).toEqual([[200, 'failed']]);
  });

  it('retries a malformed response to a read', async () => {
    upstream.script({ status: 200, body: 'not json' }, OK);
    const { ctx, events } = context();
    await expect(makeSource().request(request(), ctx)).resolves.toEqual({ ok: true });
    expect(events.map((event) => event.outcome)).toEqual(['retry', 'ok']);
  });
});

describe('parseRetryAfterMs', () => {
  const now = Date.parse('2024-05-01T12:00:00Z');

  it.each<[string | undefined, number | undefined]>([
    ['0', 0],
    ['1', 1_000],
    ['120', 120_000],
    [' 5 ', 5_000],
    ['Wed, 01 May 2024 12:00:30 GMT', 30_000],
    ['Wednesday, 01-May-24 12:01:00 GMT', 60_000],
    ['Wed, 01 May 2024 11:00:00 GMT', 0],
    [undefined, undefined],
    ['', undefined],
    ['soon', undefined],
    ['5s', undefined],
    ['1.5', undefined],
    ['-1', undefined],
    ['abc 1', undefined],
  ])('%j -> %j', (header, expected) => {
    expect(parseRetryAfterMs(header, now)).toBe(expected);
  });
});

describe('backoffDelayMs', () => {
  it.each<[number, number, number, number, number]>([
    // attempt, base, cap, random, expected
    [1, 100, 5_000, 0, 50],
    [1, 100, 5_000, 0.5, 75],
    [1, 100, 5_000, 1, 100],
    [2, 100, 5_000, 0, 100],
    [3, 100, 5_000, 0.999, 400],
    [7, 100, 5_000, 0, 2_500],
    [20, 100, 5_000, 1, 5_000],
    [3, 250, 800, 0, 400],
  ])('attempt %d (base %d, cap %d, random %d) -> %d ms', (attempt, base, cap, random, expected) => {
    expect(backoffDelayMs(attempt, base, cap, () => random)).toBe(expected);
  });

  it('stays within [ceiling / 2, ceiling] with the default random', () => {
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      const ceiling = Math.min(5_000, 100 * 2 ** (attempt - 1));
      const delay = backoffDelayMs(attempt);
      expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
      expect(delay).toBeLessThanOrEqual(ceiling);
    }
  });
});
