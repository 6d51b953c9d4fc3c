/*
 * EngagementTask: one status vocabulary (upstream COMPLETED -> COMPLETE), links through the
 * request's loaders only when selected, prospecting results loaded only for listed tasks.
 */
import {
  mapAcceptTask,
  mapInvitation,
  mapOpportunitySummary,
  mapProspectingTask,
} from '../../../../src/sources/partner-central/mapper.js';
import { invitationDetail, opportunitySummary } from './fixtures.js';
import { fakeContext, run } from './harness.js';

const ACCEPT_ID = 'task-0a1b2c3d4e5f6';
const PROSPECTING_ID = 'task-0a1b2c3d4e5f67';
const INVITATION = 'engi-0000000000001';
const OPPORTUNITY = 'O42';

const acceptTask = (overrides: { status?: string; opportunityId?: string } = {}) =>
  mapAcceptTask(
    {
      TaskId: ACCEPT_ID,
      TaskArn: `arn:aws:partnercentral:us-east-1:111122223333:catalog/Sandbox/engagement-by-accepting-invitation-task/${ACCEPT_ID}`,
      StartTime: new Date('2024-06-01T08:00:00Z'),
      TaskStatus: (overrides.status ?? 'COMPLETE') as 'COMPLETE',
      EngagementInvitationId: INVITATION,
      OpportunityId: overrides.opportunityId,
      ResourceSnapshotJobId: 'job-0a1b2c3d4e5f6',
    },
    'Sandbox',
  );

const engagements = [
  {
    EngagementIdentifier: 'eng-00000000000001',
    Status: 'COMPLETED' as const,
    EngagementContextId: 'ctx-00000000000001',
  },
  {
    EngagementIdentifier: 'eng-00000000000002',
    Status: 'FAILED' as const,
    ReasonCode: 'AccessDenied',
    Message: 'no',
  },
  { EngagementIdentifier: 'eng-00000000000003', Status: 'IN_PROGRESS' as const },
];

const prospectingFromGet = () =>
  mapProspectingTask(
    {
      $metadata: {},
      TaskId: PROSPECTING_ID,
      TaskArn:
        'arn:aws:partnercentral-selling:us-east-1:111122223333:catalog/AWS/prospecting-from-engagement-task/task-0a1b2c3d4e5f67',
      TaskName: 'spring',
      StartTime: new Date('2024-06-01T08:00:00Z'),
      EndTime: new Date('2024-06-01T08:05:00Z'),
      Engagements: engagements,
    },
    'AWS',
  );

const prospectingFromList = () =>
  mapProspectingTask(
    {
      TaskId: PROSPECTING_ID,
      TaskArn:
        'arn:aws:partnercentral-selling:us-east-1:111122223333:catalog/AWS/prospecting-from-engagement-task/task-0a1b2c3d4e5f67',
      TaskName: 'spring',
      StartTime: new Date('2024-06-01T08:00:00Z'),
      EndTime: new Date('2024-06-01T08:05:00Z'),
      TotalEngagementCount: 3,
      CompletedEngagementCount: 1,
      FailedEngagementCount: 1,
    },
    'AWS',
  );

