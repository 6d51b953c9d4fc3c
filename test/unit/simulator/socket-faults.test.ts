/**
 * The faults that break the connection or the body rather than the status (reset, truncateBody,
 * trickle) and the Retry-After header, as a client sees them on the wire: node:http without an
 * agent, so no client library retries or tidies up what arrived.
 */
import http from 'node:http';
import {
  SimulatorServer,
  jsonResponse,
  type SimulatorDefinition,
} from '../../../src/core/simulator/index.js';

/** A 200 of exactly 1,000 bytes, so halves and rates are easy to check. */
const BODY = JSON.stringify({ pad: 'x'.repeat(1_000 - 10) });

interface CountingDefinition extends SimulatorDefinition {
  handled: number;
  droppedCount: number;
}

function fixedDefinition(): CountingDefinition {
  return {
    name: 'fixed',
    handled: 0,
    droppedCount: 0,
    operationOf: (req) => req.path.split('/')[1] || 'root',
    handle() {
      this.handled += 1;
      return { status: 200, headers: { 'content-type': 'application/json' }, body: BODY };
    },
    faultResponse: (status, operation) => jsonResponse(status, { fault: status, operation }),
    dropped() {
      this.droppedCount += 1;
    },
    reset() {},
  };
}

interface RawAnswer {
  status?: number | undefined;
  headers?: http.IncomingHttpHeaders;
  body: string;
  /** When each chunk of the body arrived, in ms after the request was sent. */
  chunkTimes: number[];
  /** The code of the error that ended the exchange (ECONNRESET, ...); undefined when none. */
  error?: string | undefined;
  /** The whole announced body arrived. */
  complete: boolean;
}

function rawGet(url: string): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const started = performance.now();
    const answer: RawAnswer = { body: '', chunkTimes: [], complete: false };
    const fail = (error: NodeJS.ErrnoException) => {
      answer.error ??= error.code ?? error.message;
      resolve(answer);
    };
    const request = http.get(url, { agent: false }, (response) => {
      answer.status = response.statusCode;
      answer.headers = response.headers;
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        answer.body += chunk;
        answer.chunkTimes.push(performance.now() - started);
      });
      response.on('end', () => {
        answer.complete = response.complete;
        resolve(answer);
      });
      response.on('error', fail);
    });
    request.on('error', fail);
  });
}

