/**
 * Partner Central engagement tasks and invitations through the GraphQL server, against the
 * in-process simulator (tasks run PARTNER_CENTRAL_SIMULATOR_TASK_DURATION_MS = 100 ms): the
 * mutations are idempotent per clientToken, validation happens before any upstream call, upstream
 * refusals keep their names, and by-id reads batch. Every test counts the upstream calls in the
 * simulator's request log.
 */
import {
  PcEngAcceptDocument,
  PcEngAcceptTaskDetailsDocument,
  PcEngInvitationsDocument,
  PcEngInvitationsWithDetailsDocument,
  PcEngNodesDocument,
  PcEngOpportunityLookupsDocument,
  PcEngProspectingTaskDetailsDocument,
  PcEngRejectDocument,
  PcEngStartProspectingDocument,
  PcEngTaskEntitiesDocument,
  PcEngTaskStatusDocument,
  type PcEngAcceptMutation,
} from '../__generated__/graphql.js';
import type { GraphQLFormattedError } from 'graphql';
import {
  ACCEPT_FAILURE_REASON,
  ENGAGEMENT_NOT_ELIGIBLE,
  ENGAGEMENT_NOT_FOUND,
  type InvitationRecord,
} from '../../src/sources/partner-central/simulator/index.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const START_ACCEPT = 'StartEngagementByAcceptingInvitationTask';
const LIST_ACCEPT = 'ListEngagementByAcceptingInvitationTasks';
const START_PROSPECTING = 'StartProspectingFromEngagementTask';
const GET_PROSPECTING = 'GetProspectingFromEngagementTask';
const GET_INVITATION = 'GetEngagementInvitation';
const LIST_INVITATIONS = 'ListEngagementInvitations';
const LIST_OPPORTUNITIES = 'ListOpportunities';
const REJECT = 'RejectEngagementInvitation';

/** Well-formed ids nothing in the simulator has. */
const UNKNOWN_INVITATION = 'engi-zzzzzzzzzzzzz';
const UNKNOWN_ENGAGEMENT = 'eng-zzzzzzzzzzzzzz';
const UNKNOWN_ACCEPT_TASK = 'task-zzzzzzzzzzzzz';
const UNKNOWN_PROSPECTING_TASK = 'task-zzzzzzzzzzzzzz';

