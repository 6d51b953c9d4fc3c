/*
 * The Account Engagement detail objects run through the built schema's own resolvers with canned
 * records and counting loaders: which fields come from the record as it is, and when a prospect
 * summary (what an opportunity's `simple` output nests) costs one look-up of the whole prospect.
 */
import 'reflect-metadata';
import DataLoader from 'dataloader';
import {
  execute,
  GraphQLList,
  GraphQLObjectType,
  GraphQLSchema,
  parse,
  type GraphQLOutputType,
} from 'graphql';
import type { Context } from '../../../src/context.js';
import type { OpportunityRecord } from '../../../src/core/domain/opportunity.js';
import type { ProspectRecord } from '../../../src/core/domain/prospect.js';
import type { AccountEngagementOpportunityKey } from '../../../src/sources/account-engagement/loaders/opportunity.loader.js';
import { buildSubgraph } from '../../../src/schema/build.js';
import {
  mapAccountEngagementOpportunity,
  mapAccountEngagementProspect,
} from '../../../src/sources/account-engagement/mapper.js';
import type { WireProspect } from '../../../src/sources/account-engagement/wire.js';

interface Root {
  opportunities?: OpportunityRecord[];
  prospects?: ProspectRecord[];
}

let wrapped: Promise<GraphQLSchema> | undefined;
function testSchema(): Promise<GraphQLSchema> {
  wrapped ??= buildSubgraph().then((schema) => {
    const list = (name: string, key: keyof Root) => ({
      type: new GraphQLList(schema.getType(name) as GraphQLOutputType),
      resolve: (root: Root) => root[key] ?? [],
    });
    const query = new GraphQLObjectType({
      name: 'TestRoot',
      fields: {
        opportunities: list('Opportunity', 'opportunities'),
        prospects: list('Prospect', 'prospects'),
      },
    });
    return new GraphQLSchema({ ...schema.toConfig(), query });
  });
  return wrapped;
}

const SUMMARY_KEYS = ['id', 'first_name', 'last_name', 'email', 'company'];

function wireProspect(id: number, whole: boolean, extra: Record<string, string | null> = {}) {
  const fields: Record<string, string | null> = {
    id: String(id),
    first_name: 'Ada',
    last_name: 'Lovelace',
    email: `ada${id}@example.com`,
    company: 'Engines Ltd',
    job_title: 'Analyst',
    score: '120',
    grade: 'A-',
    last_activity_at: '2025-12-24 08:15:00',
    is_do_not_email: '1',
    is_do_not_call: null,
    created_at: '2024-01-02 03:04:05',
    updated_at: '2025-01-02 03:04:05',
    Favourite_Colour: 'teal',
    ...extra,
  };
  const kept = whole
    ? fields
    : Object.fromEntries(Object.entries(fields).filter(([key]) => SUMMARY_KEYS.includes(key)));
  const wire: WireProspect = {
    id,
    email: kept.email ?? null,
    first_name: kept.first_name ?? null,
    last_name: kept.last_name ?? null,
    company: kept.company ?? null,
    created_at: kept.created_at ?? null,
    updated_at: kept.updated_at ?? null,
    fields: kept,
  };
  return mapAccountEngagementProspect(wire);
}

function opportunity(id: number, prospects: ProspectRecord[] | null): OpportunityRecord {
  const record = mapAccountEngagementOpportunity({
    id,
    name: `Deal ${id}`,
    value: '1999.90',
    probability: 35,
    type: 'New',
    stage: 'Proposal',
    status: 'open',
    closed_at: null,
    created_at: '2025-03-04 05:06:07',
    updated_at: '2025-03-05 05:06:07',
    campaign: { id: 1001, name: 'Webinar' },
    prospects: [],
  });
  if (record.details.kind === 'accountEngagement') record.details.prospects = prospects;
  return record;
}

function fakeContext(
  opportunities: Record<number, OpportunityRecord> = {},
  prospects: Record<number, ProspectRecord> = {},
) {
  const log = { opportunity: [] as string[][], prospect: [] as number[][] };
  const keyOf = (key: AccountEngagementOpportunityKey) =>
    `${key.opportunityId}:${key.withProspects}`;
  const accountEngagementOpportunity = new DataLoader<
    AccountEngagementOpportunityKey,
    OpportunityRecord | null,
    string
  >(
    async (keys) => {
      log.opportunity.push(keys.map(keyOf));
      return keys.map((key) => opportunities[key.opportunityId] ?? null);
    },
    { cacheKeyFn: keyOf },
  );
  const accountEngagementProspect = new DataLoader<number, ProspectRecord | null>(async (ids) => {
    log.prospect.push([...ids]);
    return ids.map((id) => prospects[id] ?? null);
  });
  const ctx = { loaders: { accountEngagementOpportunity, accountEngagementProspect } };
  return { ctx: ctx as unknown as Context, log };
}

