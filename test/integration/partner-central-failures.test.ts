/**
 * Partner Central failures as a GraphQL client sees them (docs/errors.md), through
 * the real SDK against the in-process simulator: the client queues under the per-operation quotas
 * instead of provoking ThrottlingExceptions, retries reads on throttling and 5xx, repeats a task
 * start only with its ClientToken, spoils only the field that needed the failing call, and never
 * lets a credential or a signature into a response or a log line.
 */
import {
  PcFailAcceptDocument,
  PcFailListOneDocument,
  PcFailOpportunityAndLeadSquaredDocument,
  PcEngRejectDocument,
} from '../__generated__/graphql.js';
import type { GraphQLFormattedError } from 'graphql';
import type { FaultRule } from '../../src/core/simulator/index.js';
import type { InvitationRecord } from '../../src/sources/partner-central/simulator/index.js';
import { expectNoSecrets, startTestApp, TEST_SECRETS, type TestApp } from '../support/test-app.js';

const LIST = 'ListOpportunities';
const START_ACCEPT = 'StartEngagementByAcceptingInvitationTask';
const REJECT = 'RejectEngagementInvitation';
const GET_INVITATION = 'GetEngagementInvitation';

/** The secret of the simulator's static credentials (src/sources/partner-central/start.ts). */
const SIMULATOR_SECRET = 'simulator-secret';

/** No key, no secret, no SigV4 material in `text`. */
function expectNothingSecret(text: string): void {
  expectNoSecrets(text, [...TEST_SECRETS, SIMULATOR_SECRET]);
  expect(text).not.toMatch(/authorization/i);
  expect(text).not.toMatch(/x-amz-security-token/i);
  expect(text).not.toMatch(/Signature=/i);
  expect(text).not.toMatch(/X-Amz-Credential|AWS4-HMAC-SHA256/i);
}

function onlyError(errors: readonly GraphQLFormattedError[] | undefined): GraphQLFormattedError {
  expect(errors).toHaveLength(1);
  return errors![0]!;
}

const pendingInvitation = (t: TestApp, index = 0): InvitationRecord =>
  t.pc.data.AWS.invitations.filter((i) => i.Status === 'PENDING' && !i.failsOnAccept)[index]!;

const invitationGid = (invitation: InvitationRecord) =>
  `pc-invitation:${invitation.Catalog}:${invitation.Id}`;

/** A Partner Central opportunity (one ListOpportunities by Identifier) next to a LeadSquared field. */
async function readBoth(t: TestApp, index = 3) {
  const record = t.pc.data.AWS.opportunities[index]!;
  const started = Date.now();
  const response = await t.graphql(PcFailOpportunityAndLeadSquaredDocument, {
    id: `pc:AWS:${record.Id}`,
  });
  return { record, response, durationMs: Date.now() - started };
}

const leadSquaredTotal = (t: TestApp) => t.lsq.data.opportunitiesOfType(12003).length;

describe('Partner Central under its quotas (PARTNER_CENTRAL_QUOTA_SCALE=1: 10 ListOpportunities/s)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ PARTNER_CENTRAL_QUOTA_SCALE: '1' });
  });
  afterAll(() => t.stop());
  beforeEach(() => t.pc.reset());
  afterEach(() => expectNothingSecret(t.logs.text()));

  it('25 concurrent requests all succeed: the client queues at 10/s and is never throttled', async () => {
    const ids = t.pc.data.AWS.opportunities.slice(0, 25).map((record) => record.Id);
    const started = Date.now();
    const responses = await Promise.all(
      ids.map((id) => t.graphql(PcFailListOneDocument, { identifiers: [id] })),
    );
    const elapsedMs = Date.now() - started;

    responses.forEach((response, index) => {
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.partnerCentralOpportunities!.nodes).toEqual([
        { id: `pc:AWS:${ids[index]}`, sourceId: ids[index] },
      ]);
    });
    const calls = t.pc.requests(LIST);
    expect(calls).toHaveLength(25);
    expect(calls.map((call) => call.status)).toEqual(calls.map(() => 200));
    // No one-second window holds more than 10 calls: call i and call i + 10 are >= 1 s apart.
    const times = calls.map((call) => call.receivedAtMs).sort((a, b) => a - b);
    for (let i = 0; i + 10 < times.length; i += 1) {
      expect(times[i + 10]! - times[i]!).toBeGreaterThanOrEqual(1_000);
    }
    // 25 calls at 10/s: the last ten had to wait two windows.
    expect(elapsedMs).toBeGreaterThanOrEqual(2_000);
  });

  it('a throttle it could not avoid (one 429) is retried after the window, and succeeds', async () => {
    t.pc.setFaults([{ operation: LIST, status: 429, times: 1 }]);
    const { record, response } = await readBoth(t);

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toEqual({
      opportunity: {
        id: `pc:AWS:${record.Id}`,
        sourceId: record.Id,
        name: record.Customer!.Account!.CompanyName,
      },
      leadSquaredOpportunities: { totalCount: leadSquaredTotal(t) },
    });
    const calls = t.pc.requests(LIST);
    expect(calls.map((call) => call.status)).toEqual([429, 200]);
    // After a ThrottlingException nobody sends that operation for a second.
    expect(calls[1]!.receivedAtMs - calls[0]!.receivedAtMs).toBeGreaterThanOrEqual(1_000);
    expectNothingSecret(response.text);
  });
});

