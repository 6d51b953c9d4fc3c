import {
  jsonResponse,
  SimulatorServer,
  type InFlightReport,
  type SimulatorDefinition,
} from '../../../src/core/simulator/index.js';

/** A minimal upstream that counts nothing itself, unless given an `inFlight` view. */
function echoDefinition(inFlight?: () => Record<string, unknown>): SimulatorDefinition {
  return {
    name: 'echo',
    operationOf: (req) => req.path.split('/')[1] || 'root',
    handle: (req) => jsonResponse(200, { path: req.path }),
    faultResponse: (status) => jsonResponse(status, { fault: status }),
    reset: () => undefined,
    ...(inFlight ? { inFlight } : {}),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function inFlight(url: string): Promise<InFlightReport> {
  const response = await fetch(`${url}/__simulator/in-flight`);
  expect(response.status).toBe(200);
  return (await response.json()) as InFlightReport;
}

/** Polls until `done` holds (the server registers and forgets requests on its own time). */
async function until(url: string, done: (report: InFlightReport) => boolean) {
  for (;;) {
    const report = await inFlight(url);
    if (done(report)) return report;
    await sleep(10);
  }
}

describe('GET /__simulator/in-flight', () => {
  const server = new SimulatorServer(echoDefinition());
  let url: string;
  beforeAll(async () => {
    url = await server.start(0);
  });
  afterAll(() => server.stop());
  beforeEach(() => server.reset());

  it('is empty when every request has been answered', async () => {
    expect((await fetch(`${url}/alpha`)).status).toBe(200);
    expect(await inFlight(url)).toEqual({ requests: [] });
  });

  it('lists hung and delayed requests with method, path, operation, since and stage', async () => {
    server.setFaults([
      { operation: 'hung', hang: true },
      { operation: 'slow', latencyMs: 60_000 },
    ]);
    const clients = new AbortController();
    const hung = fetch(`${url}/hung/1?x=1`, { method: 'POST', signal: clients.signal });
    const slow = fetch(`${url}/slow/2`, { signal: clients.signal });
    hung.catch(() => undefined);
    slow.catch(() => undefined);
    const report = await until(url, (r) => r.requests.length === 2);
    const log = server.requests();
    expect(report.requests).toEqual([
      {
        seq: log[0]!.seq,
        method: 'POST',
        path: '/hung/1',
        operation: 'hung',
        since: log[0]!.receivedAt,
        ageMs: expect.any(Number),
        stage: 'hung',
        fault: 'hang',
      },
      {
        seq: log[1]!.seq,
        method: 'GET',
        path: '/slow/2',
        operation: 'slow',
        since: log[1]!.receivedAt,
        ageMs: expect.any(Number),
        stage: 'delayed',
        fault: 'latency 60000ms',
      },
    ]);
    expect(report.upstream).toBeUndefined();
    // The control call itself is not in flight, and an answered request leaves the list.
    expect((await fetch(`${url}/alpha`)).status).toBe(200);
    expect((await inFlight(url)).requests.map((r) => r.operation)).toEqual(['hung', 'slow']);

    // Once the clients give up, nothing is in flight; the log keeps both with status 0.
    clients.abort();
    expect(await until(url, (r) => r.requests.length === 0)).toEqual({ requests: [] });
    expect(server.requests('hung').map((e) => e.status)).toEqual([0]);
  });

  it('is a GET only', async () => {
    const response = await fetch(`${url}/__simulator/in-flight`, { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
  });

  it("adds the definition's own count under `upstream`", async () => {
    const counting = new SimulatorServer(echoDefinition(() => ({ slots: { inUse: 3 } })));
    const countingUrl = await counting.start(0);
    try {
      expect(await inFlight(countingUrl)).toEqual({
        requests: [],
        upstream: { slots: { inUse: 3 } },
      });
      expect(counting.inFlight()).toEqual({ requests: [], upstream: { slots: { inUse: 3 } } });
    } finally {
      await counting.stop();
    }
  });
});
