/*
 * "Failures stay in their field": every root field reads one source (or, for the merged listing,
 * reports a failing source beside its data), and every such field is nullable, so a source that
 * fails nulls only its own fields, each with an error at that field's path naming the source in
 * extensions.source. Faults come from the simulators' fault injection; expected data is the same
 * document answered while every source is healthy.
 */
import type { GraphQLFormattedError } from 'graphql';
import {
  SIMULATOR_CLIENT_SECRET,
  SIMULATOR_REFRESH_TOKEN,
} from '../../src/sources/account-engagement/simulator/index.js';
import type { FaultRule } from '../../src/core/simulator/index.js';
import { expectNoSecrets, startTestApp, TEST_SECRETS, type TestApp } from '../support/test-app.js';

type Source = 'LEADSQUARED' | 'PARTNER_CENTRAL' | 'ACCOUNT_ENGAGEMENT';
const SOURCES: readonly Source[] = ['LEADSQUARED', 'PARTNER_CENTRAL', 'ACCOUNT_ENGAGEMENT'];
const SECRETS = [...TEST_SECRETS, SIMULATOR_CLIENT_SECRET, SIMULATOR_REFRESH_TOKEN, 'Bearer '];

/**
 * An outage per source: LeadSquared refuses the keys (not retried, so the account quota is not
 * spent on retries), the other two answer 503 to every call (retried, then given up).
 */
const OUTAGE: Record<Source, FaultRule> = {
  LEADSQUARED: { status: 401 },
  PARTNER_CENTRAL: { status: 503 },
  ACCOUNT_ENGAGEMENT: { status: 503 },
};

/** Each single-source root field of the document: its selection and the source it reads. */
const FIELDS: Record<string, { source: Source; selection: string }> = {
  lsqList: {
    source: 'LEADSQUARED',
    selection:
      'leadSquaredOpportunities(eventCode: 12003, first: 2) { totalCount nodes { id name amount { amount } prospects { id email } } }',
  },
  pcList: {
    source: 'PARTNER_CENTRAL',
    selection:
      'partnerCentralOpportunities(catalog: AWS, first: 2) { nodes { id name amount { amount } } pageInfo { hasNextPage } }',
  },
  invitations: {
    source: 'PARTNER_CENTRAL',
    selection: 'engagementInvitations(catalog: AWS, first: 2) { nodes { id status } }',
  },
  tasks: {
    source: 'PARTNER_CENTRAL',
    selection:
      'engagementTasks(catalog: AWS, type: ACCEPT_ENGAGEMENT_INVITATION, first: 2) { nodes { id taskId } }',
  },
  aeList: {
    source: 'ACCOUNT_ENGAGEMENT',
    selection:
      'accountEngagementOpportunities(first: 2) { totalCount nodes { id name amount { amount } prospects { id email } } }',
  },
  pcOpportunity: { source: 'PARTNER_CENTRAL', selection: 'opportunity(id: $pc) { id name }' },
  aeOpportunity: { source: 'ACCOUNT_ENGAGEMENT', selection: 'opportunity(id: $ae) { id name }' },
  lsqOpportunity: { source: 'LEADSQUARED', selection: 'opportunity(id: $lsq) { id name }' },
  aeProspect: {
    source: 'ACCOUNT_ENGAGEMENT',
    selection: 'prospect(id: $aeProspect) { id email opportunities(first: 2) { nodes { id } } }',
  },
  lead: {
    source: 'LEADSQUARED',
    selection: 'prospect(id: $lead) { id email opportunities(first: 2) { nodes { id } } }',
  },
  task: { source: 'PARTNER_CENTRAL', selection: 'engagementTask(id: $task) { id taskId status }' },
  pcNode: { source: 'PARTNER_CENTRAL', selection: 'node(id: $pc) { id }' },
  aeNode: { source: 'ACCOUNT_ENGAGEMENT', selection: 'node(id: $ae) { id }' },
  lsqNode: { source: 'LEADSQUARED', selection: 'node(id: $lsq) { id }' },
};

