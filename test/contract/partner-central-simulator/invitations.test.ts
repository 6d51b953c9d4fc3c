/**
 * ListEngagementInvitations, GetEngagementInvitation and RejectEngagementInvitation through the
 * real SDK (docs/upstreams/partner-central.md#listengagementinvitations and the two sections after
 * it).
 */
import {
  GetEngagementInvitationCommand,
  ListEngagementInvitationsCommand,
  paginateListEngagementInvitations,
  RejectEngagementInvitationCommand,
  type EngagementInvitationSummary,
  type ListEngagementInvitationsCommandInput,
  type PartnerCentralSellingClient,
} from '@aws-sdk/client-partnercentral-selling';
import type {
  InvitationRecord,
  PartnerCentralSimulator,
} from '../../../src/sources/partner-central/simulator/index.js';
import { clientFor, expectedOrder, expectServiceError, startSimulator } from './support.js';

describe('Partner Central simulator: engagement invitations', () => {
  let sim: PartnerCentralSimulator;
  let client: PartnerCentralSellingClient;
  beforeAll(async () => {
    sim = await startSimulator({ records: 20, invitations: 40 });
    client = clientFor(sim);
  });
  afterAll(() => sim.stop());
  beforeEach(() => sim.reset());

  const invitations = () => sim.data.AWS.invitations;
  const pending = () => invitations().filter((i) => i.Status === 'PENDING');
  const ids = (items: readonly { Id?: string }[]) => items.map((item) => item.Id);
  const newestFirst = (records: readonly InvitationRecord[]) =>
    expectedOrder(
      records,
      (r) => Date.parse(r.InvitationDate),
      true,
      (r) => r.Id,
    );

  async function listAll(
    input: Partial<ListEngagementInvitationsCommandInput> = {},
    pageSize = 7,
  ): Promise<EngagementInvitationSummary[]> {
    const all: EngagementInvitationSummary[] = [];
    const pages = paginateListEngagementInvitations(
      { client, pageSize },
      { Catalog: 'AWS', ParticipantType: 'RECEIVER', ...input },
    );
    for await (const page of pages) all.push(...(page.EngagementInvitationSummaries ?? []));
    return all;
  }

  it('lists every received invitation, newest first, paged', async () => {
    const all = await listAll();
    expect(ids(all)).toEqual(ids(newestFirst(invitations())));
    expect(all).toHaveLength(40);
    const [first] = all;
    const record = invitations().find((i) => i.Id === first?.Id);
    expect(first).toMatchObject({
      Arn: record?.Arn,
      PayloadType: record?.PayloadType,
      EngagementId: record?.EngagementId,
      Status: record?.Status,
      SenderAwsAccountId: record?.SenderAwsAccountId,
      Receiver: { Account: { AwsAccountId: '111122223333' } },
      Catalog: 'AWS',
      ParticipantType: 'RECEIVER',
    });
    expect(first?.InvitationDate?.toISOString()).toBe(record?.InvitationDate);
    expect(first).not.toHaveProperty('Payload');
  });

  it('sorts by InvitationDate ASCENDING on request', async () => {
    const all = await listAll({ Sort: { SortBy: 'InvitationDate', SortOrder: 'ASCENDING' } });
    expect(ids(all)).toEqual(
      ids(
        expectedOrder(
          invitations(),
          (r) => Date.parse(r.InvitationDate),
          false,
          (r) => r.Id,
        ),
      ),
    );
  });

  it('filters by Status, PayloadType, SenderAwsAccountId and EngagementIdentifier (id or ARN)', async () => {
    const statusAndType = await listAll({
      Status: ['PENDING', 'EXPIRED'],
      PayloadType: ['OpportunityInvitation'],
    });
    expect(ids(statusAndType)).toEqual(
      ids(
        newestFirst(
          invitations().filter(
            (i) =>
              ['PENDING', 'EXPIRED'].includes(i.Status) &&
              i.PayloadType === 'OpportunityInvitation',
          ),
        ),
      ),
    );
    const sender = invitations().find((i) => i.SenderCompanyName !== 'Amazon Web Services');
    const bySender = await listAll({ SenderAwsAccountId: [sender?.SenderAwsAccountId ?? ''] });
    expect(bySender.length).toBeGreaterThan(0);
    expect(ids(bySender)).toEqual(
      ids(
        newestFirst(
          invitations().filter((i) => i.SenderAwsAccountId === sender?.SenderAwsAccountId),
        ),
      ),
    );
    const [a, b] = invitations();
    const engagementArn = sim.data.AWS.engagement(b?.EngagementId ?? '')?.Arn ?? '';
    expect(engagementArn).toMatch(/^arn:/);
    const byEngagement = await listAll({
      EngagementIdentifier: [a?.EngagementId ?? '', engagementArn],
    });
    expect(ids(byEngagement).sort()).toEqual([a?.Id, b?.Id].sort());
  });

  it('lists nothing for ParticipantType SENDER (the seeded invitations are all received)', async () => {
    expect(await listAll({ ParticipantType: 'SENDER' })).toEqual([]);
  });

  it('keeps catalogs apart', async () => {
    const sandbox = await listAll({ Catalog: 'Sandbox' });
    expect(ids(sandbox)).toEqual(ids(newestFirst(sim.data.Sandbox.invitations)));
    expect(new Set(ids(sandbox)).has(invitations()[0]?.Id)).toBe(false);
  });

  it('GetEngagementInvitation returns the full invitation by id or by ARN', async () => {
    const lead = invitations().find((i) => i.PayloadType === 'LeadInvitation');
    const opportunity = invitations().find((i) => i.PayloadType === 'OpportunityInvitation');
    for (const record of [lead, opportunity]) {
      const byId = await client.send(
        new GetEngagementInvitationCommand({ Catalog: 'AWS', Identifier: record?.Id ?? '' }),
      );
      const byArn = await client.send(
        new GetEngagementInvitationCommand({ Catalog: 'AWS', Identifier: record?.Arn ?? '' }),
      );
      const { $metadata: _a, ...body } = byId;
      const { $metadata: _b, ...bodyByArn } = byArn;
      expect(bodyByArn).toEqual(body);
      const { failsOnAccept: _flag, ...wire } = record as InvitationRecord;
      expect(JSON.parse(JSON.stringify(body))).toEqual(JSON.parse(JSON.stringify(wire)));
      expect(body).not.toHaveProperty('failsOnAccept');
      expect(Object.keys(body.Payload ?? {})).toEqual([record?.PayloadType]);
      expect(body.Receiver?.Account?.AwsAccountId).toBe('111122223333');
    }
  });

  it('GetEngagementInvitation of an unknown id, or one from the other catalog, is ResourceNotFoundException', async () => {
    await expectServiceError(
      client.send(
        new GetEngagementInvitationCommand({ Catalog: 'AWS', Identifier: 'engi-0000000000000' }),
      ),
      'ResourceNotFoundException',
      404,
    );
    await expectServiceError(
      client.send(
        new GetEngagementInvitationCommand({
          Catalog: 'Sandbox',
          Identifier: invitations()[0]?.Id ?? '',
        }),
      ),
      'ResourceNotFoundException',
      404,
    );
  });

  it('RejectEngagementInvitation: PENDING → REJECTED with the reason; visible in Get and List', async () => {
    const target = pending()[0] as InvitationRecord;
    const output = await client.send(
      new RejectEngagementInvitationCommand({
        Catalog: 'AWS',
        Identifier: target.Id,
        RejectionReason: 'Unable to support',
      }),
    );
    expect(output.$metadata.httpStatusCode).toBe(200);
    const got = await client.send(
      new GetEngagementInvitationCommand({ Catalog: 'AWS', Identifier: target.Id }),
    );
    expect(got.Status).toBe('REJECTED');
    expect(got.RejectionReason).toBe('Unable to support');
    const listed = await client.send(
      new ListEngagementInvitationsCommand({
        Catalog: 'AWS',
        ParticipantType: 'RECEIVER',
        Status: ['REJECTED'],
        MaxResults: 100,
      }),
    );
    expect(ids(listed.EngagementInvitationSummaries ?? [])).toContain(target.Id);
  });

  it('rejecting by ARN works; rejecting a non-PENDING invitation is ConflictException', async () => {
    const target = pending()[1] as InvitationRecord;
    await client.send(
      new RejectEngagementInvitationCommand({ Catalog: 'AWS', Identifier: target.Arn }),
    );
    expect(sim.data.AWS.invitation(target.Id)?.Status).toBe('REJECTED');
    const error = await expectServiceError(
      client.send(new RejectEngagementInvitationCommand({ Catalog: 'AWS', Identifier: target.Id })),
      'ConflictException',
      409,
    );
    expect(error.message).toContain('REJECTED');
    const accepted = invitations().find((i) => i.Status === 'ACCEPTED');
    await expectServiceError(
      client.send(
        new RejectEngagementInvitationCommand({ Catalog: 'AWS', Identifier: accepted?.Id ?? '' }),
      ),
      'ConflictException',
      409,
    );
  });

  it('reset() restores the seeded invitation states', async () => {
    const target = pending()[0] as InvitationRecord;
    await client.send(
      new RejectEngagementInvitationCommand({ Catalog: 'AWS', Identifier: target.Id }),
    );
    sim.reset();
    expect(sim.data.AWS.invitation(target.Id)?.Status).toBe('PENDING');
  });
});
