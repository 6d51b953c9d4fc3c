/*
 * Account Engagement look-ups by id from many requests at once, with every concurrency slot busy
 * (five slow reads hold them): the ids of the requests waiting for a slot merge, one call per
 * slot, first come first served. Ids close together share one range query, lone ids are each one
 * read, every request gets exactly its own records, and a failed call fails only the requests
 * with an id in it. Counts come from the simulator's request log, per-request counts from the
 * server's request log lines. The cache is off (test-app default), so every id goes upstream.
 */
import type { ExecutionResult } from 'graphql';
import type { FaultRule, RequestLogEntry } from '../../../src/core/simulator/index.js';
import { expectNoSecrets, startTestApp, type TestApp } from '../../support/test-app.js';
import {
  SIMULATOR_CLIENT_SECRET,
  SIMULATOR_REFRESH_TOKEN,
} from '../../../src/sources/account-engagement/simulator/index.js';
import { aeId, apiCalls, live, maxInFlight, sorted } from '../account-engagement-support.js';

type Nodes = { nodes: ({ id: string; name: string | null } | null)[] };
type Answer = { status: number; body: ExecutionResult<Nodes>; text: string };

/**
 * How long the five blocking reads hold every slot: far longer than queueing a few requests, even
 * on a loaded machine (at 1.5 s a full run once let the slots free before 12 requests had queued).
 */
const HOLD_MS = 5_000;
const SLOTS = 5;

let t: TestApp;
/** Live ids, ascending. */
let ids: number[];

/** A query named `name`, so that its request log line can be told from the others. */
const nodesQuery = (name: string) =>
  `query ${name}($ids: [ID!]!) { nodes(ids: $ids) { id ... on Opportunity { name } } }`;

const ask = (name: string, wanted: readonly number[], headers?: Record<string, string>) =>
  t.graphql<Nodes>(nodesQuery(name), { ids: wanted.map(aeId) }, headers) as Promise<Answer>;

/** What a request must get: each id's record, or null for an id that is not live. */
const expected = (wanted: readonly number[]) =>
  wanted.map((id) => {
    const record = t.ae.data.liveOpportunity(id);
    return record ? { id: aeId(id), name: record.name } : null;
  });