const VARIABLES =
  '$pc: ID!, $ae: ID!, $lsq: ID!, $aeProspect: ID!, $lead: ID!, $task: ID!, $ids: [ID!]!, $reps: [_Any!]!';

/** Every root query field, aliased; nodes and _entities get one element per source. */
const EVERY_ROOT_FIELD = `query EveryRootField(${VARIABLES}) {
  ${Object.entries(FIELDS)
    .map(([alias, { selection }]) => `${alias}: ${selection}`)
    .join('\n  ')}
  merged: opportunities(first: 6) { unavailableSources edges { node { id source } } }
  nodes(ids: $ids) { id }
  _entities(representations: $reps) { ... on Opportunity { id name } }
  _service { sdl }
}`;

/** The document with just these aliased fields (unused variables are not allowed). */
function documentOf(aliases: readonly string[]): string {
  const body = aliases.map((alias) => `${alias}: ${FIELDS[alias]!.selection}`).join('\n  ');
  const used = VARIABLES.split(', ').filter((variable) =>
    new RegExp(`\\${variable.split(':')[0]!.trim()}\\b`).test(body),
  );
  return `query Pair${used.length > 0 ? `(${used.join(', ')})` : ''} {\n  ${body}\n}`;
}

type Data = Record<string, unknown>;

