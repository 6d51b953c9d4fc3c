import {
  jsonResponse,
  REDACTED,
  SimulatorServer,
  type RequestLogEntry,
  type SimulatorDefinition,
} from '../../../src/core/simulator/index.js';

/** A minimal upstream: echoes the request; operation = first path segment. */
function echoDefinition(): SimulatorDefinition & { resets: number } {
  return {
    name: 'echo',
    resets: 0,
    redactQueryParams: ['token'],
    operationOf: (req) => req.path.split('/')[1] || 'root',
    handle: (req) => jsonResponse(200, { method: req.method, path: req.path, body: req.rawBody }),
    faultResponse: (status, operation) => jsonResponse(status, { fault: status, operation }),
    reset() {
      this.resets += 1;
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SimulatorServer', () => {
  const definition = echoDefinition();
  const server = new SimulatorServer(definition);
  let url: string;

  beforeAll(async () => {
    url = await server.start(0);
  });
  afterAll(() => server.stop());
  beforeEach(() => server.reset());

  const control = (method: string, path: string, body?: unknown) =>
    fetch(`${url}/__simulator/${path}`, {
      method,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
  const logged = async (query = ''): Promise<RequestLogEntry[]> =>
    ((await (await control('GET', `requests${query}`)).json()) as { requests: RequestLogEntry[] })
      .requests;

  it('binds to 127.0.0.1 on a free port and exposes the url', () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).toBe(url);
    expect(server.name).toBe('echo');
  });

  it('logs each request with order, operation, status, timing and parsed body', async () => {
    await fetch(`${url}/alpha/x`, { method: 'POST', body: '{"n":1}' });
    await fetch(`${url}/beta`, { method: 'PUT', body: 'plain text' });
    const entries = await logged();
    expect(entries.map((e) => [e.seq, e.method, e.path, e.operation, e.status])).toEqual([
      [1, 'POST', '/alpha/x', 'alpha', 200],
      [2, 'PUT', '/beta', 'beta', 200],
    ]);
    expect(entries[0]?.body).toEqual({ n: 1 });
    expect(entries[1]?.body).toBe('plain text');
    expect(entries[0]?.durationMs).toEqual(expect.any(Number));
    expect(Date.parse(entries[0]?.receivedAt ?? '')).toBe(entries[0]?.receivedAtMs);
    expect(entries[0]?.fault).toBeNull();
  });

  it('redacts credential query parameters (any case) and never stores headers', async () => {
    await fetch(`${url}/alpha?token=s3cr3t-query&TOKEN=s3cr3t-upper&page=2`, {
      headers: { authorization: 'Bearer s3cr3t-header' },
    });
    const [entry] = server.requests();
    expect(entry?.query).toEqual({ token: REDACTED, TOKEN: REDACTED, page: '2' });
    const serialized = JSON.stringify(await logged());
    expect(serialized).not.toMatch(/s3cr3t/);
    expect(entry).not.toHaveProperty('headers');
  });

  it('filters the log by operation, clears it, and keeps control calls out of it', async () => {
    await fetch(`${url}/alpha`);
    await fetch(`${url}/beta`);
    expect((await logged('?operation=beta')).map((e) => e.path)).toEqual(['/beta']);
    expect(server.requests('alpha')).toHaveLength(1);
    expect((await control('DELETE', 'requests')).status).toBe(204);
    expect(await logged()).toEqual([]);
    await fetch(`${url}/gamma`);
    expect((await logged()).map((e) => e.seq)).toEqual([1]);
  });

  it('replaces, lists and clears fault rules over the control API', async () => {
    const put = await control('PUT', 'faults', { faults: [{ operation: 'alpha', status: 503 }] });
    expect(put.status).toBe(200);
    expect(await put.json()).toEqual({ faults: [{ operation: 'alpha', status: 503 }] });
    expect(await (await control('GET', 'faults')).json()).toEqual({
      faults: [{ operation: 'alpha', status: 503 }],
    });
    expect((await control('DELETE', 'faults')).status).toBe(204);
    expect(server.faults()).toEqual([]);
  });

  it('takes the connection and body faults over the control API too', async () => {
    const faults = [
      { operation: 'alpha', reset: true, times: 1 },
      { status: 429, retryAfter: 'Wed, 21 Oct 2037 07:28:00 GMT' },
      { truncateBody: true, trickle: 100 },
    ];
    const put = await control('PUT', 'faults', { faults });
    expect(put.status).toBe(200);
    expect(await put.json()).toEqual({ faults });
  });

  it.each([
    ['not json', 'body must be JSON'],
    [{ rules: [] }, 'body must be {"faults":[...]}'],
    [{ faults: [{ status: 1000 }] }, 'faults[0].status'],
    [{ faults: [{ status: 429, retryAfter: 'soon' }] }, 'faults[0].retryAfter must be'],
    [{ faults: [{ reset: true, status: 500 }] }, 'faults[0].reset closes the connection'],
  ])('rejects a bad fault document %j with 400 and keeps the old rules', async (body, message) => {
    server.setFaults([{ status: 500, operation: 'zzz' }]);
    const response = await control('PUT', 'faults', body);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toContain(message);
    expect(server.faults()).toEqual([{ status: 500, operation: 'zzz' }]);
  });

  it('answers 404 and 405 on unknown control routes and methods', async () => {
    expect((await control('GET', 'nothing')).status).toBe(404);
    expect((await control('GET', 'constructor')).status).toBe(404);
    const wrong = await control('GET', 'reset');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
  });

  it('injects a status for the matching operation only, for `times` requests', async () => {
    server.setFaults([{ operation: 'alpha', status: 503, times: 2 }]);
    const statuses: number[] = [];
    for (const path of ['alpha', 'beta', 'alpha', 'alpha']) {
      const response = await fetch(`${url}/${path}`);
      statuses.push(response.status);
      if (response.status === 503) {
        expect(await response.json()).toEqual({ fault: 503, operation: 'alpha' });
      } else {
        await response.arrayBuffer();
      }
    }
    expect(statuses).toEqual([503, 200, 503, 200]);
    expect(server.requests().map((e) => [e.status, e.fault])).toEqual([
      [503, 'status 503'],
      [200, null],
      [503, 'status 503'],
      [200, null],
    ]);
  });

  it('delays answers by latencyMs', async () => {
    server.setFaults([{ latencyMs: 150 }]);
    const started = performance.now();
    const response = await fetch(`${url}/alpha`);
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(server.requests()[0]?.durationMs).toBeGreaterThanOrEqual(140);
    expect(server.requests()[0]?.fault).toBe('latency 150ms');
  });

  it('sends unparseable bodies for malformedBody, with the rule status when given', async () => {
    server.setFaults([
      { malformedBody: true, times: 1 },
      { malformedBody: true, status: 502 },
    ]);
    const first = await fetch(`${url}/alpha`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/application\/json/);
    await expect(first.json()).rejects.toThrow();
    const second = await fetch(`${url}/alpha`);
    expect(second.status).toBe(502);
    await expect(second.json()).rejects.toThrow();
  });

  it('applies errorRate deterministically from the fault seed', async () => {
    const run = async () => {
      server.setFaults([{ status: 500, errorRate: 0.5 }]);
      const statuses: number[] = [];
      for (let i = 0; i < 16; i += 1) {
        const response = await fetch(`${url}/alpha`);
        await response.arrayBuffer();
        statuses.push(response.status);
      }
      return statuses;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(new Set(first)).toEqual(new Set([200, 500]));
  });

  it('lets a client give up on a hung request and stays usable', async () => {
    server.setFaults([{ operation: 'alpha', hang: true }]);
    await expect(fetch(`${url}/alpha`, { signal: AbortSignal.timeout(150) })).rejects.toThrow();
    expect((await fetch(`${url}/beta`)).status).toBe(200);
    expect(server.requests('alpha').map((e) => [e.status, e.durationMs, e.fault])).toEqual([
      [0, null, 'hang'],
    ]);
  });

  it('resets data, log and faults through reset() and POST /__simulator/reset', async () => {
    const before = definition.resets;
    server.setFaults([{ status: 500 }]);
    await fetch(`${url}/alpha`);
    expect((await control('POST', 'reset')).status).toBe(204);
    expect(definition.resets).toBe(before + 1);
    expect(server.requests()).toEqual([]);
    expect(server.faults()).toEqual([]);
    expect((await fetch(`${url}/alpha`)).status).toBe(200);
  });

  it('returns copies from requests() so callers cannot rewrite the log', async () => {
    await fetch(`${url}/alpha`);
    const [entry] = server.requests();
    if (entry) entry.status = 999;
    expect(server.requests()[0]?.status).toBe(200);
  });
});

describe('SimulatorServer lifecycle', () => {
  it('throws on url before start and on a second start', async () => {
    const server = new SimulatorServer(echoDefinition());
    expect(() => server.url).toThrow('echo simulator is not started');
    await server.start();
    await expect(server.start()).rejects.toThrow('already started');
    await server.stop();
    await server.stop(); // idempotent
    expect(() => server.url).toThrow('not started');
  });

  it('stop() ends hung requests and latency waits promptly', async () => {
    const server = new SimulatorServer(echoDefinition());
    const url = await server.start();
    server.setFaults([
      { operation: 'hang', hang: true },
      { operation: 'slow', latencyMs: 60_000 },
    ]);
    const hung = fetch(`${url}/hang`);
    const slow = fetch(`${url}/slow`);
    hung.catch(() => undefined);
    slow.catch(() => undefined);
    await sleep(100);
    expect(server.requests().map((e) => [e.operation, e.status])).toEqual([
      ['hang', 0],
      ['slow', 0],
    ]);
    const started = performance.now();
    await server.stop();
    expect(performance.now() - started).toBeLessThan(1_000);
    await expect(hung).rejects.toThrow();
    await expect(slow).rejects.toThrow();
  });

  it('stop() does not wait for idle keep-alive sockets', async () => {
    const server = new SimulatorServer(echoDefinition());
    const url = await server.start();
    const response = await fetch(`${url}/alpha`);
    expect(response.headers.get('connection')).not.toBe('close');
    await response.text();
    const started = performance.now();
    await server.stop();
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('can start again after stop, on a new port', async () => {
    const server = new SimulatorServer(echoDefinition());
    await server.start();
    await server.stop();
    const url = await server.start();
    expect((await fetch(`${url}/alpha`)).status).toBe(200);
    await server.stop();
  });

  it('answers 413 above maxBodyBytes', async () => {
    const server = new SimulatorServer(echoDefinition(), { maxBodyBytes: 10 });
    const url = await server.start();
    const response = await fetch(`${url}/alpha`, { method: 'POST', body: 'x'.repeat(100) });
    expect(response.status).toBe(413);
    await server.stop();
  });
});
