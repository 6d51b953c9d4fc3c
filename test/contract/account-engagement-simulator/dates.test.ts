import type {
  AccountEngagementSimulator,
  OpportunityRecord,
} from '../../../src/sources/account-engagement/simulator/index.js';
import { idsOf, ManualClock, queryOpportunities, startSimulator, wireMs } from './support.js';

const DAY = 86_400_000;

describe('Account Engagement simulator: date keywords relative to the clock, in UTC', () => {
  // Late in the seeded range, so every keyword window holds some records and excludes others.
  const clock = new ManualClock(Date.parse('2025-12-29T15:30:00.000Z'));
  let sim: AccountEngagementSimulator;
  let live: OpportunityRecord[];
  beforeAll(async () => {
    sim = await startSimulator({ records: 3_000, now: clock.now });
    live = sim.data.liveOpportunities();
  });
  afterAll(() => sim.stop());

  const today = Date.UTC(2025, 11, 29);
  const keywords: [string, number][] = [
    ['today', today],
    ['yesterday', today - DAY],
    ['last_7_days', today - 7 * DAY],
    ['this_month', Date.UTC(2025, 11, 1)],
    ['last_month', Date.UTC(2025, 10, 1)],
  ];

  async function ids(params: Record<string, string>): Promise<number[]> {
    const { opportunities } = await queryOpportunities(sim, {
      ...params,
      output: 'mobile',
      sort_by: 'id',
    });
    return idsOf(opportunities);
  }

  const expected = (predicate: (ms: number) => boolean): number[] =>
    live.filter((o) => predicate(wireMs(o.created_at))).map((o) => o.id);

  it.each(keywords)(
    'created_after=%s is after its instant, created_before before it',
    async (keyword, instant) => {
      const after = expected((ms) => ms > instant);
      const before = expected((ms) => ms < instant);
      expect(after.length).toBeGreaterThan(0);
      expect(before.length).toBeGreaterThan(0);
      expect(await ids({ created_after: keyword })).toEqual(after);
      expect(await ids({ created_before: keyword })).toEqual(before);
    },
  );

  it('last_month to this_month is exactly November', async () => {
    const november = expected((ms) => ms >= Date.UTC(2025, 10, 1) && ms < Date.UTC(2025, 11, 1));
    const result = await ids({ created_after: 'last_month', created_before: 'this_month' });
    // Strict bounds: a record created at exactly 2025-11-01 00:00:00 would be left out.
    expect(result).toEqual(
      november.filter((id) => sim.data.opportunity(id)?.created_at !== '2025-11-01 00:00:00'),
    );
    expect(result.length).toBeGreaterThan(10);
  });

  it('moves with the clock', async () => {
    expect((await ids({ created_after: 'this_month' })).length).toBeGreaterThan(0);
    clock.advance(40 * DAY); // 2026-02-07: nothing seeded after 2026-01-01
    try {
      expect(await ids({ created_after: 'this_month' })).toEqual([]);
      expect(await ids({ created_after: '30 days ago' })).toEqual([]);
      const recent = expected((ms) => ms > clock.ms - 60 * DAY);
      expect(recent.length).toBeGreaterThan(0);
      expect(await ids({ created_after: '60 days ago' })).toEqual(recent);
    } finally {
      clock.advance(-40 * DAY);
    }
  });
});