describe('SimulatorServer socket and body faults', () => {
  const definition = fixedDefinition();
  const server = new SimulatorServer(definition);
  let url: string;
  beforeAll(async () => {
    url = await server.start(0);
  });
  afterAll(() => server.stop());
  beforeEach(() => {
    server.reset();
    definition.handled = 0;
    definition.droppedCount = 0;
  });

  it('reset destroys the connection before any answer; the request is not handled', async () => {
    server.setFaults([{ operation: 'alpha', reset: true, times: 1 }]);
    const answer = await rawGet(`${url}/alpha`);
    expect(answer).toEqual({ error: 'ECONNRESET', body: '', chunkTimes: [], complete: false });
    expect(definition.handled).toBe(0);
    expect(definition.droppedCount).toBe(1);
    expect(server.requests().map((e) => [e.status, e.durationMs, e.fault])).toEqual([
      [0, null, 'reset'],
    ]);
    // Spent after one request: the next one is answered whole.
    expect(await rawGet(`${url}/alpha`)).toMatchObject({ status: 200, body: BODY });
  });

  it('truncateBody announces the whole length, sends half and closes; the request is handled', async () => {
    server.setFaults([{ truncateBody: true }]);
    const answer = await rawGet(`${url}/alpha`);
    expect(answer.status).toBe(200);
    expect(answer.headers?.['content-length']).toBe('1000');
    expect(answer.body).toBe(BODY.slice(0, 500));
    expect(answer.complete).toBe(false);
    expect(answer.error).toBe('ECONNRESET');
    expect(definition.handled).toBe(1);
    expect(server.requests().map((e) => [e.status, e.fault])).toEqual([[200, 'truncated body']]);
  });

  it('truncateBody with a status cuts the upstream-shaped error body', async () => {
    server.setFaults([{ status: 503, truncateBody: true }]);
    const whole = JSON.stringify({ fault: 503, operation: 'alpha' });
    const answer = await rawGet(`${url}/alpha`);
    expect(answer.status).toBe(503);
    expect(answer.headers?.['content-length']).toBe(String(whole.length));
    expect(answer.body).toBe(whole.slice(0, Math.floor(whole.length / 2)));
    expect(answer.complete).toBe(false);
    expect(definition.handled).toBe(0);
  });

  it('trickle sends the whole body at the given rate', async () => {
    // 1,000 bytes at 2,000 B/s: five chunks of 200 bytes, a tenth of a second apart.
    server.setFaults([{ trickle: 2_000 }]);
    const answer = await rawGet(`${url}/alpha`);
    expect(answer).toMatchObject({ status: 200, body: BODY, complete: true });
    expect(answer.error).toBeUndefined();
    expect(answer.chunkTimes.length).toBeGreaterThanOrEqual(5);
    // The simulator schedules chunk i at i/10 s after it starts answering, which is after this
    // request left, so the last chunk cannot arrive sooner than 0.4 s after it; a gap between
    // chunks as seen here would flake when a busy machine delays the first chunk's arrival.
    expect(answer.chunkTimes.at(-1)!).toBeGreaterThanOrEqual(400);
    expect(server.requests()[0]?.fault).toBe('trickle 2000 B/s');
  });

  it('trickle and truncateBody together trickle the first half, then close', async () => {
    server.setFaults([{ trickle: 2_000, truncateBody: true }]);
    const answer = await rawGet(`${url}/alpha`);
    expect(answer.body).toBe(BODY.slice(0, 500));
    expect(answer.complete).toBe(false);
    expect(answer.chunkTimes.at(-1)!).toBeGreaterThanOrEqual(200);
    expect(server.requests()[0]?.fault).toBe('truncated body, trickle 2000 B/s');
  });

  it.each([
    ['whole seconds', 2, '2'],
    ['an HTTP date', 'Wed, 21 Oct 2037 07:28:00 GMT', 'Wed, 21 Oct 2037 07:28:00 GMT'],
  ])('retryAfter in %s becomes the Retry-After header of the status', async (_, value, header) => {
    server.setFaults([{ status: 429, retryAfter: value }]);
    const answer = await rawGet(`${url}/alpha`);
    expect(answer.status).toBe(429);
    expect(answer.headers?.['retry-after']).toBe(header);
    expect(JSON.parse(answer.body)).toEqual({ fault: 429, operation: 'alpha' });
    expect(server.requests()[0]?.fault).toBe(`status 429, retry-after ${header}`);
  });

  it('retryAfter also goes on a malformed body with a status', async () => {
    server.setFaults([{ status: 503, malformedBody: true, retryAfter: 5 }]);
    const answer = await rawGet(`${url}/alpha`);
    expect(answer.status).toBe(503);
    expect(answer.headers?.['retry-after']).toBe('5');
    expect(() => JSON.parse(answer.body) as unknown).toThrow();
  });

  it('an answer without a fault carries no Retry-After', async () => {
    server.setFaults([{ status: 429, times: 1 }]);
    expect((await rawGet(`${url}/alpha`)).headers).not.toHaveProperty('retry-after');
    expect((await rawGet(`${url}/alpha`)).headers).not.toHaveProperty('retry-after');
  });
});

describe('SimulatorServer stop() during a trickle', () => {
  it('ends the trickle with the connection at once', async () => {
    const server = new SimulatorServer(fixedDefinition());
    const url = await server.start();
    // 1,000 bytes at 1 B/s would take 16 minutes.
    server.setFaults([{ trickle: 1 }]);
    const pending = rawGet(`${url}/alpha`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await server.stop();
    const answer = await pending;
    expect(answer.status).toBe(200);
    expect(answer.body.length).toBeLessThan(10);
    expect(answer.complete).toBe(false);
  });
});
