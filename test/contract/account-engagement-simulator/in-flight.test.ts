/*
 * Hung requests and the business unit's five concurrency slots (docs/simulators.md#hung-requests
 * -and-concurrency-slots): a request held by a `hang` fault keeps its slot after its client gave
 * up, as production would count it, until SLOT_TIMEOUT_MS passes or the simulator is reset.
 * GET /__simulator/in-flight shows both sides: the connections still waiting, and the slots.
 */
import {
  SLOT_TIMEOUT_MS,
  type AccountEngagementSimulator,
} from '../../../src/sources/account-engagement/simulator/index.js';
import type { InFlightReport } from '../../../src/core/simulator/index.js';
import {
  call,
  expectXmlError,
  expectXmlOk,
  opportunityPath,
  sleep,
  startSimulator,
} from './support.js';

interface AeInFlight extends InFlightReport {
  readonly upstream: {
    readonly concurrency: {
      readonly limit: number;
      readonly slotsInUse: number;
      readonly slotTimeoutMs: number;
      readonly requests: {
        method: string;
        path: string;
        operation: string;
        since: string;
        holdsSlot: boolean;
        releasedBy: string;
      }[];
    };
  };
}

async function inFlight(sim: AccountEngagementSimulator): Promise<AeInFlight> {
  const response = await fetch(new URL('/__simulator/in-flight', sim.url));
  expect(response.status).toBe(200);
  return (await response.json()) as AeInFlight;
}

async function until(sim: AccountEngagementSimulator, done: (report: AeInFlight) => boolean) {
  for (;;) {
    const report = await inFlight(sim);
    if (done(report)) return report;
    await sleep(10);
  }
}

describe('Account Engagement simulator: hung requests hold concurrency slots', () => {
  let sim: AccountEngagementSimulator;
  beforeAll(async () => {
    sim = await startSimulator({ records: 20 });
  });
  afterAll(() => sim.stop());
  beforeEach(() => sim.reset());

  const query = opportunityPath('query');

  it('nothing is in flight and no slot is held once calls are answered', async () => {
    expectXmlOk(await call(sim, query, { params: { limit: '1' } }));
    expect(await inFlight(sim)).toEqual({
      requests: [],
      upstream: {
        concurrency: { limit: 5, slotsInUse: 0, slotTimeoutMs: SLOT_TIMEOUT_MS, requests: [] },
      },
    });
  });

  it('five hung requests keep their slots after their clients gave up: 66 until reset', async () => {
    sim.setFaults([{ operation: 'opportunity.query', hang: true, times: 5 }]);
    const clients = new AbortController();
    const hung = Array.from({ length: 5 }, (_, index) =>
      fetch(new URL(`${query}?limit=${index + 1}`, sim.url), {
        headers: {
          authorization: `Bearer ${sim.issueToken()}`,
          'pardot-business-unit-id': sim.businessUnitId,
        },
        signal: clients.signal,
      }).catch(() => undefined),
    );

    const held = await until(sim, (r) => r.requests.length === 5);
    expect(held.requests.map((r) => [r.method, r.operation, r.stage, r.fault])).toEqual(
      Array.from({ length: 5 }, () => ['GET', 'opportunity.query', 'hung', 'hang']),
    );
    const { concurrency } = held.upstream;
    expect(concurrency.slotsInUse).toBe(5);
    expect(concurrency.requests).toHaveLength(5);
    for (const slot of concurrency.requests) {
      expect(slot).toMatchObject({
        method: 'GET',
        path: query,
        operation: 'opportunity.query',
        holdsSlot: true,
      });
      expect(Date.parse(slot.releasedBy) - Date.parse(slot.since)).toBe(SLOT_TIMEOUT_MS);
    }

    clients.abort();
    await Promise.all(hung);
    // The connections are gone; the slots are not.
    const abandoned = await until(sim, (r) => r.requests.length === 0);
    expect(abandoned.upstream.concurrency.slotsInUse).toBe(5);

    const sixth = await call(sim, query, { params: { limit: '1' } });
    expect(expectXmlError(sixth, 66)).toBe(
      'You have exceeded your concurrent request limit.  Please wait, before trying again',
    );

    const reset = await fetch(new URL('/__simulator/reset', sim.url), { method: 'POST' });
    expect(reset.status).toBe(204);
    expect((await inFlight(sim)).upstream.concurrency).toMatchObject({
      slotsInUse: 0,
      requests: [],
    });
    expectXmlOk(await call(sim, query, { params: { limit: '1' } }));
  });

  it('lists a request that arrived with every slot taken as not holding one', async () => {
    const two = await startSimulator({ records: 5, maxConcurrent: 1 });
    try {
      two.setFaults([{ operation: 'opportunity.query', latencyMs: 60_000, times: 2 }]);
      const clients = new AbortController();
      const headers = {
        authorization: `Bearer ${two.issueToken()}`,
        'pardot-business-unit-id': two.businessUnitId,
      };
      const pending = [0, 1].map((index) =>
        fetch(new URL(`${query}?limit=${index + 1}`, two.url), {
          headers,
          signal: clients.signal,
        }).catch(() => undefined),
      );
      const report = await until(two, (r) => r.requests.length === 2);
      expect(report.requests.map((r) => r.stage)).toEqual(['delayed', 'delayed']);
      expect(report.upstream.concurrency.requests.map((r) => r.holdsSlot).sort()).toEqual([
        false,
        true,
      ]);
      expect(report.upstream.concurrency.slotsInUse).toBe(1);
      clients.abort();
      await Promise.all(pending);
    } finally {
      await two.stop();
    }
  });
});