describe('Partner Central throttling that outlasts the request (REQUEST_TIMEOUT_MS=2500)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ PARTNER_CENTRAL_QUOTA_SCALE: '1', REQUEST_TIMEOUT_MS: '2500' });
  });
  afterAll(() => t.stop());

  it('a persistent 429 ends as UPSTREAM_THROTTLED (retryable) before the deadline; LeadSquared is intact', async () => {
    t.pc.setFaults([{ operation: LIST, status: 429 }]);
    const { response, durationMs } = await readBoth(t);

    const error = onlyError(response.body.errors);
    expect(error.path).toEqual(['opportunity']);
    expect(error.extensions).toMatchObject({
      code: 'UPSTREAM_THROTTLED',
      source: 'PARTNER_CENTRAL',
      retryable: true,
    });
    expect(error.message).toMatch(/^Partner Central /);
    expect(response.body.data).toEqual({
      opportunity: null,
      leadSquaredOpportunities: { totalCount: leadSquaredTotal(t) },
    });
    // Each 429 closes the operation for a second: at most three attempts fit in 2.5 s, and the
    // client gives up instead of waiting past the deadline.
    const calls = t.pc.requests(LIST);
    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(calls.length).toBeLessThanOrEqual(3);
    expect(calls.every((call) => call.status === 429)).toBe(true);
    expect(durationMs).toBeLessThan(2_500 + 500);
    expectNothingSecret(response.text);
    expectNothingSecret(t.logs.text());
  });
});

