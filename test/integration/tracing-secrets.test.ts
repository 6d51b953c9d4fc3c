/**
 * No span carries a secret, under the failures the failure tests inject: every span name,
 * attribute, event attribute and status message of each failing request's trace is searched for
 * the sources' keys and secrets, the Account Engagement tokens, query strings and the request's
 * GraphQL variable values.
 */
import { randomBytes } from 'node:crypto';
import type { FaultRule } from '../../src/core/simulator/index.js';
import { redactTokens } from '../../src/server/hardening/token-redaction.js';
import {
  SIMULATOR_CLIENT_SECRET,
  SIMULATOR_ORG_ID,
  SIMULATOR_REFRESH_TOKEN,
} from '../../src/sources/account-engagement/simulator/index.js';
import {
  OtlpReceiver,
  SPAN_KIND,
  startTracedApp,
  type AttributeValue,
  type ReceivedSpan,
} from '../support/otlp-receiver.js';
import { TEST_SECRETS, type TestApp } from '../support/test-app.js';

const FORBIDDEN = [
  ...TEST_SECRETS,
  'simulator-secret', // Partner Central's secret access key in simulator mode
  SIMULATOR_CLIENT_SECRET,
  SIMULATOR_REFRESH_TOKEN,
  `${SIMULATOR_ORG_ID}!`, // every access token the Account Engagement simulator issues
  'Bearer',
  'accessKey',
  'secretKey',
  '?',
];

const LSQ_TWO_FIELDS = `query TwoFields($id: ID!) {
  opportunity(id: $id) { id name }
  leadSquaredOpportunities(eventCode: 12003, first: 2) { nodes { id } }
}`;
const PC_AND_LSQ = `query PcAndLsq($id: ID!) {
  opportunity(id: $id) { id sourceId name }
  leadSquaredOpportunities(eventCode: 12003, first: 1) { totalCount }
}`;
const PC_ACCEPT = `mutation Accept($input: AcceptEngagementInvitationInput!) {
  acceptEngagementInvitation(input: $input) { clientToken task { id status } }
}`;
const AE_AND_LSQ = `{
  ae: accountEngagementOpportunities(first: 2) { totalCount nodes { id } }
  lsq: leadSquaredOpportunities(eventCode: 12003, first: 1) { totalCount }
}`;
const AE_READ = `{
  opportunity(id: "ae:1") { id }
  lsq: leadSquaredOpportunities(eventCode: 12003, first: 1) { totalCount }
}`;

type Sim = 'lsq' | 'pc' | 'ae';
interface FailureCase {
  name: string;
  sim: Sim;
  fault: FaultRule;
  document: string;
  variables?: (t: TestApp) => Record<string, unknown>;
}

const lsqLookup = (t: TestApp) => {
  const record = t.lsq.data.opportunitiesOfType(12001)[7]!;
  return { id: `lsq:${record.EventCode}:${record.ProspectActivityId.toLowerCase()}` };
};
const pcRead = (t: TestApp) => ({ id: `pc:AWS:${t.pc.data.AWS.opportunities[3]!.Id}` });
const pcAccept = (t: TestApp) => {
  const invitation = t.pc.data.AWS.invitations.find(
    (i) => i.Status === 'PENDING' && !i.failsOnAccept,
  )!;
  const clientToken = `client-token-${randomBytes(6).toString('hex')}`;
  return { input: { invitationId: `pc-invitation:AWS:${invitation.Id}`, clientToken } };
};