const invitationGid = (invitation: InvitationRecord) =>
  `pc-invitation:${invitation.Catalog}:${invitation.Id}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The one error of a response, checked to be the only one. */
function onlyError(errors: readonly GraphQLFormattedError[] | undefined): GraphQLFormattedError {
  expect(errors).toHaveLength(1);
  return errors![0]!;
}

describe('Partner Central engagements through the GraphQL server', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());
  // Seeded data, no tasks, no remembered ClientTokens, an empty request log.
  beforeEach(() => t.pc.reset());

  /** Upstream calls since the last reset / clearRequests, per operation. */
  const calls = (operation?: string) => t.pc.requests(operation).length;

  const pending = (catalog: 'AWS' | 'Sandbox', fails: boolean): InvitationRecord[] =>
    t.pc.data[catalog].invitations.filter(
      (invitation) => invitation.Status === 'PENDING' && invitation.failsOnAccept === fails,
    );

  async function accept(
    invitationId: string,
    clientToken?: string,
  ): Promise<NonNullable<PcEngAcceptMutation['acceptEngagementInvitation']>> {
    const { body } = await t.graphql(PcEngAcceptDocument, {
      input: { invitationId, ...(clientToken === undefined ? {} : { clientToken }) },
    });
    expect(body.errors).toBeUndefined();
    return body.data!.acceptEngagementInvitation!;
  }

  /** engagementTask(id) until it leaves PENDING / IN_PROGRESS; bounded (tasks take 100 ms). */
  async function settled(id: string): Promise<string> {
    const deadline = Date.now() + 5_000;
    for (;;) {
      const { body } = await t.graphql(PcEngTaskStatusDocument, { id });
      expect(body.errors).toBeUndefined();
      const status = body.data?.engagementTask?.status;
      if (status !== 'PENDING' && status !== 'IN_PROGRESS') return String(status);
      if (Date.now() > deadline) throw new Error(`task ${id} still ${status} after 5 s`);
      await sleep(40);
    }
  }

  describe('acceptEngagementInvitation', () => {
    it('starts ONE task per clientToken, which completes into an opportunity and an ACCEPTED invitation', async () => {
      const invitation = pending('AWS', false)[0]!;
      const first = await accept(invitationGid(invitation), 'retry-safe-token-1');
      const second = await accept(invitationGid(invitation), 'retry-safe-token-1');

      expect(first!.clientToken).toBe('retry-safe-token-1');
      expect(second).toEqual(first);
      expect(first!.task).toMatchObject({
        type: 'ACCEPT_ENGAGEMENT_INVITATION',
        catalog: 'AWS',
        status: 'IN_PROGRESS',
        invitationId: invitation.Id,
        opportunityId: null,
      });
      expect(first!.task.id).toMatch(/^pc-accept-task:AWS:task-[0-9a-z]{13}$/);
      expect(first!.task.id).toBe(`pc-accept-task:AWS:${first!.task.taskId}`);

      // Two Start calls with the one token; the simulator holds exactly one task.
      const starts = t.pc.requests(START_ACCEPT);
      expect(starts.map((entry) => (entry.body as { ClientToken: string }).ClientToken)).toEqual([
        'retry-safe-token-1',
        'retry-safe-token-1',
      ]);
      const tasks = t.pc.data.AWS.acceptInvitationTasks.filter(
        (task) => task.EngagementInvitationId === invitation.Id,
      );
      expect(tasks.map((task) => task.TaskId)).toEqual([first!.task.taskId]);

      expect(await settled(first!.task.id)).toBe('COMPLETE');

      t.pc.clearRequests();
      const { body } = await t.graphql(PcEngAcceptTaskDetailsDocument, { id: first!.task.id });
      expect(body.errors).toBeUndefined();
      const task = body.data!.engagementTask!;
      const created = t.pc.data.AWS.acceptTask(first!.task.taskId)!.OpportunityId!;
      expect(created).toMatch(/^O[0-9]{10}$/);
      expect(task).toMatchObject({
        status: 'COMPLETE',
        reasonCode: null,
        opportunityId: created,
        invitation: { id: invitationGid(invitation), status: 'ACCEPTED' },
        opportunity: {
          id: `pc:AWS:${created}`,
          source: 'PARTNER_CENTRAL',
          sourceId: created,
          name: t.pc.data.AWS.opportunity(created)!.Customer!.Account!.CompanyName,
        },
      });
      expect(task.resourceSnapshotJobId).toMatch(/^job-[0-9a-z]{13}$/);
      // One call per thing asked: the task, the invitation, the opportunity.
      expect([calls(LIST_ACCEPT), calls(GET_INVITATION), calls(LIST_OPPORTUNITIES)]).toEqual([
        1, 1, 1,
      ]);
      expect(calls()).toBe(3);

      t.pc.clearRequests();
      const lookups = await t.graphql(PcEngOpportunityLookupsDocument, {
        catalog: 'AWS',
        identifiers: [created],
        id: `pc:AWS:${created}`,
      });
      expect(lookups.body.errors).toBeUndefined();
      expect(lookups.body.data!.partnerCentralOpportunities!.nodes).toEqual([task.opportunity]);
      expect(lookups.body.data!.opportunity).toEqual(task.opportunity);
      // The listing and the by-id loader, each one ListOpportunities call.
      expect(calls(LIST_OPPORTUNITIES)).toBe(2);
      expect(calls()).toBe(2);
    });

    it('generates a clientToken when none is sent; sending it again returns the same task', async () => {
      const invitation = pending('Sandbox', false)[0]!;
      const first = await accept(invitationGid(invitation));
      expect(first!.clientToken).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      );
      expect(first!.task.id).toMatch(/^pc-accept-task:Sandbox:task-[0-9a-z]{13}$/);
      expect(first!.task.catalog).toBe('SANDBOX');

      const again = await accept(invitationGid(invitation), first!.clientToken);
      expect(again!.task.id).toBe(first!.task.id);
      expect(again!.clientToken).toBe(first!.clientToken);

      const tokens = t.pc
        .requests(START_ACCEPT)
        .map((entry) => (entry.body as { ClientToken: string }).ClientToken);
      expect(tokens).toEqual([first!.clientToken, first!.clientToken]);
      expect(
        t.pc.data.Sandbox.acceptInvitationTasks.filter(
          (task) => task.EngagementInvitationId === invitation.Id,
        ),
      ).toHaveLength(1);
    });

    it('the same clientToken for another invitation is the upstream ConflictException', async () => {
      const [a, b] = pending('AWS', false);
      await accept(invitationGid(a!), 'one-token-two-invitations');
      t.pc.clearRequests();

      const { body } = await t.graphql(PcEngAcceptDocument, {
        input: { invitationId: invitationGid(b!), clientToken: 'one-token-two-invitations' },
      });
      expect(body.data).toEqual({ acceptEngagementInvitation: null });
      const error = onlyError(body.errors);
      expect(error.path).toEqual(['acceptEngagementInvitation']);
      expect(error.extensions).toEqual({
        code: 'UPSTREAM_REJECTED',
        source: 'PARTNER_CENTRAL',
        upstreamStatus: 409,
        upstreamCode: 'ConflictException',
        retryable: false,
      });
      expect(error.message).toMatch(/already used with a different request/);
      // Refused, not retried; no task for b.
      expect(calls(START_ACCEPT)).toBe(1);
      expect(
        t.pc.data.AWS.acceptInvitationTasks.filter((task) => task.EngagementInvitationId === b!.Id),
      ).toEqual([]);
    });

    it.each([
      ['not an id', 'engi-123'],
      ['a wrong id kind', 'pc-accept-task:AWS:task-0a1b2c3d4e5f6'],
      ['a catalog nobody has', 'pc-invitation:Prod:engi-0a1b2c3d4e5f6'],
      ['a malformed engi- id', 'pc-invitation:AWS:engi-SHORT'],
    ])('%s is BAD_USER_INPUT naming input.invitationId, with no upstream call', async (_, id) => {
      const { body } = await t.graphql(PcEngAcceptDocument, { input: { invitationId: id } });
      const error = onlyError(body.errors);
      expect(error.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'input.invitationId',
      });
      expect(error.message).toContain(JSON.stringify(id));
      expect(calls()).toBe(0);
    });

    it('an unknown well-formed invitation is NOT_FOUND (ResourceNotFoundException, 404)', async () => {
      const { body } = await t.graphql(PcEngAcceptDocument, {
        input: { invitationId: `pc-invitation:AWS:${UNKNOWN_INVITATION}` },
      });
      expect(body.data).toEqual({ acceptEngagementInvitation: null });
      expect(onlyError(body.errors).extensions).toEqual({
        code: 'NOT_FOUND',
        source: 'PARTNER_CENTRAL',
        upstreamStatus: 404,
        upstreamCode: 'ResourceNotFoundException',
        retryable: false,
      });
      expect(calls(START_ACCEPT)).toBe(1);
      expect(calls()).toBe(1);
    });

    it('an invitation the simulator fails ends FAILED with the reason; no opportunity', async () => {
      const invitation = pending('AWS', true)[0]!;
      const { task } = await accept(invitationGid(invitation));
      expect(await settled(task.id)).toBe('FAILED');

      t.pc.clearRequests();
      const { body } = await t.graphql(PcEngAcceptTaskDetailsDocument, { id: task.id });
      expect(body.errors).toBeUndefined();
      const failed = body.data!.engagementTask!;
      expect(failed).toMatchObject({
        status: 'FAILED',
        reasonCode: ACCEPT_FAILURE_REASON,
        opportunityId: null,
        opportunity: null,
        invitation: { id: invitationGid(invitation), status: 'PENDING' },
      });
      expect(failed.message).toMatch(/failed validation/);
      expect([calls(LIST_ACCEPT), calls(GET_INVITATION), calls(LIST_OPPORTUNITIES)]).toEqual([
        1, 1, 0,
      ]);
    });
  });

  describe('startProspectingFromEngagements', () => {
    const engagements = (catalog: 'AWS' | 'Sandbox', failing: boolean) =>
      t.pc.data[catalog].engagements.filter((e) => e.failsProspecting === failing);

    const prospect = (input: Record<string, unknown>) =>
      t.graphql(PcEngStartProspectingDocument, {
        input: { catalog: 'AWS', taskName: 'Q1 prospecting', ...input } as never,
      });

    it('101 engagement ids are BAD_USER_INPUT on input.engagementIds, with no upstream call', async () => {
      const ids = Array.from({ length: 101 }, (_, i) => `eng-${String(i).padStart(14, '0')}`);
      const { body } = await prospect({ engagementIds: ids });
      const error = onlyError(body.errors);
      expect(error.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'input.engagementIds',
      });
      expect(error.message).toMatch(/1 to 100/);
      expect(calls()).toBe(0);
    });

    it('an id off the pattern is BAD_USER_INPUT naming input.engagementIds[i]', async () => {
      const good = engagements('AWS', false)[0]!.Id;
      const { body } = await prospect({ engagementIds: [good, good.slice(0, -1), 'ENG-X'] });
      const error = onlyError(body.errors);
      expect(error.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'input.engagementIds[1]',
      });
      expect(error.message).toContain(JSON.stringify(good.slice(0, -1)));
      expect(calls()).toBe(0);
    });

    it('a repeated engagement id is BAD_USER_INPUT naming the repeat, with no upstream call', async () => {
      const [first, second] = engagements('AWS', false);
      const { body } = await prospect({ engagementIds: [first!.Id, second!.Id, first!.Id] });
      const error = onlyError(body.errors);
      expect(error.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'input.engagementIds[2]',
      });
      expect(error.message).toMatch(/repeat/);
      expect(calls()).toBe(0);
    });

    it.each([
      ['empty', ''],
      ['129 characters', 'x'.repeat(129)],
    ])('a taskName %s is BAD_USER_INPUT on input.taskName', async (_, taskName) => {
      const { body } = await prospect({
        engagementIds: [engagements('AWS', false)[0]!.Id],
        taskName,
      });
      expect(onlyError(body.errors).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'input.taskName',
      });
      expect(calls()).toBe(0);
    });

    it('runs PENDING/IN_PROGRESS → COMPLETE with a result per engagement (unknown ones FAILED), idempotent per clientToken', async () => {
      const [ok1, ok2] = engagements('AWS', false);
      const [notEligible] = engagements('AWS', true);
      const ids = [ok1!.Id, UNKNOWN_ENGAGEMENT, notEligible!.Id, ok2!.Id];
      const input = { engagementIds: ids, taskName: 'Q1 prospecting', clientToken: 'prospect-1' };

      const first = await prospect(input);
      expect(first.body.errors).toBeUndefined();
      const payload = first.body.data!.startProspectingFromEngagements;
      expect(payload!.clientToken).toBe('prospect-1');
      expect(payload!.task).toMatchObject({
        type: 'PROSPECTING_FROM_ENGAGEMENT',
        catalog: 'AWS',
        name: 'Q1 prospecting',
        status: 'PENDING',
        engagementIds: ids,
        invitationId: null,
      });
      expect(payload!.task.id).toMatch(/^pc-prospecting-task:AWS:task-[0-9a-z]{14}$/);

      const again = await prospect(input);
      expect(again.body.errors).toBeUndefined();
      expect(again.body.data!.startProspectingFromEngagements).toEqual(payload);
      expect(calls(START_PROSPECTING)).toBe(2);
      expect(
        t.pc.data.AWS.prospectingTasks.filter((task) => task.TaskName === 'Q1 prospecting'),
      ).toHaveLength(1);

      // Right after the start it is still running.
      const early = await t.graphql(PcEngTaskStatusDocument, { id: payload!.task.id });
      expect(['PENDING', 'IN_PROGRESS']).toContain(early.body.data?.engagementTask?.status);

      expect(await settled(payload!.task.id)).toBe('COMPLETE');
      t.pc.clearRequests();
      const { body } = await t.graphql(PcEngProspectingTaskDetailsDocument, {
        id: payload!.task.id,
      });
      expect(body.errors).toBeUndefined();
      const task = body.data!.engagementTask!;
      expect(task).toMatchObject({
        status: 'COMPLETE',
        engagementIds: ids,
        counts: { total: 4, completed: 2, failed: 2 },
        invitation: null,
        opportunity: null,
      });
      expect(task.endedAt).not.toBeNull();
      const results = task.engagementResults!;
      expect(
        results.map((result) => [result.engagementId, result.status, result.reasonCode]),
      ).toEqual([
        [ok1!.Id, 'COMPLETE', null],
        [UNKNOWN_ENGAGEMENT, 'FAILED', ENGAGEMENT_NOT_FOUND],
        [notEligible!.Id, 'FAILED', ENGAGEMENT_NOT_ELIGIBLE],
        [ok2!.Id, 'COMPLETE', null],
      ]);
      expect(results[0]!.engagementContextId).toMatch(/^ctx-[0-9a-z]{14}$/);
      expect(results[1]!.message).toContain(UNKNOWN_ENGAGEMENT);
      // engagementIds, engagementResults and counts share one GetProspectingFromEngagementTask.
      expect(calls(GET_PROSPECTING)).toBe(1);
      expect(calls()).toBe(1);
    });

    it('a task whose every engagement failed reads FAILED by id', async () => {
      const { body } = await prospect({
        engagementIds: [UNKNOWN_ENGAGEMENT, engagements('Sandbox', true)[0]!.Id],
        catalog: 'SANDBOX',
      });
      expect(body.errors).toBeUndefined();
      const id = body.data!.startProspectingFromEngagements!.task.id;
      expect(id).toMatch(/^pc-prospecting-task:Sandbox:/);
      expect(await settled(id)).toBe('FAILED');
    });
  });

  describe('rejectEngagementInvitation', () => {
    it('rejects with the reason; rejecting again is the upstream ConflictException', async () => {
      const invitation = pending('AWS', false)[1]!;
      const input = {
        invitationId: invitationGid(invitation),
        rejectionReason: 'Unable to support',
      };

      const { body } = await t.graphql(PcEngRejectDocument, { input });
      expect(body.errors).toBeUndefined();
      expect(body.data!.rejectEngagementInvitation).toEqual({
        id: invitationGid(invitation),
        invitationId: invitation.Id,
        catalog: 'AWS',
        status: 'REJECTED',
        rejectionReason: 'Unable to support',
      });
      expect(t.pc.data.AWS.invitation(invitation.Id)).toMatchObject({
        Status: 'REJECTED',
        RejectionReason: 'Unable to support',
      });
      // The reject, then the invitation as it now stands.
      expect([calls(REJECT), calls(GET_INVITATION)]).toEqual([1, 1]);
      expect(t.pc.requests(REJECT)[0]!.body).toEqual({
        Catalog: 'AWS',
        Identifier: invitation.Id,
        RejectionReason: 'Unable to support',
      });

      t.pc.clearRequests();
      const again = await t.graphql(PcEngRejectDocument, { input });
      expect(again.body.data).toEqual({ rejectEngagementInvitation: null });
      const error = onlyError(again.body.errors);
      expect(error.extensions).toEqual({
        code: 'UPSTREAM_REJECTED',
        source: 'PARTNER_CENTRAL',
        upstreamStatus: 409,
        upstreamCode: 'ConflictException',
        retryable: false,
      });
      expect(error.message).toMatch(/REJECTED/);
      expect(calls()).toBe(1);
    });
  });

  describe('tasks and invitations by id', () => {
    it('engagementTask: a malformed id is BAD_USER_INPUT; an unknown one is null', async () => {
      for (const id of ['pc-accept-task:AWS:task-1', 'pc-invitation:AWS:engi-0a1b2c3d4e5f6']) {
        const { body } = await t.graphql(PcEngTaskStatusDocument, { id });
        expect(onlyError(body.errors).extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          argument: 'id',
        });
      }
      expect(calls()).toBe(0);

      for (const id of [
        `pc-accept-task:AWS:${UNKNOWN_ACCEPT_TASK}`,
        `pc-prospecting-task:Sandbox:${UNKNOWN_PROSPECTING_TASK}`,
      ]) {
        const { body } = await t.graphql(PcEngTaskStatusDocument, { id });
        expect(body).toEqual({ data: { engagementTask: null } });
      }
      expect([calls(LIST_ACCEPT), calls(GET_PROSPECTING)]).toEqual([1, 1]);
    });

    it('node(id) answers EngagementTask and EngagementInvitation', async () => {
      const invitation = pending('AWS', false)[0]!;
      const { task } = await accept(invitationGid(invitation));
      t.pc.clearRequests();
      const { body } = await t.graphql(PcEngNodesDocument, {
        taskId: task.id,
        invitationId: invitationGid(invitation),
      });
      expect(body).toEqual({
        data: {
          task: { __typename: 'EngagementTask', id: task.id },
          invitation: { __typename: 'EngagementInvitation', id: invitationGid(invitation) },
        },
      });
      expect([calls(LIST_ACCEPT), calls(GET_INVITATION)]).toEqual([1, 1]);
    });

    it('_entities with 15 accept-task references batches into ListEngagementByAcceptingInvitationTasks calls of ≤ 10 ids', async () => {
      const invitations = t.pc.data.AWS.invitations
        .filter((invitation) => invitation.Status === 'PENDING')
        .slice(0, 15);
      expect(invitations).toHaveLength(15);
      const tasks = [];
      for (const invitation of invitations)
        tasks.push((await accept(invitationGid(invitation)))!.task);
      t.pc.clearRequests();

      const representations = tasks.map((task) => ({ __typename: 'EngagementTask', id: task.id }));
      const { body } = await t.graphql(PcEngTaskEntitiesDocument, { representations });
      expect(body.errors).toBeUndefined();
      expect(body.data!._entities).toEqual(
        tasks.map((task) => ({
          __typename: 'EngagementTask',
          id: task.id,
          taskId: task.taskId,
          status: expect.stringMatching(/^(IN_PROGRESS|COMPLETE|FAILED)$/),
          invitationId: task.invitationId,
        })),
      );
      const lists = t.pc.requests(LIST_ACCEPT);
      expect(calls()).toBe(lists.length);
      const sent = lists.map(
        (entry) => (entry.body as { TaskIdentifier: string[] }).TaskIdentifier,
      );
      expect(sent.map((ids) => ids.length).sort((a, b) => a - b)).toEqual([5, 10]);
      expect(sent.flat().sort()).toEqual(tasks.map((task) => task.taskId).sort());
    });
  });

  describe('engagementInvitations', () => {
    it('filters by status: only the PENDING ones, in one ListEngagementInvitations call', async () => {
      const expected = t.pc.data.Sandbox.invitations.filter((i) => i.Status === 'PENDING');
      const { body } = await t.graphql(PcEngInvitationsDocument, {
        catalog: 'SANDBOX',
        first: 100,
        statuses: ['PENDING'],
      });
      expect(body.errors).toBeUndefined();
      const nodes = body.data!.engagementInvitations!.nodes;
      expect(nodes.map((node) => node.status)).toEqual(expected.map(() => 'PENDING'));
      expect(nodes.map((node) => node.invitationId).sort()).toEqual(
        expected.map((i) => i.Id).sort(),
      );
      expect(nodes[0]).toMatchObject({
        catalog: 'SANDBOX',
        id: expect.stringMatching(/^pc-invitation:Sandbox:engi-/),
      });
      expect(body.data!.engagementInvitations!.pageInfo.hasNextPage).toBe(false);
      expect(t.pc.requests(LIST_INVITATIONS).map((entry) => entry.body)).toEqual([
        expect.objectContaining({ Catalog: 'Sandbox', Status: ['PENDING'] }),
      ]);
      // Summary fields only: no GetEngagementInvitation.
      expect(calls()).toBe(1);
    });

    it('Get-only fields cost exactly one GetEngagementInvitation per distinct invitation', async () => {
      const listed = await t.graphql(PcEngInvitationsDocument, {
        catalog: 'AWS',
        first: 4,
        statuses: ['PENDING'],
      });
      const ids = listed.body.data!.engagementInvitations!.nodes.map((node) => node.id);
      expect(ids).toHaveLength(4);
      t.pc.clearRequests();

      const { body } = await t.graphql(PcEngInvitationsWithDetailsDocument, {
        catalog: 'AWS',
        first: 4,
        statuses: ['PENDING'],
        oneId: ids[2]!,
      });
      expect(body.errors).toBeUndefined();
      const nodes = body.data!.engagementInvitations!.nodes;
      expect(nodes.map((node) => node.id)).toEqual(ids);
      for (const node of nodes) {
        const record = t.pc.data.AWS.invitation(node.invitationId)!;
        expect(node.invitationMessage).toBe(record.InvitationMessage);
        const payload = node.payload!;
        const company =
          payload.opportunityInvitation?.customer?.companyName ??
          payload.leadInvitation?.customer?.companyName;
        const expectedCompany =
          'OpportunityInvitation' in record.Payload
            ? record.Payload.OpportunityInvitation.Customer.CompanyName
            : record.Payload.LeadInvitation.Customer.CompanyName;
        expect(company).toBe(expectedCompany);
      }
      expect(body.data!.again).toEqual({
        id: ids[2],
        invitationMessage: nodes[2]!.invitationMessage,
        payload: nodes[2]!.payload,
      });
      // 4 listed invitations, two Get-only fields each, one of them asked for again by id.
      const gets = t.pc.requests(GET_INVITATION);
      expect(gets).toHaveLength(4);
      expect(
        new Set(gets.map((entry) => (entry.body as { Identifier: string }).Identifier)).size,
      ).toBe(4);
      expect(calls(LIST_INVITATIONS)).toBe(1);
    });
  });
});
