/*
 * Cache hints over real HTTP: what the `Cache-Control` header of each kind of answer lets Apollo
 * Router's response cache (or any HTTP cache) do with it, and the `@cacheControl` declarations in
 * the SDL a gateway composes. Nothing here is ever `public`: every answer depends on the upstream
 * accounts.
 */
import { readFile } from 'node:fs/promises';
import {
  Kind,
  parse,
  print,
  type DirectiveDefinitionNode,
  type DocumentNode,
  type EnumTypeDefinitionNode,
} from 'graphql';
import {
  AeOpportunityDocument,
  AeUpdateDocument,
  CacheHintsNodeIdDocument,
  CacheHintsTaskNodeDocument,
  FederationSdlDocument,
  MergedPageWithDetailsDocument,
  OpportunityEntitiesDocument,
  PcEngAcceptDocument,
  PcEngTaskEntitiesDocument,
  PcEngTaskStatusDocument,
  PcPageTasksDocument,
} from '../__generated__/graphql.js';
import { responseMaxAgeSeconds } from '../../src/server/cache-hints.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Every source's cache on for a minute except Partner Central listings, 12.5 s: the shortest TTL
 * of any source and kind, in whole seconds, is the max-age.
 */
const TTLS: Record<string, string> = {
  LEADSQUARED_CACHE_RECORD_TTL_MS: '60000',
  LEADSQUARED_CACHE_LISTING_TTL_MS: '60000',
  PARTNER_CENTRAL_CACHE_RECORD_TTL_MS: '60000',
  PARTNER_CENTRAL_CACHE_LISTING_TTL_MS: '12500',
  ACCOUNT_ENGAGEMENT_CACHE_RECORD_TTL_MS: '60000',
  ACCOUNT_ENGAGEMENT_CACHE_LISTING_TTL_MS: '60000',
};
const CACHEABLE = 'max-age=12, private';
const UNCACHEABLE = 'no-store';

const SUBGRAPH_SDL = new URL('../../schema.graphql', import.meta.url);

/** The response's Cache-Control header, checked never to let a shared cache keep it. */
function cacheControl(response: { headers: Headers }): string | null {
  const header = response.headers.get('cache-control');
  expect(header ?? '').not.toMatch(/public/i);
  return header;
}

function directiveDefinition(document: DocumentNode, name: string): DirectiveDefinitionNode {
  const found = document.definitions.find(
    (definition): definition is DirectiveDefinitionNode =>
      definition.kind === Kind.DIRECTIVE_DEFINITION && definition.name.value === name,
  );
  if (!found) throw new Error(`no directive @${name} declared`);
  return found;
}

function enumDefinition(document: DocumentNode, name: string): EnumTypeDefinitionNode {
  const found = document.definitions.find(
    (definition): definition is EnumTypeDefinitionNode =>
      definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === name,
  );
  if (!found) throw new Error(`no enum ${name} declared`);
  return found;
}

/** The @cacheControl applications on a type, printed (e.g. `@cacheControl(scope: PRIVATE)`). */
function typeHints(document: DocumentNode, name: string): string[] {
  return document.definitions
    .filter(
      (definition) =>
        (definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
          definition.kind === Kind.INTERFACE_TYPE_DEFINITION) &&
        definition.name.value === name,
    )
    .flatMap((definition) => ('directives' in definition ? (definition.directives ?? []) : []))
    .filter((directive) => directive.name.value === 'cacheControl')
    .map((directive) => print(directive));
}

/** The SDL declares Apollo's directive and enum, and marks the data private. */
function expectCacheControlDeclared(sdl: DocumentNode): void {
  const directive = directiveDefinition(sdl, 'cacheControl');
  expect(
    directive.arguments?.map((argument) => `${argument.name.value}: ${print(argument.type)}`),
  ).toEqual(['maxAge: Int', 'scope: CacheControlScope', 'inheritMaxAge: Boolean']);
  expect(directive.locations.map((location) => location.value)).toEqual([
    'FIELD_DEFINITION',
    'OBJECT',
    'INTERFACE',
    'UNION',
  ]);
  expect(enumDefinition(sdl, 'CacheControlScope').values?.map((value) => value.name.value)).toEqual(
    ['PUBLIC', 'PRIVATE'],
  );
  for (const name of [
    'Node',
    'Opportunity',
    'Prospect',
    'EngagementInvitation',
    'OpportunityConnection',
  ])
    expect(typeHints(sdl, name)).toEqual(['@cacheControl(scope: PRIVATE)']);
  expect(typeHints(sdl, 'EngagementTask')).toEqual(['@cacheControl(maxAge: 0, scope: PRIVATE)']);
}

