/**
 * The Partner Central mapper: SDK outputs (Dates already parsed, members as the model names them)
 * into the source-neutral records the resolvers serve.
 */
import type {
  EngagementInvitationSummary,
  OpportunitySummary,
  ProspectingTaskSummary,
} from '@aws-sdk/client-partnercentral-selling';
import {
  mapAcceptTask,
  mapInvitation,
  mapOpportunitySummary,
  mapProspectingTask,
  normaliseTaskStatus,
} from '../../../src/sources/partner-central/mapper.js';

const ACCOUNT = '111122223333';
const CREATED = new Date('2025-11-02T09:15:00.000Z');
const MODIFIED = new Date('2026-01-20T17:45:30.250Z');

function summary(overrides: Partial<OpportunitySummary> = {}): OpportunitySummary {
  return {
    Catalog: 'AWS',
    Id: 'O1234567890',
    Arn: `arn:aws:partnercentral:us-east-1:${ACCOUNT}:catalog/AWS/opportunity/O1234567890`,
    PartnerOpportunityIdentifier: 'CRM-1',
    OpportunityType: 'Net New Business',
    CreatedDate: CREATED,
    LastModifiedDate: MODIFIED,
    LifeCycle: { Stage: 'Qualified', ReviewStatus: 'Approved' },
    Customer: { Account: { CompanyName: 'Juniper Ridge Collective KK', Industry: 'Other' } },
    Project: {
      ExpectedCustomerSpend: [
        { Amount: '12500.00', CurrencyCode: 'USD', Frequency: 'Monthly', TargetCompany: 'AWS' },
        { Amount: '99.00', CurrencyCode: 'EUR', Frequency: 'Monthly', TargetCompany: 'AWS' },
      ],
    },
    ...overrides,
  };
}

describe('mapOpportunitySummary', () => {
  it('maps a ListOpportunities summary to the source-neutral record', () => {
    const input = summary();
    expect(mapOpportunitySummary(input, 'AWS')).toEqual({
      id: 'pc:AWS:O1234567890',
      source: 'PARTNER_CENTRAL',
      sourceId: 'O1234567890',
      // The summary has no title: the customer's company name is the name.
      name: 'Juniper Ridge Collective KK',
      stage: 'Qualified',
      // The first ExpectedCustomerSpend, as the decimal string it is, with its currency.
      amount: { amount: '12500.00', currencyCode: 'USD' },
      probability: null,
      createdAt: '2025-11-02T09:15:00.000Z',
      lastModifiedAt: '2026-01-20T17:45:30.250Z',
      details: {
        kind: 'partnerCentral',
        catalog: 'AWS',
        opportunityId: 'O1234567890',
        summary: input,
      },
    });
  });

  it('keeps the catalog in the id, spelled as the upstream spells it', () => {
    expect(mapOpportunitySummary(summary({ Catalog: 'Sandbox' }), 'Sandbox').id).toBe(
      'pc:Sandbox:O1234567890',
    );
  });

  it('never rounds an amount: the decimal string passes through unchanged', () => {
    const record = mapOpportunitySummary(
      summary({
        Project: {
          ExpectedCustomerSpend: [
            {
              Amount: '9007199254740993.07',
              CurrencyCode: 'JPY',
              Frequency: 'Monthly',
              TargetCompany: 'AWS',
            },
          ],
        },
      }),
      'AWS',
    );
    expect(record.amount).toEqual({ amount: '9007199254740993.07', currencyCode: 'JPY' });
  });

  it('gives null where the summary has nothing', () => {
    const record = mapOpportunitySummary(
      {
        Catalog: 'AWS',
        Id: 'O1',
        Project: {
          ExpectedCustomerSpend: [
            { CurrencyCode: 'USD', Frequency: 'Monthly', TargetCompany: 'AWS' },
          ],
        },
      },
      'AWS',
    );
    expect(record).toMatchObject({
      id: 'pc:AWS:O1',
      name: null,
      stage: null,
      amount: null,
      createdAt: null,
      lastModifiedAt: null,
    });
    expect(mapOpportunitySummary({ Catalog: 'AWS', Id: 'O2' }, 'AWS').amount).toBeNull();
  });

  it('an amount without a currency keeps the amount', () => {
    const record = mapOpportunitySummary(
      summary({
        Project: {
          ExpectedCustomerSpend: [
            { Amount: '10.50' } as NonNullable<
              NonNullable<OpportunitySummary['Project']>['ExpectedCustomerSpend']
            >[number],
          ],
        },
      }),
      'AWS',
    );
    expect(record.amount).toEqual({ amount: '10.50', currencyCode: null });
  });

  it('refuses a summary without an Id or with an id no one could parse back', () => {
    expect(() => mapOpportunitySummary(summary({ Id: undefined }), 'AWS')).toThrow(/without an Id/);
    expect(() => mapOpportunitySummary(summary({ Id: 'X-1' }), 'AWS')).toThrow(/Cannot format/);
  });
});