describe('EngagementTask', () => {
  it('reports an accept task in GraphQL spelling without any upstream call', async () => {
    const fake = fakeContext();
    const result = await run(
      `{ tasks { id type catalog taskId taskArn name status startedAt endedAt reasonCode message
          invitationId opportunityId resourceSnapshotJobId engagementIds engagementResults { status } counts { total } } }`,
      { tasks: [acceptTask({ status: 'COMPLETE' })] },
      fake,
    );

    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      tasks: [
        {
          id: `pc-accept-task:Sandbox:${ACCEPT_ID}`,
          type: 'ACCEPT_ENGAGEMENT_INVITATION',
          catalog: 'SANDBOX',
          taskId: ACCEPT_ID,
          taskArn: expect.stringContaining(ACCEPT_ID),
          name: null,
          status: 'COMPLETE',
          startedAt: '2024-06-01T08:00:00.000Z',
          endedAt: null,
          reasonCode: null,
          message: null,
          invitationId: INVITATION,
          opportunityId: null,
          resourceSnapshotJobId: 'job-0a1b2c3d4e5f6',
          engagementIds: null,
          engagementResults: null,
          counts: null,
        },
      ],
    });
    expect(Object.values(fake.log).map((log) => log.loads)).toEqual([0, 0, 0, 0]);
  });

  it('normalises COMPLETED to COMPLETE for prospecting tasks and each engagement', async () => {
    const fake = fakeContext();
    const result = await run(
      `{ tasks { type status endedAt engagementIds counts { total completed failed }
          engagementResults { engagementId status engagementContextId reasonCode message } } }`,
      { tasks: [prospectingFromGet()] },
      fake,
    );

    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      tasks: [
        {
          type: 'PROSPECTING_FROM_ENGAGEMENT',
          status: 'COMPLETE',
          endedAt: '2024-06-01T08:05:00.000Z',
          engagementIds: ['eng-00000000000001', 'eng-00000000000002', 'eng-00000000000003'],
          counts: { total: 3, completed: 1, failed: 1 },
          engagementResults: [
            {
              engagementId: 'eng-00000000000001',
              status: 'COMPLETE',
              engagementContextId: 'ctx-00000000000001',
              reasonCode: null,
              message: null,
            },
            {
              engagementId: 'eng-00000000000002',
              status: 'FAILED',
              engagementContextId: null,
              reasonCode: 'AccessDenied',
              message: 'no',
            },
            {
              engagementId: 'eng-00000000000003',
              status: 'IN_PROGRESS',
              engagementContextId: null,
              reasonCode: null,
              message: null,
            },
          ],
        },
      ],
    });
    expect(fake.log.engagementTask.loads).toBe(0);
  });

  it('loads the results of a listed prospecting task once, and only when selected', async () => {
    const quiet = fakeContext();
    const counted = await run(
      `{ tasks { status counts { total completed failed } } }`,
      {
        tasks: [prospectingFromList()],
      },
      quiet,
    );
    expect(counted.errors).toBeUndefined();
    expect(counted.data).toEqual({
      tasks: [{ status: 'COMPLETE', counts: { total: 3, completed: 1, failed: 1 } }],
    });
    expect(quiet.log.engagementTask.loads).toBe(0);

    const fake = fakeContext({
      tasks: { [`PROSPECTING_FROM_ENGAGEMENT:AWS:${PROSPECTING_ID}`]: prospectingFromGet() },
    });
    const result = await run(
      `{ tasks { engagementIds engagementResults { status } } }`,
      { tasks: [prospectingFromList(), prospectingFromList()] },
      fake,
    );

    expect(result.errors).toBeUndefined();
    expect(fake.log.engagementTask.batches).toEqual([
      [`PROSPECTING_FROM_ENGAGEMENT:AWS:${PROSPECTING_ID}`],
    ]);
    const expected = {
      engagementIds: ['eng-00000000000001', 'eng-00000000000002', 'eng-00000000000003'],
      engagementResults: [{ status: 'COMPLETE' }, { status: 'FAILED' }, { status: 'IN_PROGRESS' }],
    };
    expect(result.data).toEqual({ tasks: [expected, expected] });
  });

  it('links an accept task to its invitation and, once known, its opportunity', async () => {
    const opportunity = mapOpportunitySummary(
      opportunitySummary(OPPORTUNITY, 'Sandbox'),
      'Sandbox',
    );
    const fake = fakeContext({
      invitations: {
        [`Sandbox:${INVITATION}`]: mapInvitation(
          invitationDetail(INVITATION, 'Sandbox'),
          'Sandbox',
        ),
      },
      opportunities: { [`Sandbox:${OPPORTUNITY}`]: opportunity },
    });
    const result = await run(
      `{ tasks { status invitation { id invitationMessage } opportunity { id partnerCentral { opportunityId } } } }`,
      {
        tasks: [
          acceptTask({ status: 'IN_PROGRESS' }),
          acceptTask({ status: 'COMPLETE', opportunityId: OPPORTUNITY }),
          prospectingFromGet(),
        ],
      },
      fake,
    );

    expect(result.errors).toBeUndefined();
    const invitation = {
      id: `pc-invitation:Sandbox:${INVITATION}`,
      invitationMessage: 'Please help',
    };
    expect(result.data).toEqual({
      tasks: [
        { status: 'IN_PROGRESS', invitation, opportunity: null },
        {
          status: 'COMPLETE',
          invitation,
          opportunity: {
            id: `pc:Sandbox:${OPPORTUNITY}`,
            partnerCentral: { opportunityId: OPPORTUNITY },
          },
        },
        { status: 'COMPLETE', invitation: null, opportunity: null },
      ],
    });
    expect(fake.log.engagementInvitation.batches).toEqual([[`Sandbox:${INVITATION}`]]);
    expect(fake.log.partnerCentralOpportunity.batches).toEqual([[`Sandbox:${OPPORTUNITY}`]]);
  });

  it('resolves tasks and invitations as Node from the id alone', async () => {
    const fake = fakeContext();
    const invitation = mapInvitation(invitationDetail(INVITATION), 'AWS');
    const result = await run(
      `{ nodes { __typename id } }`,
      { nodes: [acceptTask(), prospectingFromList(), invitation] },
      fake,
    );

    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      nodes: [
        { __typename: 'EngagementTask', id: `pc-accept-task:Sandbox:${ACCEPT_ID}` },
        { __typename: 'EngagementTask', id: `pc-prospecting-task:AWS:${PROSPECTING_ID}` },
        { __typename: 'EngagementInvitation', id: `pc-invitation:AWS:${INVITATION}` },
      ],
    });
  });
});
