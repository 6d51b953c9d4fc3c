/**
 * The query keeps one sorted order per sort key and direction, built on the first query that
 * asks for it; every write must move records in those orders. Each test below queries every
 * order first (so each is built), writes through the API, and queries again: the answers must be
 * what filtering and sorting the records as they stand now gives, computed here independently.
 */
import type {
  AccountEngagementSimulator,
  OpportunityRecord,
} from '../../../src/sources/account-engagement/simulator/index.js';
import {
  expectedOrder,
  expectXmlOk,
  idsOf,
  ManualClock,
  opportunityPath,
  call,
  queryOpportunities,
  startSimulator,
  wireMs,
} from './support.js';

const PAGE = 160;
const FIELDS = ['created_at', 'id', 'probability', 'value'] as const;
const ORDERS = FIELDS.flatMap((field) => [
  { field, descending: true },
  { field, descending: false },
]);

describe('Account Engagement simulator: queries after writes', () => {
  const clock = new ManualClock();
  let sim: AccountEngagementSimulator;
  beforeAll(async () => {
    sim = await startSimulator({ records: 300, now: clock.now });
  });
  afterAll(() => sim.stop());
  beforeEach(() => sim.reset());

  const live = (): OpportunityRecord[] => sim.data.liveOpportunities();

  /** Every order, walked by offset 160 at a time, as ids; and the total each page reported. */
  async function walkEveryOrder(extra: Record<string, string> = {}) {
    const walks: { ids: number[]; totals: Set<number | undefined> }[] = [];
    for (const { field, descending } of ORDERS) {
      const ids: number[] = [];
      const totals = new Set<number | undefined>();
      for (let offset = 0; ; offset += PAGE) {
        const page = await queryOpportunities(sim, {
          ...extra,
          // mobile: the records' own fields, quickest to render and parse.
          output: 'mobile',
          sort_by: field,
          sort_order: descending ? 'descending' : 'ascending',
          offset: String(offset),
          limit: String(PAGE),
        });
        totals.add(page.total);
        ids.push(...idsOf(page.opportunities));
        if (page.opportunities.length < PAGE) break;
      }
      walks.push({ ids, totals });
    }
    return walks;
  }

  async function expectEveryOrderAsStored(
    matches: (o: OpportunityRecord) => boolean = () => true,
    extra: Record<string, string> = {},
  ) {
    const walks = await walkEveryOrder(extra);
    const records = live().filter(matches);
    ORDERS.forEach(({ field, descending }, index) => {
      const expected = expectedOrder(records, field, descending).map((o) => o.id);
      expect({ field, descending, ids: walks[index]!.ids }).toEqual({
        field,
        descending,
        ids: expected,
      });
      expect(walks[index]!.totals).toEqual(new Set([records.length]));
    });
  }

  const write = async (action: string, params: Record<string, string> = {}) =>
    call(sim, opportunityPath(action), { method: 'POST', params });

  it('shows a created opportunity in every order', async () => {
    await expectEveryOrderAsStored();
    clock.advance(60_000);
    const prospect = sim.data.prospects[3]!;
    expectXmlOk(
      await write(`create/prospect_id/${prospect.id}`, {
        name: 'Index check',
        value: '12345.5',
        probability: '55',
      }),
    );
    const created = sim.data.opportunities.at(-1)!;
    expect(created.name).toBe('Index check');
    await expectEveryOrderAsStored();
    const newest = await queryOpportunities(sim, { limit: '1' });
    expect(idsOf(newest.opportunities)).toEqual([created.id]);
  });

  it('moves an updated opportunity to its new place by value and probability', async () => {
    await expectEveryOrderAsStored();
    const [low, high] = [live()[10]!, live()[20]!];
    clock.advance(60_000);
    expectXmlOk(await write(`update/id/${low.id}`, { value: '99999999', probability: '100' }));
    expectXmlOk(await write(`update/id/${high.id}`, { value: '0', probability: '0' }));
    expect([low.value, high.value]).toEqual([99_999_999, 0]);
    await expectEveryOrderAsStored();
    const top = await queryOpportunities(sim, { sort_by: 'value', limit: '1' });
    expect(idsOf(top.opportunities)).toEqual([low.id]);
  });

  it('drops a deleted opportunity and puts an undeleted one back where it belongs', async () => {
    await expectEveryOrderAsStored();
    const removed = live()[50]!;
    const restored = sim.data.opportunities.find((o) => o.deleted)!;
    clock.advance(60_000);
    expect((await write(`delete/id/${removed.id}`)).status).toBe(204);
    expect((await write(`undelete/id/${restored.id}`)).status).toBe(204);
    expect([removed.deleted, restored.deleted]).toEqual([true, false]);
    await expectEveryOrderAsStored();
    const all = idsOf((await queryOpportunities(sim, { output: 'mobile' })).opportunities);
    expect(all).toContain(restored.id);
    expect(all).not.toContain(removed.id);
  });

  it('keeps filtered windows of every order in step with writes', async () => {
    // A window on each sort key (strict bounds), built before the writes.
    const [from, to] = [wireMs(live()[40]!.created_at), wireMs(live()[260]!.created_at)];
    const createdWindow = {
      created_after: live()[40]!.created_at,
      created_before: live()[260]!.created_at,
      probability_greater_than: '10',
    };
    const inWindow = (o: OpportunityRecord) =>
      wireMs(o.created_at) > from && wireMs(o.created_at) < to && o.probability > 10;
    await expectEveryOrderAsStored(inWindow, createdWindow);
    const inside = live().filter(inWindow);
    const restored = sim.data.opportunities.find((o) => o.deleted && inWindow(o))!;
    expect(restored).toBeDefined();
    clock.advance(60_000);
    expectXmlOk(await write(`update/id/${inside[5]!.id}`, { probability: '5' }));
    expect((await write(`delete/id/${inside[6]!.id}`)).status).toBe(204);
    expect((await write(`undelete/id/${restored.id}`)).status).toBe(204);
    await expectEveryOrderAsStored(inWindow, createdWindow);
  });
});