describe('normaliseTaskStatus', () => {
  it.each([
    ['COMPLETE', 'COMPLETE'],
    ['COMPLETED', 'COMPLETE'],
    ['FAILED', 'FAILED'],
    ['PENDING', 'PENDING'],
    ['IN_PROGRESS', 'IN_PROGRESS'],
    ['CANCELLING', 'IN_PROGRESS'],
  ])('%s → %s', (upstream, expected) => {
    expect(normaliseTaskStatus(upstream)).toBe(expected);
  });

  it('an absent status stays absent', () => {
    expect(normaliseTaskStatus(undefined)).toBeNull();
    expect(normaliseTaskStatus(null)).toBeNull();
  });
});

const INVITATION_ID = 'engi-0a1b2c3d4e5f6';
const INVITATION_ARN = `arn:aws:partnercentral::${ACCOUNT}:AWS/engagement-invitation/${INVITATION_ID}`;

describe('mapInvitation', () => {
  it('maps a listed invitation (summary, not complete)', () => {
    const listed = { Id: INVITATION_ID, Catalog: 'AWS', Status: 'PENDING' as const };
    expect(mapInvitation(listed, 'AWS')).toEqual({
      id: `pc-invitation:AWS:${INVITATION_ID}`,
      catalog: 'AWS',
      invitationId: INVITATION_ID,
      summary: listed,
      complete: false,
    });
  });

  it('takes the id out of an ARN-form Id, and marks a GetEngagementInvitation answer complete', () => {
    const record = mapInvitation(
      { $metadata: { httpStatusCode: 200 }, Id: INVITATION_ARN, Catalog: 'Sandbox' },
      'Sandbox',
    );
    expect(record).toMatchObject({
      id: `pc-invitation:Sandbox:${INVITATION_ID}`,
      invitationId: INVITATION_ID,
      complete: true,
    });
  });

  it('refuses an invitation without an Id', () => {
    const withoutId = { Catalog: 'AWS' } as unknown as EngagementInvitationSummary;
    expect(() => mapInvitation(withoutId, 'AWS')).toThrow(/without an Id/);
  });
});

const ACCEPT_TASK_ID = 'task-0a1b2c3d4e5f6';
const ACCEPT_TASK_ARN = `arn:aws:partnercentral:us-east-1:${ACCOUNT}:catalog/AWS/engagement-by-accepting-invitation-task/${ACCEPT_TASK_ID}`;

describe('mapAcceptTask', () => {
  it('maps a completed task with its opportunity (upstream COMPLETE)', () => {
    expect(
      mapAcceptTask(
        {
          TaskId: ACCEPT_TASK_ID,
          TaskArn: ACCEPT_TASK_ARN,
          StartTime: CREATED,
          TaskStatus: 'COMPLETE',
          EngagementInvitationId: INVITATION_ID,
          OpportunityId: 'O0000001001',
          ResourceSnapshotJobId: 'job-0a1b2c3d4e5f6',
        },
        'AWS',
      ),
    ).toEqual({
      id: `pc-accept-task:AWS:${ACCEPT_TASK_ID}`,
      type: 'ACCEPT_ENGAGEMENT_INVITATION',
      catalog: 'AWS',
      taskId: ACCEPT_TASK_ID,
      taskArn: ACCEPT_TASK_ARN,
      name: null,
      status: 'COMPLETE',
      startedAt: '2025-11-02T09:15:00.000Z',
      endedAt: null,
      reasonCode: null,
      message: null,
      invitationId: INVITATION_ID,
      opportunityId: 'O0000001001',
      resourceSnapshotJobId: 'job-0a1b2c3d4e5f6',
      engagementResults: null,
      counts: null,
    });
  });

  it('takes the id out of an ARN-form TaskId and keeps a failure reason', () => {
    const record = mapAcceptTask(
      {
        TaskId: ACCEPT_TASK_ARN,
        TaskStatus: 'FAILED',
        ReasonCode: 'InvitationValidationFailed',
        Message: 'could not be created',
      },
      'AWS',
    );
    expect(record).toMatchObject({
      id: `pc-accept-task:AWS:${ACCEPT_TASK_ID}`,
      taskId: ACCEPT_TASK_ID,
      status: 'FAILED',
      reasonCode: 'InvitationValidationFailed',
      message: 'could not be created',
      startedAt: null,
    });
  });

  it('a task without a status is still running; one without a TaskId is refused', () => {
    expect(mapAcceptTask({ TaskId: ACCEPT_TASK_ID }, 'AWS').status).toBe('IN_PROGRESS');
    expect(() => mapAcceptTask({ TaskStatus: 'COMPLETE' }, 'AWS')).toThrow(/without a TaskId/);
  });
});

