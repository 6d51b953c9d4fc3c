/*
 * Account Engagement opportunity writes end to end: create, read back, update (explicit null
 * clears a field), delete (gone from `opportunity(id)` and from the listing), undelete (back in
 * both). Each write is one upstream call with the form fields the API documents; every bad input
 * is BAD_USER_INPUT with no upstream call; a missing target is NOT_FOUND.
 */
import {
  AeCreateDocument,
  AeDeleteDocument,
  AeOpportunityDocument,
  AePageOpportunitiesDocument,
  AeUndeleteDocument,
  AeUpdateDocument,
  type CreateAccountEngagementOpportunityInput,
  type UpdateAccountEngagementOpportunityInput,
} from '../__generated__/graphql.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { aeId, aeProspectId, apiCalls, codes, live } from './account-engagement-support.js';

/** A form body from the request log, as a plain object. */
const form = (body: unknown): Record<string, string> =>
  Object.fromEntries(new URLSearchParams(String(body)));

describe('Account Engagement opportunity writes', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await t.graphql(AeOpportunityDocument, { id: 'ae:1' });
  });
  afterAll(() => t.stop());
  beforeEach(() => t.ae.clearRequests());

  const prospect = () => t.ae.data.prospects[5]!;
  const create = (input: CreateAccountEngagementOpportunityInput) =>
    t.graphql(AeCreateDocument, { input });
  const update = (id: string, input: UpdateAccountEngagementOpportunityInput) =>
    t.graphql(AeUpdateDocument, { id, input });
  const read = async (id: string) => {
    const { body } = await t.graphql(AeOpportunityDocument, { id });
    expect(body.errors).toBeUndefined();
    return body.data!.opportunity;
  };
  /** The listing around one id (ID order), as ids. */
  const listedAround = async (id: number) => {
    const { body } = await t.graphql(AePageOpportunitiesDocument, {
      filter: { idGreaterThan: id - 1, idLessThan: id + 1 },
    });
    expect(body.errors).toBeUndefined();
    const page = body.data!.accountEngagementOpportunities;
    return { ids: page!.edges.map((edge) => edge.node.id), total: page!.totalCount };
  };

  it('create, read, update with null clearing, delete, undelete', async () => {
    const p = prospect();
    const created = await create({
      name: 'Expansion for Q3',
      value: '12500.50',
      probability: 40,
      prospectId: aeProspectId(p.id),
      type: 'Upsell',
      stage: 'Negotiation',
      status: 'open',
      closedAt: '2026-03-01T10:00:00.250Z',
    });
    expect(created.body.errors).toBeUndefined();
    const opportunity = created.body.data!.createAccountEngagementOpportunity;
    const numericId = opportunity!.accountEngagement!.opportunityId;
    const id = aeId(numericId);
    expect(opportunity).toMatchObject({
      id,
      source: 'ACCOUNT_ENGAGEMENT',
      name: 'Expansion for Q3',
      stage: 'Negotiation',
      probability: 40,
      amount: { amount: '12500.50', currencyCode: null },
      accountEngagement: {
        value: '12500.5',
        type: 'Upsell',
        status: 'open',
        closedAt: '2026-03-01T10:00:00.000Z',
        campaign: { id: p.campaign_id },
      },
      prospects: [{ id: aeProspectId(p.id), email: p.email }],
    });
    // One call, by prospect id in the path, the documented fields in the form.
    const [call] = apiCalls(t.ae);
    expect(apiCalls(t.ae)).toHaveLength(1);
    expect(call!.operation).toBe('opportunity.create');
    expect(call!.path).toBe(`/api/opportunity/version/4/do/create/prospect_id/${p.id}`);
    expect(form(call!.body)).toMatchObject({
      name: 'Expansion for Q3',
      value: '12500.50',
      probability: '40',
      type: 'Upsell',
      stage: 'Negotiation',
      status: 'open',
      closed_at: '2026-03-01 10:00:00',
    });

    // Read back in a later request.
    t.ae.clearRequests();
    const fresh = await read(id);
    expect(fresh).toEqual({ ...opportunity, prospects: undefined, __typename: undefined });
    // The created record is the newest: first of the default listing.
    const listed = await t.graphql(AePageOpportunitiesDocument, { first: 1 });
    expect(listed.body.data!.accountEngagementOpportunities!.edges[0]!.node.id).toBe(id);
    const today = await t.graphql(AePageOpportunitiesDocument, {
      filter: { createdAfter: { relative: 'TODAY' } },
    });
    expect(today.body.data!.accountEngagementOpportunities!.edges.map((e) => e.node.id)).toEqual([
      id,
    ]);

    // Update: null clears type and closedAt, omitted fields stay.
    t.ae.clearRequests();
    const updated = await update(id, { type: null, closedAt: null, probability: 75 });
    expect(updated.body.errors).toBeUndefined();
    expect(updated.body.data!.updateAccountEngagementOpportunity).toMatchObject({
      id,
      name: 'Expansion for Q3',
      probability: 75,
      stage: 'Negotiation',
      accountEngagement: { type: null, closedAt: null, status: 'open', value: '12500.5' },
    });
    expect(apiCalls(t.ae).map((entry) => entry.operation)).toEqual(['opportunity.update']);
    expect(apiCalls(t.ae)[0]!.path).toBe(`/api/opportunity/version/4/do/update/id/${numericId}`);
    expect(form(apiCalls(t.ae)[0]!.body)).toEqual({
      type: '',
      closed_at: '',
      probability: '75',
      format: expect.any(String),
    });
    expect(await read(id)).toMatchObject({
      probability: 75,
      accountEngagement: { type: null, closedAt: null, stage: 'Negotiation' },
    });

    // Delete: the id comes back; the record is gone from look-ups and listings.
    t.ae.clearRequests();
    const deleted = await t.graphql(AeDeleteDocument, { id });
    expect(deleted.body.errors).toBeUndefined();
    expect(deleted.body.data!.deleteAccountEngagementOpportunity).toBe(id);
    expect(apiCalls(t.ae).map((entry) => [entry.operation, entry.method])).toEqual([
      ['opportunity.delete', 'DELETE'],
    ]);
    expect(await read(id)).toBeNull();
    expect(await listedAround(numericId)).toEqual({ ids: [], total: 0 });
    // Deleting again: NOT_FOUND.
    const again = await t.graphql(AeDeleteDocument, { id });
    expect(codes(again.body.errors)).toEqual(['NOT_FOUND']);
    expect(again.body.errors![0]!.extensions).toMatchObject({
      source: 'ACCOUNT_ENGAGEMENT',
      upstreamCode: '35',
    });

    // Undelete: the opportunity comes back, read after the undelete.
    t.ae.clearRequests();
    const restored = await t.graphql(AeUndeleteDocument, { id });
    expect(restored.body.errors).toBeUndefined();
    expect(restored.body.data!.undeleteAccountEngagementOpportunity).toMatchObject({
      id,
      name: 'Expansion for Q3',
      probability: 75,
    });
    expect(apiCalls(t.ae).map((entry) => entry.operation)).toEqual([
      'opportunity.undelete',
      'opportunity.read',
    ]);
    expect(await read(id)).toMatchObject({ id, probability: 75 });
    expect(await listedAround(numericId)).toEqual({ ids: [id], total: 1 });
  });

  it('writes in one request see each other: undelete reads afresh after update and delete', async () => {
    const target = live(t.ae)[20]!;
    const id = aeId(target.id);
    const { body } = await t.graphql<{
      update: { name: string | null };
      remove: string;
      restore: { name: string | null; probability: number | null };
    }>(
      `mutation Sequence($id: ID!) {
        update: updateAccountEngagementOpportunity(id: $id, input: { name: "Renamed" }) { name }
        remove: deleteAccountEngagementOpportunity(id: $id)
        restore: undeleteAccountEngagementOpportunity(id: $id) { name probability }
      }`,
      { id },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      update: { name: 'Renamed' },
      remove: id,
      restore: { name: 'Renamed', probability: target.probability },
    });
    expect(apiCalls(t.ae).map((entry) => entry.operation)).toEqual([
      'opportunity.update',
      'opportunity.delete',
      'opportunity.undelete',
      'opportunity.read',
    ]);
    expect((await read(id))!.name).toBe('Renamed');
  });

  it('create by prospect email', async () => {
    const p = t.ae.data.prospects[10]!;
    const { body } = await create({
      name: 'By email',
      value: '900',
      probability: 0,
      prospectEmail: p.email,
    });
    expect(body.errors).toBeUndefined();
    expect(body.data!.createAccountEngagementOpportunity).toMatchObject({
      probability: 0,
      amount: { amount: '900.00' },
      prospects: [{ email: p.email }],
    });
    expect(apiCalls(t.ae)[0]!.path).toBe(
      `/api/opportunity/version/4/do/create/prospect_email/${encodeURIComponent(p.email)}`,
    );
  });

  it('prospectId and prospectEmail of different prospects: UPSTREAM_REJECTED (error 44)', async () => {
    const [a, b] = [t.ae.data.prospects[20]!, t.ae.data.prospects[21]!];
    expect(a.email).not.toBe(b.email);
    const { body } = await create({
      name: 'Mismatch',
      value: '1',
      probability: 5,
      prospectId: aeProspectId(a.id),
      prospectEmail: b.email,
    });
    expect(codes(body.errors)).toEqual(['UPSTREAM_REJECTED']);
    expect(body.errors![0]!.extensions).toMatchObject({ upstreamCode: '44' });
    expect(apiCalls(t.ae)).toHaveLength(1);
  });

  it('a missing target is NOT_FOUND', async () => {
    const missing = aeId(t.ae.data.opportunities.at(-1)!.id + 1_000);
    const updated = await update(missing, { name: 'x' });
    expect(codes(updated.body.errors)).toEqual(['NOT_FOUND']);
    const restored = await t.graphql(AeUndeleteDocument, { id: missing });
    expect(codes(restored.body.errors)).toEqual(['NOT_FOUND']);
    const deleted = await t.graphql(AeDeleteDocument, { id: missing });
    expect(codes(deleted.body.errors)).toEqual(['NOT_FOUND']);
    expect(apiCalls(t.ae).map((entry) => entry.operation)).toEqual([
      'opportunity.update',
      'opportunity.undelete',
      'opportunity.delete',
    ]);
  });

  describe('bad input fails before any call', () => {
    const base = (): CreateAccountEngagementOpportunityInput => ({
      name: 'Valid',
      value: '100',
      probability: 50,
      prospectId: aeProspectId(prospect().id),
    });
    const CREATE: [string, Partial<CreateAccountEngagementOpportunityInput>, string][] = [
      ['probability 101', { probability: 101 }, 'input.probability'],
      ['probability -1', { probability: -1 }, 'input.probability'],
      ['empty name', { name: '  ' }, 'input.name'],
      ['negative value', { value: '-5' }, 'input.value'],
      ['value with exponent', { value: '1e3' }, 'input.value'],
      ['value with a comma', { value: '1,000' }, 'input.value'],
      ['value as text', { value: 'lots' }, 'input.value'],
      ['no prospect', { prospectId: null }, 'input.prospectId'],
      ['prospect id of an opportunity', { prospectId: 'ae:5' }, 'input.prospectId'],
      ['malformed email', { prospectId: null, prospectEmail: 'nobody' }, 'input.prospectEmail'],
      ['campaign 0', { campaignId: 0 }, 'input.campaignId'],
    ];

    it.each(CREATE)('create: %s', async (_name, change, argument) => {
      const { body } = await create({ ...base(), ...change });
      expect(codes(body.errors)).toEqual(['BAD_USER_INPUT']);
      expect(body.errors![0]!.extensions!.argument).toBe(argument);
      expect(t.ae.requests()).toEqual([]);
    });

    const UPDATE: [string, string, UpdateAccountEngagementOpportunityInput, string][] = [
      ['probability 101', 'ae:10', { probability: 101 }, 'input.probability'],
      ['clearing name', 'ae:10', { name: null }, 'input.name'],
      ['clearing value', 'ae:10', { value: null }, 'input.value'],
      ['clearing probability', 'ae:10', { probability: null }, 'input.probability'],
      ['clearing campaign', 'ae:10', { campaignId: null }, 'input.campaignId'],
      ['bad value', 'ae:10', { value: '12.' }, 'input.value'],
      ['nothing to change', 'ae:10', {}, 'input'],
      ['an id of another source', 'pc:AWS:O1234567', { name: 'x' }, 'id'],
      ['a prospect id', 'ae-prospect:10', { name: 'x' }, 'id'],
      ['a malformed id', 'ae:abc', { name: 'x' }, 'id'],
    ];

    it.each(UPDATE)('update: %s', async (_name, id, input, argument) => {
      const { body } = await update(id, input);
      expect(codes(body.errors)).toEqual(['BAD_USER_INPUT']);
      expect(body.errors![0]!.extensions!.argument).toBe(argument);
      expect(t.ae.requests()).toEqual([]);
    });

    it('delete and undelete: malformed ids', async () => {
      for (const id of ['ae:0', 'lsq:12003:x', 'ae']) {
        const deleted = await t.graphql(AeDeleteDocument, { id });
        expect(codes(deleted.body.errors)).toEqual(['BAD_USER_INPUT']);
        const restored = await t.graphql(AeUndeleteDocument, { id });
        expect(codes(restored.body.errors)).toEqual(['BAD_USER_INPUT']);
      }
      expect(t.ae.requests()).toEqual([]);
    });
  });
});
