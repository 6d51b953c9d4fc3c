/**
 * ListOpportunities keeps one sorted order per SortBy and SortOrder, built on the first listing
 * that asks for it; opportunities created later (an accepted invitation's task completing) must
 * take their place in every built order. The test lists every order first, creates opportunities,
 * and lists again: the answers must be what sorting the catalog as it stands now gives, computed
 * here independently of the simulator.
 */
import {
  ListOpportunitiesCommand,
  paginateListOpportunities,
  StartEngagementByAcceptingInvitationTaskCommand,
  type ListOpportunitiesCommandInput,
  type PartnerCentralSellingClient,
} from '@aws-sdk/client-partnercentral-selling';
import type {
  OpportunityRecord,
  PartnerCentralSimulator,
} from '../../../src/sources/partner-central/simulator/index.js';
import { clientFor, expectedOrder, ManualClock, startSimulator } from './support.js';

const DURATION_MS = 50;

type SortBy =
  'LastModifiedDate' | 'Identifier' | 'CustomerCompanyName' | 'CreatedDate' | 'TargetCloseDate';

const KEYS: Record<SortBy, (r: OpportunityRecord) => string | number | undefined> = {
  LastModifiedDate: (r) => Date.parse(r.LastModifiedDate),
  Identifier: (r) => r.Id,
  CustomerCompanyName: (r) => r.Customer?.Account?.CompanyName.toLowerCase(),
  CreatedDate: (r) => Date.parse(r.CreatedDate),
  TargetCloseDate: (r) => r.LifeCycle?.TargetCloseDate,
};

const ORDERS = (Object.keys(KEYS) as SortBy[]).flatMap((SortBy) => [
  { SortBy, descending: true },
  { SortBy, descending: false },
]);

describe('Partner Central simulator: ListOpportunities after opportunities are created', () => {
  const clock = new ManualClock();
  let sim: PartnerCentralSimulator;
  let client: PartnerCentralSellingClient;
  beforeAll(async () => {
    sim = await startSimulator({ records: 200, taskDurationMs: DURATION_MS, now: clock.now });
    client = clientFor(sim);
  });
  afterAll(() => sim.stop());

  const catalog = () => sim.data.AWS.opportunities;

  async function listIds(input: Omit<ListOpportunitiesCommandInput, 'Catalog'>) {
    const ids: string[] = [];
    // 70 a page, so a walk crosses NextTokens.
    const pages = paginateListOpportunities({ client, pageSize: 70 }, { Catalog: 'AWS', ...input });
    for await (const page of pages)
      ids.push(...(page.OpportunitySummaries ?? []).map((s) => s.Id!));
    return ids;
  }

  async function expectEveryOrderAsStored(
    filter: Omit<ListOpportunitiesCommandInput, 'Catalog' | 'Sort'> = {},
    matches: (r: OpportunityRecord) => boolean = () => true,
  ) {
    for (const { SortBy, descending } of ORDERS) {
      const SortOrder = descending ? 'DESCENDING' : 'ASCENDING';
      const listed = await listIds({ ...filter, Sort: { SortBy, SortOrder } });
      const expected = expectedOrder(
        catalog().filter(matches),
        KEYS[SortBy],
        descending,
        (r) => r.Id,
      );
      expect({ SortBy, SortOrder, listed }).toEqual({
        SortBy,
        SortOrder,
        listed: expected.map((r) => r.Id),
      });
    }
  }

  it('lists created opportunities in their place in every order, filtered or not', async () => {
    // A CreatedDate window reaching past now, so the created opportunities fall inside it.
    const since = catalog()[30]!.CreatedDate;
    const window = { CreatedDate: { AfterCreatedDate: new Date(since) } };
    const inWindow = (r: OpportunityRecord) => Date.parse(r.CreatedDate) >= Date.parse(since);
    const stage = { LifeCycleStage: ['Prospect' as const] };
    const isProspect = (r: OpportunityRecord) => r.LifeCycle?.Stage === 'Prospect';
    await expectEveryOrderAsStored();
    await expectEveryOrderAsStored(window, inWindow);
    await expectEveryOrderAsStored(stage, isProspect);
    const before = new Set(catalog().map((r) => r.Id));

    const invitations = sim.data.AWS.invitations
      .filter((i) => i.Status === 'PENDING' && !i.failsOnAccept)
      .slice(0, 3);
    expect(invitations).toHaveLength(3);
    for (const [index, invitation] of invitations.entries()) {
      await client.send(
        new StartEngagementByAcceptingInvitationTaskCommand({
          Catalog: 'AWS',
          Identifier: invitation.Id,
          ClientToken: `index-check-${index}`,
        }),
      );
      clock.advance(DURATION_MS);
    }
    // The tasks end when the simulator next looks at them: any call does.
    await client.send(new ListOpportunitiesCommand({ Catalog: 'AWS', MaxResults: 1 }));
    const created = catalog().filter((r) => !before.has(r.Id));
    expect(created).toHaveLength(3);
    // Created as Prospect: inside the stage filter too.
    expect(created.every(isProspect)).toBe(true);

    await expectEveryOrderAsStored();
    await expectEveryOrderAsStored(window, inWindow);
    await expectEveryOrderAsStored(stage, isProspect);
    const newest = await listIds({ Sort: { SortBy: 'CreatedDate', SortOrder: 'DESCENDING' } });
    expect(new Set(newest.slice(0, 3))).toEqual(new Set(created.map((r) => r.Id)));
  });
});