describe('failures stay in their field', () => {
  let t: TestApp;
  let variables: Record<string, unknown>;
  /** The element sources of `nodes(ids:)` and `_entities`, in order. */
  let elementSources: Source[];
  let healthy: Data;

  const simulatorOf = (source: Source) =>
    ({ LEADSQUARED: t.lsq, PARTNER_CENTRAL: t.pc, ACCOUNT_ENGAGEMENT: t.ae })[source];

  async function whileFailing<T>(source: Source, run: () => Promise<T>): Promise<T> {
    simulatorOf(source).setFaults([OUTAGE[source]]);
    try {
      return await run();
    } finally {
      simulatorOf(source).clearFaults();
    }
  }

  beforeAll(async () => {
    t = await startTestApp();
    const aws = t.pc.data.AWS;
    const aeOpportunity = t.ae.data.liveOpportunities().find((o) => o.prospectIds.length > 0)!;
    const lsqOpportunity = t.lsq.data.opportunitiesOfType(12003)[4]!;
    const invitation = aws.invitations.find((i) => i.Status === 'PENDING' && !i.failsOnAccept)!;
    const accepted = await t.graphql(
      'mutation($id: ID!) { acceptEngagementInvitation(input: { invitationId: $id }) { task { id } } }',
      { id: `pc-invitation:AWS:${invitation.Id}` },
    );
    expect(accepted.body.errors).toBeUndefined();
    const task = (accepted.body.data as { acceptEngagementInvitation: { task: { id: string } } })
      .acceptEngagementInvitation.task.id;
    // A finished accept task creates an opportunity in the catalog, which changes the listing:
    // wait for it, so the healthy baseline below and the failing runs see the same data.
    await taskFinished(task);
    const ids = {
      pc: `pc:AWS:${aws.opportunities[3]!.Id}`,
      ae: `ae:${aeOpportunity.id}`,
      lsq: `lsq:12003:${lsqOpportunity.ProspectActivityId.toLowerCase()}`,
    };
    variables = {
      ...ids,
      aeProspect: `ae-prospect:${aeOpportunity.prospectIds[0]}`,
      lead: `lsq-lead:${lsqOpportunity.RelatedProspectId!.toLowerCase()}`,
      task,
      ids: [ids.pc, ids.ae, ids.lsq],
      reps: [ids.pc, ids.ae, ids.lsq].map((id) => ({ __typename: 'Opportunity', id })),
    };
    elementSources = ['PARTNER_CENTRAL', 'ACCOUNT_ENGAGEMENT', 'LEADSQUARED'];

    const { body } = await t.graphql(EVERY_ROOT_FIELD, variables);
    expect(body.errors).toBeUndefined();
    healthy = body.data as Data;
    // The baseline has something in every field, so "whole" below means something.
    for (const alias of Object.keys(FIELDS)) expect(healthy[alias]).not.toBeNull();
    expect((healthy.nodes as unknown[]).every((node) => node !== null)).toBe(true);
    expect((healthy._entities as unknown[]).every((entity) => entity !== null)).toBe(true);
    expect((healthy.merged as { unavailableSources: unknown[] }).unavailableSources).toEqual([]);
  });
  afterAll(() => t.stop());

  async function taskFinished(id: string): Promise<void> {
    for (let tries = 0; tries < 100; tries += 1) {
      const { body } = await t.graphql('query($id: ID!) { engagementTask(id: $id) { status } }', {
        id,
      });
      const status = (body.data as { engagementTask: { status: string } | null }).engagementTask
        ?.status;
      if (status === 'COMPLETE' || status === 'FAILED') return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`task ${id} did not finish`);
  }

  const errorsAt = (errors: readonly GraphQLFormattedError[] | undefined, path: unknown[]) =>
    (errors ?? []).filter((error) => JSON.stringify(error.path) === JSON.stringify(path));

  describe.each(SOURCES)('with %s failing, one query with every root field', (failing) => {
    let data: Data;
    let errors: readonly GraphQLFormattedError[];
    let text: string;

    beforeAll(async () => {
      const response = await whileFailing(failing, () => t.graphql(EVERY_ROOT_FIELD, variables));
      expect(response.status).toBe(200);
      data = response.body.data as Data;
      errors = response.body.errors ?? [];
      text = response.text;
    });

    it("keeps the other sources' fields whole", () => {
      expect(data).not.toBeNull();
      for (const [alias, { source }] of Object.entries(FIELDS)) {
        if (source !== failing)
          expect({ [alias]: data[alias] }).toEqual({ [alias]: healthy[alias] });
      }
      expect(data._service).toEqual(healthy._service);
    });

    it('nulls its own fields, each with an error at its path naming the source', () => {
      for (const [alias, { source }] of Object.entries(FIELDS)) {
        if (source !== failing) continue;
        expect({ [alias]: data[alias] }).toEqual({ [alias]: null });
        const own = errorsAt(errors, [alias]);
        expect(own.length).toBeGreaterThanOrEqual(1);
        for (const error of own) expect(error.extensions?.source).toBe(failing);
      }
    });

    it('nulls only its own elements of nodes and _entities, with an error per element path', () => {
      for (const field of ['nodes', '_entities']) {
        const elements = data[field] as unknown[];
        const expected = healthy[field] as unknown[];
        expect(elements).toHaveLength(expected.length);
        elementSources.forEach((source, index) => {
          if (source === failing) {
            expect(elements[index]).toBeNull();
            const own = errorsAt(errors, [field, index]);
            expect(own).toHaveLength(1);
            expect(own[0]!.extensions?.source).toBe(failing);
          } else {
            expect(elements[index]).toEqual(expected[index]);
            expect(errorsAt(errors, [field, index])).toEqual([]);
          }
        });
      }
    });

    it('the merged listing answers from the other sources and lists the failing one', () => {
      const merged = data.merged as {
        unavailableSources: string[];
        edges: { node: { source: string } }[];
      };
      expect(merged.unavailableSources).toEqual([failing]);
      expect(merged.edges.length).toBeGreaterThan(0);
      expect(merged.edges.some((edge) => edge.node.source === failing)).toBe(false);
      for (const error of errorsAt(errors, ['merged'])) {
        expect(error.extensions?.source).toBe(failing);
      }
    });

    it('every error names the failing source and lies under one of its fields', () => {
      expect(errors.length).toBeGreaterThan(0);
      const own = new Set([
        ...Object.entries(FIELDS)
          .filter(([, { source }]) => source === failing)
          .map(([alias]) => alias),
        'merged',
        'nodes',
        '_entities',
      ]);
      for (const error of errors) {
        expect(error.extensions?.source).toBe(failing);
        expect(own.has(String(error.path?.[0]))).toBe(true);
      }
    });

    it('leaks no secret', () => {
      expectNoSecrets(text, SECRETS);
      expectNoSecrets(t.logs.text(), [...TEST_SECRETS, SIMULATOR_CLIENT_SECRET]);
    });
  });

  /** The per-source root listings: every pair of two of them from different sources is tried. */
  const LISTINGS = ['lsqList', 'pcList', 'invitations', 'tasks', 'aeList'];
  const pairs = SOURCES.flatMap((failing) =>
    LISTINGS.filter((bad) => FIELDS[bad]!.source === failing).flatMap((bad) =>
      LISTINGS.filter((good) => FIELDS[good]!.source !== failing).map(
        (good) => [failing, bad, good] as const,
      ),
    ),
  );

  it.each(SOURCES)(
    "with %s failing, every pair { a: its listing, b: another source's listing } keeps b whole, either order",
    async (failing) => {
      const mine = pairs.filter(([source]) => source === failing);
      expect(mine.length).toBeGreaterThan(0);
      await whileFailing(failing, () =>
        Promise.all(
          mine.flatMap(([, bad, good]) =>
            [
              [bad, good],
              [good, bad],
            ].map(async (aliases) => {
              const { body, text } = await t.graphql(documentOf(aliases), variables);
              expect({ aliases, data: body.data }).toEqual({
                aliases,
                data: { [bad]: null, [good]: healthy[good] },
              });
              expect(body.errors?.map((error) => [error.path, error.extensions?.source])).toEqual(
                body.errors!.map(() => [[bad], failing]),
              );
              expectNoSecrets(text, SECRETS);
            }),
          ),
        ),
      );
    },
  );

  describe('mutations: two in one document, one source failing, the other keeps its result', () => {
    const MUTATIONS = `mutation Two($prospectId: ID!, $invitationId: ID!) {
      ae: createAccountEngagementOpportunity(
        input: { name: "Kept apart", value: "1500", probability: 30, prospectId: $prospectId }
      ) { id source name amount { amount } }
      pc: acceptEngagementInvitation(input: { invitationId: $invitationId }) {
        clientToken
        task { id type catalog }
      }
    }`;
    const pendingInvitation = (index: number) =>
      t.pc.data.AWS.invitations.filter((i) => i.Status === 'PENDING' && !i.failsOnAccept)[index]!;
    const prospectId = () => `ae-prospect:${t.ae.data.prospects[7]!.id}`;

    it('with Partner Central failing, the Account Engagement opportunity is created and returned', async () => {
      const { body, text } = await whileFailing('PARTNER_CENTRAL', () =>
        t.graphql(MUTATIONS, {
          prospectId: prospectId(),
          invitationId: `pc-invitation:AWS:${pendingInvitation(3).Id}`,
        }),
      );
      const data = body.data as { ae: Record<string, unknown> | null; pc: unknown };
      expect(data.pc).toBeNull();
      expect(data.ae).toMatchObject({
        source: 'ACCOUNT_ENGAGEMENT',
        name: 'Kept apart',
        amount: { amount: '1500.00' },
      });
      expect(body.errors?.map((error) => [error.path, error.extensions?.source])).toEqual([
        [['pc'], 'PARTNER_CENTRAL'],
      ]);
      expectNoSecrets(text, SECRETS);
    });

    it('with Account Engagement failing, the invitation is accepted and its task returned', async () => {
      const { body, text } = await whileFailing('ACCOUNT_ENGAGEMENT', () =>
        t.graphql(MUTATIONS, {
          prospectId: prospectId(),
          invitationId: `pc-invitation:AWS:${pendingInvitation(4).Id}`,
        }),
      );
      const data = body.data as { ae: unknown; pc: { task: Record<string, unknown> } | null };
      expect(data.ae).toBeNull();
      expect(data.pc?.task).toMatchObject({ type: 'ACCEPT_ENGAGEMENT_INVITATION', catalog: 'AWS' });
      expect(body.errors?.map((error) => [error.path, error.extensions?.source])).toEqual([
        [['ae'], 'ACCOUNT_ENGAGEMENT'],
      ]);
      expectNoSecrets(text, SECRETS);
    });
  });
});