const LOOKUP = 'GetOpportunitiesById';
const SEARCH = 'RetrieveOpportunitiesBySearchParameter';
const LIST = 'ListOpportunities';
const CASES: FailureCase[] = [
  ...[
    { status: 500 },
    { hang: true },
    { status: 429 },
    { status: 401 },
    { malformedBody: true },
  ].map((fault) => ({
    name: `LeadSquared ${JSON.stringify(fault)}`,
    sim: 'lsq' as const,
    fault: { operation: LOOKUP, ...fault },
    document: LSQ_TWO_FIELDS,
    variables: lsqLookup,
  })),
  {
    name: 'LeadSquared search 401',
    sim: 'lsq',
    fault: { operation: SEARCH, status: 401 },
    document: LSQ_TWO_FIELDS,
    variables: lsqLookup,
  },
  ...[
    { status: 429 },
    { status: 500 },
    { malformedBody: true },
    { status: 403 },
    { hang: true },
  ].map((fault) => ({
    name: `Partner Central ${JSON.stringify(fault)}`,
    sim: 'pc' as const,
    fault: { operation: LIST, ...fault },
    document: PC_AND_LSQ,
    variables: pcRead,
  })),
  {
    name: 'Partner Central task start 403',
    sim: 'pc',
    fault: { operation: 'StartEngagementByAcceptingInvitationTask', status: 403 },
    document: PC_ACCEPT,
    variables: pcAccept,
  },
  ...[{ status: 500 }, { hang: true }, { malformedBody: true }, { status: 401 }].map((fault) => ({
    name: `Account Engagement ${JSON.stringify(fault)}`,
    sim: 'ae' as const,
    fault: { operation: 'opportunity.query', ...fault },
    document: AE_AND_LSQ,
  })),
  {
    name: 'Account Engagement read 500',
    sim: 'ae',
    fault: { operation: 'opportunity.read', status: 500 },
    document: AE_READ,
  },
];

/** Every string a span shows: its name, attribute values, events, status message. */
function textsOf(span: ReceivedSpan): string[] {
  const values = (attributes: Record<string, AttributeValue>) =>
    Object.entries(attributes).flatMap(([key, value]) => [key, ...[value].flat().map(String)]);
  return [
    span.name,
    ...values(span.attributes),
    ...span.events.flatMap((event) => [event.name, ...values(event.attributes)]),
    span.status.message ?? '',
  ];
}

/** The variables' leaves as strings: none of them may appear in a span. */
function leaves(value: unknown): string[] {
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [String(value)];
}

describe('span attributes under injected failures', () => {
  let receiver: OtlpReceiver;
  let t: TestApp;
  beforeAll(async () => {
    receiver = await OtlpReceiver.start();
    t = await startTracedApp(receiver, {
      REQUEST_TIMEOUT_MS: '4000',
      LEADSQUARED_TIMEOUT_MS: '400',
      LEADSQUARED_QUOTA_WINDOW_MS: '300',
      PARTNER_CENTRAL_TIMEOUT_MS: '400',
      ACCOUNT_ENGAGEMENT_TIMEOUT_MS: '300',
    });
  });
  afterAll(async () => {
    await t.stop();
    await receiver.stop();
  });

  it.each(CASES)('$name: no secret, token, query string or variable value', async (failure) => {
    const simulators = [t.lsq, t.pc, t.ae];
    for (const simulator of simulators) simulator.clearRequests();
    t[failure.sim].setFaults([failure.fault]);
    const variables = failure.variables?.(t);
    const traceId = randomBytes(16).toString('hex');
    const traceparent = `00-${traceId}-${randomBytes(8).toString('hex')}-01`;
    try {
      const { body } = await t.graphql(failure.document, variables, { traceparent });
      expect(body.errors?.length).toBeGreaterThan(0);
    } finally {
      t[failure.sim].clearFaults();
    }
    const calls = simulators.reduce((sum, simulator) => sum + simulator.requests().length, 0);
    const spans = await receiver.waitForTrace(
      traceId,
      (arrived) =>
        arrived.some((span) => span.kind === SPAN_KIND.SERVER) &&
        arrived.filter((span) => span.kind === SPAN_KIND.CLIENT).length >= calls,
    );
    // The failure is in the trace: a failed upstream span with its error code, not its message.
    const failed = spans.filter((span) => span.kind === SPAN_KIND.CLIENT && span.status.code === 2);
    expect(failed.length).toBeGreaterThan(0);
    for (const span of failed) expect(span.attributes['error.type']).toMatch(/^[A-Z_]+$/);

    const forbidden = [...FORBIDDEN, ...leaves(variables)];
    const texts = spans.flatMap(textsOf);
    expect(texts.length).toBeGreaterThan(spans.length);
    const leaks = texts.filter(
      (text) => forbidden.some((secret) => text.includes(secret)) || redactTokens(text) !== text,
    );
    expect(leaks).toEqual([]);
  });
});