describe('Partner Central upstream failures', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());
  beforeEach(() => t.pc.reset());
  afterEach(() => expectNothingSecret(t.logs.text()));

  it('a transient 500 is retried and the read succeeds', async () => {
    t.pc.setFaults([{ operation: LIST, status: 500, times: 1 }]);
    const { record, response } = await readBoth(t);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.opportunity?.id).toBe(`pc:AWS:${record.Id}`);
    expect(response.body.data?.leadSquaredOpportunities!.totalCount).toBe(leadSquaredTotal(t));
    expect(t.pc.requests(LIST).map((call) => call.status)).toEqual([500, 200]);
  });

  interface FailureCase {
    name: string;
    fault: FaultRule;
    extensions: Record<string, unknown>;
    absent?: string[];
    attempts: number;
    statuses: number[];
  }

  const cases: FailureCase[] = [
    {
      name: 'a persistent 500 is UPSTREAM_UNAVAILABLE after exactly 3 attempts',
      fault: { operation: LIST, status: 500 },
      extensions: {
        code: 'UPSTREAM_UNAVAILABLE',
        source: 'PARTNER_CENTRAL',
        upstreamStatus: 500,
        upstreamCode: 'InternalServerException',
        retryable: true,
      },
      attempts: 3,
      statuses: [500, 500, 500],
    },
    {
      name: 'a malformed 200 body is UPSTREAM_UNAVAILABLE (MALFORMED_RESPONSE) after 3 attempts',
      fault: { operation: LIST, malformedBody: true },
      extensions: {
        code: 'UPSTREAM_UNAVAILABLE',
        source: 'PARTNER_CENTRAL',
        upstreamStatus: 200,
        upstreamCode: 'MALFORMED_RESPONSE',
        retryable: true,
      },
      attempts: 3,
      statuses: [200, 200, 200],
    },
    {
      name: 'a 403 AccessDeniedException is UPSTREAM_AUTH_FAILED, not retried',
      fault: { operation: LIST, status: 403 },
      extensions: {
        code: 'UPSTREAM_AUTH_FAILED',
        source: 'PARTNER_CENTRAL',
        upstreamStatus: 403,
        upstreamCode: 'AccessDeniedException',
        retryable: false,
      },
      attempts: 1,
      statuses: [403],
    },
  ];

  it.each(cases)('$name; LeadSquared data intact', async (failure) => {
    t.pc.setFaults([failure.fault]);
    const { response } = await readBoth(t);

    expect(response.status).toBe(200);
    const error = onlyError(response.body.errors);
    expect(error.path).toEqual(['opportunity']);
    expect(error.message).toMatch(/^Partner Central /);
    expect(error.extensions).toEqual(failure.extensions);
    expect(response.body.data).toEqual({
      opportunity: null,
      leadSquaredOpportunities: { totalCount: leadSquaredTotal(t) },
    });
    const calls = t.pc.requests(LIST);
    expect(calls).toHaveLength(failure.attempts);
    expect(calls.map((call) => call.status)).toEqual(failure.statuses);
    expect(calls.every((call) => call.fault !== null)).toBe(true);
    expect(t.pc.requests()).toHaveLength(failure.attempts);
    expectNothingSecret(response.text);
    expect(response.text).not.toContain(t.pc.url);
  });

  it('a task start failing with a 500 is retried with the SAME ClientToken: one task', async () => {
    const invitation = pendingInvitation(t);
    t.pc.setFaults([{ operation: START_ACCEPT, status: 500, times: 1 }]);

    // No clientToken: the generated one must be the one repeated.
    const { body, text } = await t.graphql(PcFailAcceptDocument, {
      input: { invitationId: invitationGid(invitation) },
    });
    expect(body.errors).toBeUndefined();
    const payload = body.data!.acceptEngagementInvitation;
    expect(payload!.task).toMatchObject({ status: 'IN_PROGRESS', invitationId: invitation.Id });

    const starts = t.pc.requests(START_ACCEPT);
    expect(starts.map((call) => call.status)).toEqual([500, 200]);
    const tokens = starts.map((call) => (call.body as { ClientToken?: string }).ClientToken);
    expect(tokens).toEqual([payload!.clientToken, payload!.clientToken]);
    const tasks = t.pc.data.AWS.acceptInvitationTasks.filter(
      (task) => task.EngagementInvitationId === invitation.Id,
    );
    expect(tasks.map((task) => task.TaskId)).toEqual([payload!.task.taskId]);
    expectNothingSecret(text);
  });

  it('a task start answered 403 AccessDeniedException is UPSTREAM_AUTH_FAILED, not retried', async () => {
    const invitation = pendingInvitation(t);
    t.pc.setFaults([{ operation: START_ACCEPT, status: 403 }]);

    const { body, text } = await t.graphql(PcFailAcceptDocument, {
      input: { invitationId: invitationGid(invitation), clientToken: 'denied-1' },
    });
    // The mutation's payload is nullable: the error stops at its own field.
    expect(body.data).toEqual({ acceptEngagementInvitation: null });
    expect(onlyError(body.errors).extensions).toEqual({
      code: 'UPSTREAM_AUTH_FAILED',
      source: 'PARTNER_CENTRAL',
      upstreamStatus: 403,
      upstreamCode: 'AccessDeniedException',
      retryable: false,
    });
    expect(t.pc.requests(START_ACCEPT)).toHaveLength(1);
    expect(t.pc.requests()).toHaveLength(1);
    expect(t.pc.data.AWS.acceptInvitationTasks).toEqual([]);
    expectNothingSecret(text);
  });

  it('a reject (no idempotency token) is not repeated after a 500 that it may have passed', async () => {
    const invitation = pendingInvitation(t, 1);
    t.pc.setFaults([{ operation: REJECT, status: 500 }]);
    const { body, text } = await t.graphql(PcEngRejectDocument, {
      input: { invitationId: invitationGid(invitation) },
    });
    expect(body.data).toEqual({ rejectEngagementInvitation: null });
    expect(onlyError(body.errors).extensions).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      upstreamStatus: 500,
      source: 'PARTNER_CENTRAL',
    });
    expect(t.pc.requests(REJECT)).toHaveLength(1);
    expect(t.pc.requests(GET_INVITATION)).toHaveLength(0);
    expectNothingSecret(text);
  });

  it('a reject throttled once (provably not processed) is repeated, and succeeds', async () => {
    const invitation = pendingInvitation(t, 1);
    t.pc.setFaults([{ operation: REJECT, status: 429, times: 1 }]);
    const { body } = await t.graphql(PcEngRejectDocument, {
      input: { invitationId: invitationGid(invitation), rejectionReason: 'Other' },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data!.rejectEngagementInvitation).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Other',
    });
    expect(t.pc.requests(REJECT).map((call) => call.status)).toEqual([429, 200]);
  });
});

describe('Partner Central timeouts (PARTNER_CENTRAL_TIMEOUT_MS=300)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ PARTNER_CENTRAL_TIMEOUT_MS: '300', REQUEST_TIMEOUT_MS: '5000' });
  });
  afterAll(() => t.stop());

  it('a hang is UPSTREAM_TIMEOUT after every attempt timed out; LeadSquared intact', async () => {
    t.pc.setFaults([{ operation: LIST, hang: true }]);
    const { response, durationMs } = await readBoth(t);

    const error = onlyError(response.body.errors);
    expect(error.path).toEqual(['opportunity']);
    expect(error.extensions).toEqual({
      code: 'UPSTREAM_TIMEOUT',
      source: 'PARTNER_CENTRAL',
      retryable: true,
    });
    expect(response.body.data).toEqual({
      opportunity: null,
      leadSquaredOpportunities: { totalCount: leadSquaredTotal(t) },
    });
    // Three attempts of 300 ms each (the hung requests are never answered: status 0).
    const calls = t.pc.requests(LIST);
    expect(calls.map((call) => call.status)).toEqual([0, 0, 0]);
    expect(durationMs).toBeGreaterThanOrEqual(900);
    expect(durationMs).toBeLessThan(5_000);
    expectNothingSecret(response.text);
    expectNothingSecret(t.logs.text());
  });
});