async function run(query: string, root: Root, ctx: Context) {
  const result = await execute({
    schema: await testSchema(),
    document: parse(query),
    rootValue: root,
    contextValue: ctx,
  });
  expect(result.errors).toBeUndefined();
  return JSON.parse(JSON.stringify(result.data)) as Record<string, unknown>;
}

describe('AccountEngagementOpportunity', () => {
  it('answers every field from the record', async () => {
    const { ctx, log } = fakeContext();
    const data = await run(
      `{ opportunities { accountEngagement { opportunityId name value probability type stage
          status closedAt campaign { id name } createdAt updatedAt } leadSquared { eventCode }
          partnerCentral { opportunityId } } }`,
      { opportunities: [opportunity(7, null)] },
      ctx,
    );
    expect(data.opportunities).toEqual([
      {
        accountEngagement: {
          opportunityId: 7,
          name: 'Deal 7',
          value: '1999.90',
          probability: 35,
          type: 'New',
          stage: 'Proposal',
          status: 'open',
          closedAt: null,
          campaign: { id: 1001, name: 'Webinar' },
          createdAt: '2025-03-04T05:06:07.000Z',
          updatedAt: '2025-03-05T05:06:07.000Z',
        },
        leadSquared: null,
        partnerCentral: null,
      },
    ]);
    expect(log).toEqual({ opportunity: [], prospect: [] });
  });

  it('prospects: those it carries, else one batched full look-up', async () => {
    const carried = wireProspect(1, true);
    const loaded = wireProspect(2, true);
    const { ctx, log } = fakeContext({ 9: opportunity(9, [loaded]) });
    const data = await run(
      `{ opportunities { id prospects { id } } }`,
      {
        opportunities: [opportunity(8, [carried]), opportunity(9, null), opportunity(10, [])],
      },
      ctx,
    );
    expect(data.opportunities).toEqual([
      { id: 'ae:8', prospects: [{ id: 'ae-prospect:1' }] },
      { id: 'ae:9', prospects: [{ id: 'ae-prospect:2' }] },
      { id: 'ae:10', prospects: [] },
    ]);
    expect(log.opportunity).toEqual([['9:true']]);
  });
});

describe('AccountEngagementProspect', () => {
  const QUERY = `{ prospects { id createdAt accountEngagement { prospectId jobTitle score grade
      lastActivityAt isDoNotEmail isDoNotCall isArchived colour: field(name: "Favourite_Colour")
      missing: field(name: "Not_There") } } }`;
  const EXPECTED = {
    id: 'ae-prospect:3',
    createdAt: '2024-01-02T03:04:05.000Z',
    accountEngagement: {
      prospectId: 3,
      jobTitle: 'Analyst',
      score: 120,
      grade: 'A-',
      lastActivityAt: '2025-12-24T08:15:00.000Z',
      isDoNotEmail: true,
      isDoNotCall: false,
      // Not returned by the API at all: null, not false.
      isArchived: null,
      colour: 'teal',
      missing: null,
    },
  };

  it('a whole prospect answers from its own fields, even for an unknown custom field', async () => {
    const { ctx, log } = fakeContext();
    const data = await run(QUERY, { prospects: [wireProspect(3, true)] }, ctx);
    expect(data.prospects).toEqual([EXPECTED]);
    expect(log.prospect).toEqual([]);
  });

  it('a summary is completed by one batched look-up, shared by every field', async () => {
    const { ctx, log } = fakeContext({}, { 3: wireProspect(3, true), 4: wireProspect(4, true) });
    const data = await run(
      QUERY,
      { prospects: [wireProspect(3, false), wireProspect(4, false)] },
      ctx,
    );
    expect((data.prospects as unknown[])[0]).toEqual(EXPECTED);
    expect(log.prospect).toEqual([[3, 4]]);
  });

  it('a summary needs no look-up for what it has', async () => {
    const { ctx, log } = fakeContext();
    const data = await run(
      `{ prospects { id email firstName company accountEngagement { prospectId field(name: "email") } } }`,
      { prospects: [wireProspect(5, false)] },
      ctx,
    );
    expect(data.prospects).toEqual([
      {
        id: 'ae-prospect:5',
        email: 'ada5@example.com',
        firstName: 'Ada',
        company: 'Engines Ltd',
        accountEngagement: { prospectId: 5, field: 'ada5@example.com' },
      },
    ]);
    expect(log.prospect).toEqual([]);
  });

  it('field(name:) refuses a name that is not an API name', async () => {
    const { ctx } = fakeContext();
    const result = await execute({
      schema: await testSchema(),
      document: parse(`{ prospects { accountEngagement { field(name: "drop table") } } }`),
      rootValue: { prospects: [wireProspect(6, true)] },
      contextValue: ctx,
    });
    expect(result.errors?.map((error) => error.extensions.code)).toEqual(['BAD_USER_INPUT']);
  });
});