describe('response cache hints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(TTLS);
  });
  afterAll(() => t.stop());
  beforeEach(() => {
    t.ae.clearFaults();
    t.pc.reset();
  });

  it('takes the shortest cache TTL of any source and kind, in whole seconds, as the max-age', () => {
    const ttl = (recordsMs: number, listingsMs: number) => ({ recordsMs, listingsMs });
    expect(responseMaxAgeSeconds([ttl(30_000, 10_000), ttl(60_000, 45_000)])).toBe(10);
    expect(responseMaxAgeSeconds([ttl(30_000, 10_999)])).toBe(10);
    expect(responseMaxAgeSeconds([ttl(30_000, 10_000), ttl(999, 60_000)])).toBe(0);
    expect(responseMaxAgeSeconds([])).toBe(0);
  });

  it('lets a merged opportunities page be reused privately for the shortest TTL', async () => {
    const response = await t.graphql(MergedPageWithDetailsDocument, { first: 5 });

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.opportunities!.nodes).toHaveLength(5);
    expect(cacheControl(response)).toBe(CACHEABLE);
  });

  it('still answers the header normally when the caller asked for fresh data', async () => {
    const response = await t.graphql(
      MergedPageWithDetailsDocument,
      { first: 5 },
      { 'cache-control': 'no-cache' },
    );

    expect(response.body.errors).toBeUndefined();
    expect(cacheControl(response)).toBe(CACHEABLE);
  });

  it('marks one opportunity, by id and as a federation entity, private too', async () => {
    const byId = await t.graphql(AeOpportunityDocument, { id: 'ae:1' });
    expect(byId.body.errors).toBeUndefined();
    expect(byId.body.data!.opportunity!.id).toBe('ae:1');
    expect(cacheControl(byId)).toBe(CACHEABLE);

    const record = t.lsq.data.opportunitiesOfType(12001)[0]!;
    const id = `lsq:12001:${record.ProspectActivityId.toLowerCase()}`;
    const entities = await t.graphql(OpportunityEntitiesDocument, {
      representations: [{ __typename: 'Opportunity', id }],
    });
    expect(entities.body.errors).toBeUndefined();
    expect(entities.body.data!._entities).toEqual([expect.objectContaining({ id })]);
    expect(cacheControl(entities)).toBe(CACHEABLE);
  });

  it('never lets an answer with a partial error be reused', async () => {
    // Every attempt fails: the merged page comes from the other sources and names the failed one.
    t.ae.setFaults([{ operation: 'opportunity.query', status: 500 }]);
    const response = await t.graphql(
      MergedPageWithDetailsDocument,
      { first: 5 },
      // Read upstream even where a page is cached: the fault must be met.
      { 'cache-control': 'no-cache' },
    );

    expect(response.status).toBe(200);
    expect(response.body.data!.opportunities!.unavailableSources).toEqual(['ACCOUNT_ENGAGEMENT']);
    expect(response.body.errors?.length).toBeGreaterThan(0);
    expect(cacheControl(response)).toBe(UNCACHEABLE);
  });

  it('never lets an answer with a field error be reused', async () => {
    const response = await t.graphql(AeOpportunityDocument, { id: 'not-a-global-id' });

    expect(response.body.errors?.length).toBeGreaterThan(0);
    expect(cacheControl(response)).toBe(UNCACHEABLE);
  });

  describe('engagement tasks (their status changes by itself) and mutations', () => {
    /** A task started by accepting a pending invitation; the mutation's own answer is checked. */
    async function startTask(): Promise<{ id: string; taskId: string }> {
      const invitation = t.pc.data.AWS.invitations.find(
        (candidate) => candidate.Status === 'PENDING' && !candidate.failsOnAccept,
      )!;
      const response = await t.graphql(PcEngAcceptDocument, {
        input: { invitationId: `pc-invitation:${invitation.Catalog}:${invitation.Id}` },
      });
      expect(response.body.errors).toBeUndefined();
      expect(cacheControl(response)).toBe(UNCACHEABLE);
      return response.body.data!.acceptEngagementInvitation!.task;
    }

    it('answers no-store for a mutation, and for every way of reading a task', async () => {
      const task = await startTask();

      const byNode = await t.graphql(CacheHintsTaskNodeDocument, { id: task.id });
      expect(byNode.body.data!.node).toEqual({ id: task.id, status: expect.any(String) });
      const reads = [
        byNode,
        await t.graphql(PcEngTaskStatusDocument, { id: task.id }),
        await t.graphql(PcEngTaskEntitiesDocument, {
          representations: [{ __typename: 'EngagementTask', id: task.id }],
        }),
        await t.graphql(PcPageTasksDocument, {
          catalog: 'AWS',
          type: 'ACCEPT_ENGAGEMENT_INVITATION',
          first: 5,
        }),
      ];
      for (const response of reads) {
        expect(response.body.errors).toBeUndefined();
        expect(cacheControl(response)).toBe(UNCACHEABLE);
      }
    });

    it('lets the bare id of a task behind node(id) be reused: ids never change', async () => {
      const task = await startTask();

      const response = await t.graphql(CacheHintsNodeIdDocument, { id: task.id });
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.node).toEqual({ id: task.id });
      expect(cacheControl(response)).toBe(CACHEABLE);
    });

    it('answers no-store for a mutation that returns an opportunity (cacheable when read)', async () => {
      const response = await t.graphql(AeUpdateDocument, {
        id: 'ae:2',
        input: { name: 'Renamed for the cache-hints test' },
      });

      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.updateAccountEngagementOpportunity!.name).toBe(
        'Renamed for the cache-hints test',
      );
      expect(cacheControl(response)).toBe(UNCACHEABLE);
    });
  });

  it('declares @cacheControl and CacheControlScope in _service { sdl } (private itself)', async () => {
    const response = await t.graphql(FederationSdlDocument);

    expect(response.body.errors).toBeUndefined();
    const sdl = response.body.data!._service.sdl;
    if (typeof sdl !== 'string') throw new Error('_service.sdl is null');
    expectCacheControlDeclared(parse(sdl));
    expect(cacheControl(response)).toBe(CACHEABLE);
  });

  it('declares them in the committed schema.graphql too', async () => {
    expectCacheControlDeclared(parse(await readFile(SUBGRAPH_SDL, 'utf8')));
  });
});

describe('response cache hints with the caches off', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The test app's default: every TTL 0.
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it('lets no answer be reused when a source caches nothing', async () => {
    const response = await t.graphql(MergedPageWithDetailsDocument, { first: 5 });

    expect(response.body.errors).toBeUndefined();
    expect(cacheControl(response)).toBe(UNCACHEABLE);
  });
});
