/**
 * StartEngagementByAcceptingInvitationTask and ListEngagementByAcceptingInvitationTasks end to end
 * (docs/upstreams/partner-central.md#startengagementbyacceptinginvitationtask): the task runs
 * IN_PROGRESS → COMPLETE (or FAILED) on the simulator's clock, the invitation turns ACCEPTED and a
 * new opportunity appears.
 */
import {
  GetEngagementInvitationCommand,
  GetOpportunityCommand,
  ListEngagementByAcceptingInvitationTasksCommand,
  ListOpportunitiesCommand,
  StartEngagementByAcceptingInvitationTaskCommand,
  type PartnerCentralSellingClient,
} from '@aws-sdk/client-partnercentral-selling';
import {
  ACCEPT_FAILURE_REASON,
  type InvitationRecord,
  type PartnerCentralSimulator,
} from '../../../src/sources/partner-central/simulator/index.js';
import { clientFor, expectServiceError, ManualClock, startSimulator } from './support.js';

const DURATION_MS = 50;

describe('Partner Central simulator: accepting invitations', () => {
  const clock = new ManualClock();
  let sim: PartnerCentralSimulator;
  let client: PartnerCentralSellingClient;
  beforeAll(async () => {
    sim = await startSimulator({ records: 100, taskDurationMs: DURATION_MS, now: clock.now });
    client = clientFor(sim);
  });
  afterAll(() => sim.stop());
  beforeEach(() => sim.reset());

  const pending = (fails: boolean): InvitationRecord[] =>
    sim.data.AWS.invitations.filter((i) => i.Status === 'PENDING' && i.failsOnAccept === fails);

  const accept = (Identifier: string, ClientToken?: string, Catalog = 'AWS') =>
    client.send(
      new StartEngagementByAcceptingInvitationTaskCommand({ Catalog, Identifier, ClientToken }),
    );

  const listTasks = (
    input: Partial<
      ConstructorParameters<typeof ListEngagementByAcceptingInvitationTasksCommand>[0]
    > = {},
  ) =>
    client.send(new ListEngagementByAcceptingInvitationTasksCommand({ Catalog: 'AWS', ...input }));

  it('runs IN_PROGRESS → COMPLETE, accepts the invitation and creates a visible opportunity', async () => {
    const invitation = pending(false)[0] as InvitationRecord;
    const startedAt = clock.ms;
    const started = await accept(invitation.Id);
    expect(started).toMatchObject({
      TaskStatus: 'IN_PROGRESS',
      EngagementInvitationId: invitation.Id,
    });
    expect(started.TaskId).toMatch(/^task-[0-9a-z]{13}$/);
    expect(started.TaskArn).toMatch(
      /^arn:aws:partnercentral:us-east-1:111122223333:catalog\/AWS\/.*task-[0-9a-z]{13}$/,
    );
    expect(started.StartTime?.getTime()).toBe(startedAt);
    expect(started.OpportunityId).toBeUndefined();

    clock.advance(DURATION_MS - 1);
    const running = await listTasks({ TaskIdentifier: [started.TaskId ?? ''] });
    expect(running.TaskSummaries?.map((t) => t.TaskStatus)).toEqual(['IN_PROGRESS']);
    expect(sim.data.AWS.invitation(invitation.Id)?.Status).toBe('PENDING');

    clock.advance(1);
    const [done] =
      (await listTasks({ TaskIdentifier: [started.TaskArn ?? ''] })).TaskSummaries ?? [];
    expect(done).toMatchObject({ TaskId: started.TaskId, TaskStatus: 'COMPLETE' });
    expect(done?.OpportunityId).toMatch(/^O[0-9]{10}$/);
    expect(done?.ResourceSnapshotJobId).toMatch(/^job-[0-9a-z]{13}$/);
    expect(done?.ReasonCode).toBeUndefined();

    const invitationNow = await client.send(
      new GetEngagementInvitationCommand({ Catalog: 'AWS', Identifier: invitation.Id }),
    );
    expect(invitationNow.Status).toBe('ACCEPTED');

    const opportunity = await client.send(
      new GetOpportunityCommand({ Catalog: 'AWS', Identifier: done?.OpportunityId ?? '' }),
    );
    expect(opportunity.CreatedDate?.getTime()).toBe(startedAt + DURATION_MS);
    expect(opportunity.LastModifiedDate?.getTime()).toBe(startedAt + DURATION_MS);
    const payload = invitation.Payload;
    const company =
      'OpportunityInvitation' in payload
        ? payload.OpportunityInvitation.Customer.CompanyName
        : payload.LeadInvitation.Customer.CompanyName;
    expect(opportunity.Customer?.Account?.CompanyName).toBe(company);
    expect(opportunity.LifeCycle?.Stage).toBe('Prospect');

    const listed = await client.send(
      new ListOpportunitiesCommand({ Catalog: 'AWS', Identifier: [done?.OpportunityId ?? ''] }),
    );
    expect(listed.OpportunitySummaries?.map((s) => s.Id)).toEqual([done?.OpportunityId]);
    // Newest LastModifiedDate: first in the default listing.
    const newest = await client.send(
      new ListOpportunitiesCommand({ Catalog: 'AWS', MaxResults: 1 }),
    );
    expect(newest.OpportunitySummaries?.[0]?.Id).toBe(done?.OpportunityId);
    expect(sim.data.AWS.opportunities).toHaveLength(101);
    expect(sim.data.Sandbox.opportunities).toHaveLength(100);
  });

  it('replays the same ClientToken with the same input: same task, same response, no second task', async () => {
    const invitation = pending(false)[0] as InvitationRecord;
    const first = await accept(invitation.Id, 'token-1');
    clock.advance(DURATION_MS);
    const again = await accept(invitation.Id, 'token-1');
    const { $metadata: _a, ...firstBody } = first;
    const { $metadata: _b, ...againBody } = again;
    expect(againBody).toEqual(firstBody);
    expect(sim.data.AWS.acceptInvitationTasks).toHaveLength(1);
    expect(sim.data.AWS.opportunities).toHaveLength(101);
  });

  it('answers the same ClientToken with a different input with ConflictException', async () => {
    const [one, two] = pending(false) as [InvitationRecord, InvitationRecord];
    await accept(one.Id, 'token-2');
    await expectServiceError(accept(two.Id, 'token-2'), 'ConflictException', 409);
    // Tokens are scoped per catalog: the same token is new in Sandbox.
    const sandbox = sim.data.Sandbox.invitations.find((i) => i.Status === 'PENDING');
    await expect(accept(sandbox?.Id ?? '', 'token-2', 'Sandbox')).resolves.toMatchObject({
      TaskStatus: 'IN_PROGRESS',
    });
  });

  it('fails a seeded failing invitation with ReasonCode InvitationValidationFailed; it stays PENDING', async () => {
    const invitation = pending(true)[0] as InvitationRecord;
    const started = await accept(invitation.Id);
    clock.advance(DURATION_MS);
    const [task] =
      (await listTasks({ TaskIdentifier: [started.TaskId ?? ''] })).TaskSummaries ?? [];
    expect(task).toMatchObject({ TaskStatus: 'FAILED', ReasonCode: ACCEPT_FAILURE_REASON });
    expect(task?.Message?.length).toBeGreaterThan(0);
    expect(task?.OpportunityId).toBeUndefined();
    expect(sim.data.AWS.invitation(invitation.Id)?.Status).toBe('PENDING');
    expect(sim.data.AWS.opportunities).toHaveLength(100);
  });

  it('answers ConflictException for a non-PENDING invitation or one already being accepted', async () => {
    const accepted = sim.data.AWS.invitations.find((i) => i.Status !== 'PENDING');
    await expectServiceError(accept(accepted?.Id ?? ''), 'ConflictException', 409);
    const invitation = pending(false)[0] as InvitationRecord;
    await accept(invitation.Id, 'a');
    await expectServiceError(accept(invitation.Id, 'b'), 'ConflictException', 409);
    clock.advance(DURATION_MS);
    await expectServiceError(accept(invitation.Id, 'c'), 'ConflictException', 409);
  });

  it('answers ResourceNotFoundException for an unknown invitation or one of the other catalog', async () => {
    await expectServiceError(accept('engi-0000000000000'), 'ResourceNotFoundException', 404);
    const sandbox = sim.data.Sandbox.invitations.find((i) => i.Status === 'PENDING');
    await expectServiceError(accept(sandbox?.Id ?? ''), 'ResourceNotFoundException', 404);
  });

  it('accepts by invitation ARN', async () => {
    const invitation = pending(false)[0] as InvitationRecord;
    const started = await accept(invitation.Arn);
    expect(started.EngagementInvitationId).toBe(invitation.Id);
  });

  it('lists tasks newest first and filters by status, invitation, opportunity and task', async () => {
    const [a, b] = pending(false) as [InvitationRecord, InvitationRecord];
    const failing = pending(true)[0] as InvitationRecord;
    const taskA = await accept(a.Id);
    clock.advance(10);
    const taskF = await accept(failing.Id);
    clock.advance(DURATION_MS);
    const taskB = await accept(b.Id);

    const all = await listTasks();
    expect(all.TaskSummaries?.map((t) => t.TaskId)).toEqual([
      taskB.TaskId,
      taskF.TaskId,
      taskA.TaskId,
    ]);
    const ascending = await listTasks({ Sort: { SortBy: 'StartTime', SortOrder: 'ASCENDING' } });
    expect(ascending.TaskSummaries?.map((t) => t.TaskId)).toEqual([
      taskA.TaskId,
      taskF.TaskId,
      taskB.TaskId,
    ]);

    const byStatus = await listTasks({ TaskStatus: ['COMPLETE', 'FAILED'] });
    expect(byStatus.TaskSummaries?.map((t) => [t.TaskId, t.TaskStatus])).toEqual([
      [taskF.TaskId, 'FAILED'],
      [taskA.TaskId, 'COMPLETE'],
    ]);
    const byInvitation = await listTasks({ EngagementInvitationIdentifier: [b.Arn, failing.Id] });
    expect(byInvitation.TaskSummaries?.map((t) => t.TaskId)).toEqual([taskB.TaskId, taskF.TaskId]);
    const opportunityId = sim.data.AWS.acceptTask(taskA.TaskId ?? '')?.OpportunityId ?? '';
    const byOpportunity = await listTasks({ OpportunityIdentifier: [opportunityId] });
    expect(byOpportunity.TaskSummaries?.map((t) => t.TaskId)).toEqual([taskA.TaskId]);

    const paged = await listTasks({ MaxResults: 2 });
    expect(paged.TaskSummaries).toHaveLength(2);
    const rest = await listTasks({ MaxResults: 2, NextToken: paged.NextToken });
    expect(rest.TaskSummaries?.map((t) => t.TaskId)).toEqual([taskA.TaskId]);
    expect(rest.NextToken).toBeUndefined();
    expect((await listTasks({ Catalog: 'Sandbox' })).TaskSummaries).toEqual([]);
  });

  it('reset() forgets tasks, created opportunities and ClientTokens', async () => {
    const invitation = pending(false)[0] as InvitationRecord;
    await accept(invitation.Id, 'token-r');
    clock.advance(DURATION_MS);
    expect(sim.data.AWS.opportunities).toHaveLength(101);
    sim.reset();
    expect(sim.data.AWS.acceptInvitationTasks).toEqual([]);
    expect(sim.data.AWS.opportunities).toHaveLength(100);
    const other = pending(false)[1] as InvitationRecord;
    await expect(accept(other.Id, 'token-r')).resolves.toMatchObject({
      EngagementInvitationId: other.Id,
    });
  });
});