const PROSPECTING_TASK_ID = 'task-0a1b2c3d4e5f67';
const PROSPECTING_TASK_ARN = `arn:aws:partnercentral-selling:us-east-1:${ACCOUNT}:catalog/AWS/prospecting-from-engagement-task/${PROSPECTING_TASK_ID}`;
/** Members every prospecting task answer has. */
const TASK = { TaskId: PROSPECTING_TASK_ID, TaskArn: PROSPECTING_TASK_ARN, TaskName: 'Q1' };
const ENG_A = 'eng-aaaaaaaaaaaaaa';
const ENG_B = 'eng-bbbbbbbbbbbbbb';

describe('mapProspectingTask', () => {
  it('maps the Start answer (COMPLETED → COMPLETE; the identifiers as PENDING results)', () => {
    const started = mapProspectingTask(
      {
        $metadata: {},
        TaskId: PROSPECTING_TASK_ID,
        TaskName: 'Q1 prospecting',
        StartTime: CREATED,
        TaskStatus: 'PENDING',
        Identifiers: [ENG_A, ENG_B],
      },
      'Sandbox',
    );
    expect(started).toMatchObject({
      id: `pc-prospecting-task:Sandbox:${PROSPECTING_TASK_ID}`,
      type: 'PROSPECTING_FROM_ENGAGEMENT',
      name: 'Q1 prospecting',
      status: 'PENDING',
      startedAt: '2025-11-02T09:15:00.000Z',
      endedAt: null,
      engagementResults: [
        { EngagementIdentifier: ENG_A, Status: 'PENDING' },
        { EngagementIdentifier: ENG_B, Status: 'PENDING' },
      ],
      counts: null,
    });
    expect(
      mapProspectingTask(
        {
          $metadata: {},
          ...TASK,
          StartTime: CREATED,
          Identifiers: [ENG_A],
          TaskStatus: 'COMPLETED',
        },
        'AWS',
      ).status,
    ).toBe('COMPLETE');
  });

  it('a listed summary has no status member: EndTime and the counts decide', () => {
    const base = { ...TASK, StartTime: CREATED };
    const counts = (completed: number, failed: number) => ({
      TotalEngagementCount: 2,
      CompletedEngagementCount: completed,
      FailedEngagementCount: failed,
    });
    expect(mapProspectingTask({ ...base, ...counts(0, 0) }, 'AWS').status).toBe('IN_PROGRESS');
    const done = mapProspectingTask({ ...base, EndTime: MODIFIED, ...counts(1, 1) }, 'AWS');
    expect(done).toMatchObject({
      status: 'COMPLETE',
      endedAt: '2026-01-20T17:45:30.250Z',
      counts: { total: 2, completed: 1, failed: 1 },
      engagementResults: null,
    });
    expect(mapProspectingTask({ ...base, EndTime: MODIFIED, ...counts(0, 2) }, 'AWS').status).toBe(
      'FAILED',
    );
  });

  it('a GetProspectingFromEngagementTask answer keeps the per-engagement results', () => {
    const record = mapProspectingTask(
      {
        $metadata: {},
        ...TASK,
        StartTime: CREATED,
        EndTime: MODIFIED,
        Engagements: [
          { EngagementIdentifier: ENG_A, Status: 'COMPLETED', EngagementContextId: 'ctx-1' },
          { EngagementIdentifier: ENG_B, Status: 'FAILED', ReasonCode: 'EngagementNotFound' },
        ],
      },
      'AWS',
    );
    expect(record.status).toBe('COMPLETE');
    expect(record.engagementResults).toEqual([
      { EngagementIdentifier: ENG_A, Status: 'COMPLETED', EngagementContextId: 'ctx-1' },
      { EngagementIdentifier: ENG_B, Status: 'FAILED', ReasonCode: 'EngagementNotFound' },
    ]);
    const running = mapProspectingTask(
      {
        $metadata: {},
        ...TASK,
        StartTime: CREATED,
        Engagements: [{ EngagementIdentifier: ENG_A, Status: 'IN_PROGRESS' }],
      },
      'AWS',
    );
    expect(running.status).toBe('IN_PROGRESS');
  });

  it('a GetProspectingFromEngagementTask answer where every engagement failed is FAILED, as listed', () => {
    const ended = { ...TASK, StartTime: CREATED, EndTime: MODIFIED };
    const fromGet = mapProspectingTask(
      {
        $metadata: {},
        ...ended,
        Engagements: [
          { EngagementIdentifier: ENG_A, Status: 'FAILED', ReasonCode: 'EngagementNotFound' },
          { EngagementIdentifier: ENG_B, Status: 'FAILED', ReasonCode: 'EngagementNotEligible' },
        ],
      },
      'AWS',
    );
    const fromList = mapProspectingTask(
      {
        ...ended,
        TotalEngagementCount: 2,
        CompletedEngagementCount: 0,
        FailedEngagementCount: 2,
      },
      'AWS',
    );
    expect(fromList.status).toBe('FAILED');
    expect(fromGet.status).toBe(fromList.status);
  });

  it('refuses a task without a TaskId', () => {
    const withoutId = { TaskName: 'x' } as unknown as ProspectingTaskSummary;
    expect(() => mapProspectingTask(withoutId, 'AWS')).toThrow(/without a TaskId/);
  });
});