async function until(condition: () => boolean, what: string, withinMs = 10_000): Promise<void> {
  for (const started = Date.now(); !condition();) {
    if (Date.now() - started > withinMs) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Live ids at least `gap` apart from each other and from everything below `from`. */
function spread(from: number, count: number, gap = 250): number[] {
  const picked: number[] = [];
  for (const id of ids)
    if (id >= from && (picked.length === 0 || id - picked.at(-1)! >= gap)) picked.push(id);
  expect(picked.length).toBeGreaterThanOrEqual(count);
  return picked.slice(0, count);
}

/**
 * Runs `send` while five slow reads hold every slot, once their reads have arrived; `faults`
 * replace the slow rule once it is spent. Waits until `queuedIds` distinct ids are queued and
 * checks the slots were still held then, so every merged call below is decided with all of them
 * queued. Answers the requests' responses and the calls made after the blockers.
 */
async function whileSlotsBusy(
  send: () => Promise<Answer>[],
  queuedIds: number,
  faults: FaultRule[] = [],
): Promise<{ answers: Answer[]; calls: RequestLogEntry[] }> {
  t.ae.clearRequests();
  t.logs.clear();
  t.ae.setFaults([{ operation: 'opportunity.read', latencyMs: HOLD_MS, times: SLOTS }]);
  const blockers = BLOCKERS().map((id, n) => ask(`Blocker${n}`, [id]));
  await until(() => t.ae.requests('opportunity.read').length === SLOTS, 'the blockers arrived');
  t.ae.setFaults(faults);
  const pending = send();
  const byId = t.app.sources.services.accountEngagement.opportunitiesById;
  await until(() => byId.queued('simple') === queuedIds, `${queuedIds} ids are queued`);
  // The precondition of every count below: no slot came free before the last id was queued.
  expect(t.ae.requests('opportunity.read').map((entry) => entry.status)).toEqual(
    Array(SLOTS).fill(0),
  );
  const answers = await Promise.all(pending);
  for (const blocker of await Promise.all(blockers)) expect(blocker.body.errors).toBeUndefined();
  const calls = apiCalls(t.ae);
  // At most five in flight, none refused with error 66 (a failure envelope, never status 200).
  expect(maxInFlight(calls)).toBeLessThanOrEqual(SLOTS);
  return { answers, calls: calls.slice(SLOTS) };
}

/** Far above the ids the tests ask for. */
const BLOCKERS = () => spread(3_000, SLOTS);

/** Account Engagement calls the request named `name` counted in its log line. */
function countedBy(name: string): number | undefined {
  const line = t.logs
    .lines()
    .find((entry) => entry.msg === 'graphql request' && entry.operationName === name);
  return (line?.upstreamCallsBySource as Record<string, number> | undefined)?.ACCOUNT_ENGAGEMENT;
}

const pathOf = (entry: RequestLogEntry) => entry.path.replace(/.*\/do\//, '');

beforeAll(async () => {
  t = await startTestApp({ SIMULATOR_RECORDS: '4500' });
  ids = sorted(live(t.ae), 'ID', 'ASC').map((o) => o.id);
  // The first request fetches a token; keep it out of the counts below.
  await ask('Warm', [ids[0]!]);
});
afterAll(() => t?.stop());
afterEach(() => t.ae.clearFaults());

describe('Account Engagement look-ups by id merged across requests waiting for a slot', () => {
  it('12 requests of close ids (most asked twice) cost one range query, each gets its own records', async () => {
    const cluster = ids.filter((id) => id >= 300 && id < 450).slice(0, 26);
    expect(cluster).toHaveLength(26);
    // Request i asks ids 2i .. 2i+3: every id but the first two and last two by two requests.
    const groups = Array.from({ length: 12 }, (_, i) => cluster.slice(2 * i, 2 * i + 4));
    const { answers, calls } = await whileSlotsBusy(
      () => groups.map((group, i) => ask(`Close${i}`, group)),
      cluster.length,
    );
    answers.forEach(({ body }, i) => {
      expect(body.errors).toBeUndefined();
      expect(body.data!.nodes).toEqual(expected(groups[i]!));
    });
    // Alone, each request would cost one query: 12 calls for 48 ids.
    expect(calls.map((call) => [call.operation, call.status])).toEqual([
      ['opportunity.query', 200],
    ]);
    expect(calls[0]!.query).toMatchObject({
      id_greater_than: String(cluster[0]! - 1),
      id_less_than: String(cluster.at(-1)! + 1),
      output: 'simple',
    });
    // The shared call is counted by every request it served.
    expect(groups.map((_, i) => countedBy(`Close${i}`))).toEqual(groups.map(() => 1));
  });

  it('lone ids of different requests are one read each, on the slot granted for it', async () => {
    // More lone ids than slots: a call that waited for a second slot beside the one granted for
    // it would leave all five held by calls that each wait for another.
    const lone = spread(1_000, 6);
    const wanted = [...lone.map((id) => [id]), [lone[1]!, lone[0]!], [lone[0]!]];
    const { answers, calls } = await whileSlotsBusy(
      () => wanted.map((group, i) => ask(`Lone${i}`, group)),
      lone.length,
    );
    answers.forEach(({ body }, i) => {
      expect(body.errors).toBeUndefined();
      expect(body.data!.nodes).toEqual(expected(wanted[i]!));
    });
    expect(calls.map((call) => [pathOf(call), call.status]).sort()).toEqual(
      lone.map((id) => [`read/id/${id}`, 200]).sort(),
    );
  });

  it('a missing and a deleted id in merged range queries are null beside the records found', async () => {
    const last = ids.at(-1)!;
    const missing = last + 5;
    const deleted = t.ae.data.opportunities.find((o) => o.deleted && o.id > 1_500)!.id;
    const neighbour = ids.find((id) => id > deleted)!;
    expect(neighbour - deleted).toBeLessThan(200);
    expect(last - neighbour).toBeGreaterThan(200);
    const wanted = [[last], [missing], [deleted], [neighbour]];
    const { answers, calls } = await whileSlotsBusy(
      () => wanted.map((group, i) => ask(`Missing${i}`, group)),
      4,
    );
    expect(answers.map(({ body }) => body.errors)).toEqual(wanted.map(() => undefined));
    expect(answers.map(({ body }) => body.data!.nodes)).toEqual([
      expected([last]),
      [null],
      [null],
      expected([neighbour]),
    ]);
    expect(expected([last])[0]).not.toBeNull();
    // Two ranges, one per pair; no read for either id that is not there.
    expect(calls.map((call) => [call.operation, call.status])).toEqual([
      ['opportunity.query', 200],
      ['opportunity.query', 200],
    ]);
  });

  it('a failed read fails only the requests asking its id; their other ids are answered', async () => {
    const [p, q] = spread(1_000, 2);
    const cluster = ids.filter((id) => id >= 300 && id < 310).slice(0, 3);
    expect(cluster).toHaveLength(3);
    const wanted = [[p!], [p!], [q!], [q!, ...cluster]];
    // The first read to arrive is refused (error 5: not retried); which id it is, the log says.
    const { answers, calls } = await whileSlotsBusy(
      () => wanted.map((group, i) => ask(`Fail${i}`, group)),
      2 + cluster.length,
      [{ operation: 'opportunity.read', status: 400, times: 1 }],
    );
    const refused = calls.filter((call) => call.status !== 200);
    expect(refused.map((call) => call.operation)).toEqual(['opportunity.read']);
    const failed = Number(pathOf(refused[0]!).replace('read/id/', ''));
    expect([p, q]).toContain(failed);
    // Each id once: the refused read is not repeated, nor sent again for the other request.
    expect(calls.filter((call) => pathOf(call) === `read/id/${failed}`)).toHaveLength(1);
    answers.forEach(({ body, text }, i) => {
      const group = wanted[i]!;
      const nodes = expected(group).map((node, n) => (group[n] === failed ? null : node));
      expect(body.data!.nodes).toEqual(nodes);
      const errors = (body.errors ?? []).map((error) => [error.path, error.extensions?.code]);
      expect(errors).toEqual(
        group.flatMap((id, n) => (id === failed ? [[['nodes', n], 'UPSTREAM_REJECTED']] : [])),
      );
      expectNoSecrets(text, [SIMULATOR_CLIENT_SECRET, SIMULATOR_REFRESH_TOKEN, 'Bearer ']);
    });
  });

  it('a Cache-Control: no-cache request joins no merged call: it sends its own', async () => {
    const [p] = spread(1_000, 1);
    const { answers, calls } = await whileSlotsBusy(
      () => [ask('Queued', [p!]), ask('Fresh', [p!], { 'cache-control': 'no-cache' })],
      1,
    );
    for (const { body } of answers) expect(body.data!.nodes).toEqual(expected([p!]));
    expect(calls.map(pathOf)).toEqual([`read/id/${p}`, `read/id/${p}`]);
    expect([countedBy('Queued'), countedBy('Fresh')]).toEqual([1, 1]);
  });
});
