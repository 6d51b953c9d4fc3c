/**
 * StartProspectingFromEngagementTask, GetProspectingFromEngagementTask and
 * ListProspectingFromEngagementTasks (docs/upstreams/partner-central.md#operations): PENDING →
 * IN_PROGRESS → COMPLETED/FAILED on the clock, with one result per engagement.
 */
import {
  GetProspectingFromEngagementTaskCommand,
  ListProspectingFromEngagementTasksCommand,
  StartProspectingFromEngagementTaskCommand,
  type PartnerCentralSellingClient,
} from '@aws-sdk/client-partnercentral-selling';
import {
  ENGAGEMENT_NOT_ELIGIBLE,
  ENGAGEMENT_NOT_FOUND,
  type PartnerCentralSimulator,
} from '../../../src/sources/partner-central/simulator/index.js';
import { clientFor, expectServiceError, ManualClock, sleep, startSimulator } from './support.js';

const DURATION_MS = 100;
const UNKNOWN = 'eng-zzzzzzzzzzzzzz';

describe('Partner Central simulator: prospecting from engagements', () => {
  const clock = new ManualClock();
  let sim: PartnerCentralSimulator;
  let client: PartnerCentralSellingClient;
  beforeAll(async () => {
    sim = await startSimulator({ records: 10, taskDurationMs: DURATION_MS, now: clock.now });
    client = clientFor(sim);
  });
  afterAll(() => sim.stop());
  beforeEach(() => sim.reset());

  const engagements = (fails: boolean) =>
    sim.data.AWS.engagements.filter((e) => e.failsProspecting === fails).map((e) => e.Id);

  const start = (Identifiers: string[], TaskName = 'Q3 prospecting', ClientToken?: string) =>
    client.send(
      new StartProspectingFromEngagementTaskCommand({
        Catalog: 'AWS',
        Identifiers,
        TaskName,
        ClientToken,
      }),
    );
  const get = (TaskIdentifier: string, Catalog = 'AWS') =>
    client.send(new GetProspectingFromEngagementTaskCommand({ Catalog, TaskIdentifier }));
  const list = (
    input: Partial<ConstructorParameters<typeof ListProspectingFromEngagementTasksCommand>[0]> = {},
  ) => client.send(new ListProspectingFromEngagementTasksCommand({ Catalog: 'AWS', ...input }));

  it('runs PENDING → IN_PROGRESS → COMPLETED with a result per engagement', async () => {
    const [ok1, ok2] = engagements(false) as [string, string];
    const [bad] = engagements(true) as [string];
    const startedAt = clock.ms;
    const started = await start([ok1, bad, UNKNOWN, ok2]);
    expect(started).toMatchObject({
      Identifiers: [ok1, bad, UNKNOWN, ok2],
      TaskName: 'Q3 prospecting',
      TaskStatus: 'PENDING',
    });
    expect(started.TaskId).toMatch(/^task-[0-9a-z]{14}$/);
    expect(started.TaskArn).toBe(
      `arn:aws:partnercentral-selling:us-east-1:111122223333:catalog/AWS/prospecting-from-engagement-task/${started.TaskId}`,
    );
    expect(started.StartTime?.getTime()).toBe(startedAt);
    const id = started.TaskId ?? '';

    const early = await get(id);
    expect(early.Engagements?.map((e) => e.Status)).toEqual([
      'PENDING',
      'PENDING',
      'PENDING',
      'PENDING',
    ]);
    expect(early.EndTime).toBeUndefined();

    clock.advance(DURATION_MS / 2);
    const middle = await get(id);
    expect(middle.Engagements?.every((e) => e.Status === 'IN_PROGRESS')).toBe(true);
    expect(middle.EndTime).toBeUndefined();

    clock.advance(DURATION_MS / 2);
    const done = await get(id);
    expect(done.EndTime?.getTime()).toBe(startedAt + DURATION_MS);
    expect(done.Engagements?.map((e) => [e.EngagementIdentifier, e.Status, e.ReasonCode])).toEqual([
      [ok1, 'COMPLETED', undefined],
      [bad, 'FAILED', ENGAGEMENT_NOT_ELIGIBLE],
      [UNKNOWN, 'FAILED', ENGAGEMENT_NOT_FOUND],
      [ok2, 'COMPLETED', undefined],
    ]);
    for (const result of done.Engagements ?? []) {
      if (result.Status === 'COMPLETED')
        expect(result.EngagementContextId).toMatch(/^ctx-[0-9a-z]{14}$/);
      else expect(result.Message?.length).toBeGreaterThan(0);
    }
    expect(sim.data.AWS.prospectingTask(id)?.status).toBe('COMPLETED');
  });

  it('marks a task FAILED when no engagement succeeded', async () => {
    const started = await start([UNKNOWN, ...engagements(true).slice(0, 1)]);
    clock.advance(DURATION_MS);
    const done = await get(started.TaskId ?? '');
    expect(done.Engagements?.every((e) => e.Status === 'FAILED')).toBe(true);
    expect(sim.data.AWS.prospectingTask(started.TaskId ?? '')?.status).toBe('FAILED');
  });

  it('finishes on the real clock too (no injected now)', async () => {
    const real = await startSimulator({ records: 5, taskDurationMs: 30 });
    try {
      const realClient = clientFor(real);
      const id = real.data.AWS.engagements.find((e) => !e.failsProspecting)?.Id ?? '';
      const started = await realClient.send(
        new StartProspectingFromEngagementTaskCommand({
          Catalog: 'AWS',
          Identifiers: [id],
          TaskName: 'rt',
        }),
      );
      await sleep(60);
      const done = await realClient.send(
        new GetProspectingFromEngagementTaskCommand({
          Catalog: 'AWS',
          TaskIdentifier: started.TaskId ?? '',
        }),
      );
      expect(done.Engagements?.[0]?.Status).toBe('COMPLETED');
      expect(done.EndTime).toBeInstanceOf(Date);
    } finally {
      await real.stop();
    }
  });

  it('replays a ClientToken; another input under it is ConflictException', async () => {
    const ids = engagements(false).slice(0, 2);
    const first = await start(ids, 'name', 'tok');
    const again = await start(ids, 'name', 'tok');
    expect(again.TaskId).toBe(first.TaskId);
    expect(sim.data.AWS.prospectingTasks).toHaveLength(1);
    await expectServiceError(start(ids, 'other name', 'tok'), 'ConflictException', 409);
  });

  it('Get of an unknown task, or of a task in the other catalog, is ResourceNotFoundException', async () => {
    await expectServiceError(get('task-00000000000000'), 'ResourceNotFoundException', 404);
    const started = await start(engagements(false).slice(0, 1));
    await expectServiceError(
      get(started.TaskId ?? '', 'Sandbox'),
      'ResourceNotFoundException',
      404,
    );
  });

  it('lists tasks with counts, filters and every sort', async () => {
    const good = engagements(false);
    const bad = engagements(true);
    const a = await start([good[0] ?? '', bad[0] ?? ''], 'beta');
    clock.advance(DURATION_MS);
    const b = await start([good[1] ?? '', UNKNOWN, bad[1] ?? ''], 'alpha');
    clock.advance(DURATION_MS);
    const c = await start([good[2] ?? ''], 'gamma'); // still PENDING

    const all = await list();
    expect(
      all.TaskSummaries?.map((t) => [
        t.TaskId,
        t.TotalEngagementCount,
        t.CompletedEngagementCount,
        t.FailedEngagementCount,
      ]),
    ).toEqual([
      [c.TaskId, 1, 0, 0],
      [b.TaskId, 3, 1, 2],
      [a.TaskId, 2, 1, 1],
    ]);
    expect(all.TaskSummaries?.[0]?.EndTime).toBeUndefined();
    expect(all.TaskSummaries?.[1]?.EndTime).toBeInstanceOf(Date);

    const sorted = async (
      SortBy: 'StartTime' | 'TaskName' | 'FailedEngagementCount',
      SortOrder: 'ASCENDING' | 'DESCENDING',
    ) => (await list({ Sort: { SortBy, SortOrder } })).TaskSummaries?.map((t) => t.TaskId);
    expect(await sorted('StartTime', 'ASCENDING')).toEqual([a.TaskId, b.TaskId, c.TaskId]);
    expect(await sorted('TaskName', 'ASCENDING')).toEqual([b.TaskId, a.TaskId, c.TaskId]);
    expect(await sorted('FailedEngagementCount', 'DESCENDING')).toEqual([
      b.TaskId,
      a.TaskId,
      c.TaskId,
    ]);

    expect(
      (await list({ TaskName: ['alpha', 'gamma'] })).TaskSummaries?.map((t) => t.TaskId),
    ).toEqual([c.TaskId, b.TaskId]);
    expect((await list({ TaskName: ['Alpha'] })).TaskSummaries).toEqual([]);
    expect(
      (await list({ TaskIdentifier: [a.TaskId ?? ''] })).TaskSummaries?.map((t) => t.TaskId),
    ).toEqual([a.TaskId]);
    const window = await list({ StartAfter: b.StartTime, StartBefore: c.StartTime });
    expect(window.TaskSummaries?.map((t) => t.TaskId)).toEqual([b.TaskId]);

    const first = await list({ MaxResults: 2 });
    const second = await list({ MaxResults: 2, NextToken: first.NextToken });
    expect(
      [...(first.TaskSummaries ?? []), ...(second.TaskSummaries ?? [])].map((t) => t.TaskId),
    ).toEqual([c.TaskId, b.TaskId, a.TaskId]);
    expect(second.NextToken).toBeUndefined();
    expect((await list({ Catalog: 'Sandbox' })).TaskSummaries).toEqual([]);
  });
});
