/**
 * Request validation as the model defines it (docs/upstreams/partner-central.md#errors, #operations
 * and #model-patterns-in-javascript): the SDK validates nothing
 * (docs/upstreams/partner-central.md#request-conventions), so every problem must come back as a
 * ValidationException with Reason REQUEST_VALIDATION_FAILED and one ErrorList entry per problem,
 * with the model's codes.
 */
import {
  GetEngagementInvitationCommand,
  GetOpportunityCommand,
  GetProspectingFromEngagementTaskCommand,
  ListEngagementByAcceptingInvitationTasksCommand,
  ListEngagementInvitationsCommand,
  ListOpportunitiesCommand,
  ListProspectingFromEngagementTasksCommand,
  RejectEngagementInvitationCommand,
  StartEngagementByAcceptingInvitationTaskCommand,
  StartProspectingFromEngagementTaskCommand,
  type ListEngagementInvitationsCommandInput,
  type ListOpportunitiesCommandInput,
  type PartnerCentralSellingClient,
} from '@aws-sdk/client-partnercentral-selling';
import type { PartnerCentralSimulator } from '../../../src/sources/partner-central/simulator/index.js';
import {
  clientFor,
  expectServiceError,
  expectValidationError,
  rawCall,
  startSimulator,
  target,
} from './support.js';

/**
 * The SDK types forbid most bad inputs; the wire does not
 * (docs/upstreams/partner-central.md#request-conventions).
 */
const loose = <T>(value: unknown): T => value as T;

describe('Partner Central simulator: request validation (docs/upstreams/partner-central.md#errors)', () => {
  let sim: PartnerCentralSimulator;
  let client: PartnerCentralSellingClient;
  beforeAll(async () => {
    sim = await startSimulator({ records: 50 });
    client = clientFor(sim);
  });
  afterAll(() => sim.stop());

  const list = (input: unknown) =>
    client.send(new ListOpportunitiesCommand(loose<ListOpportunitiesCommandInput>(input)));

  it('rejects 21 identifiers with TOO_MANY_VALUES (max 20)', async () => {
    const identifiers = Array.from({ length: 21 }, (_, i) => `O${1_000_000_000 + i}`);
    expect(await expectValidationError(list({ Catalog: 'AWS', Identifier: identifiers }))).toEqual([
      ['Identifier', 'TOO_MANY_VALUES'],
    ]);
    // 20 is fine.
    await expect(
      list({ Catalog: 'AWS', Identifier: identifiers.slice(0, 20) }),
    ).resolves.toBeDefined();
  });

  it('checks patterns as anchored full matches (Appendix C)', async () => {
    expect(
      await expectValidationError(
        list({ Catalog: 'AWS', Identifier: ['O123', 'xO123', 'O12a', 'O'] }),
      ),
    ).toEqual([
      ['Identifier[1]', 'INVALID_STRING_FORMAT'],
      ['Identifier[2]', 'INVALID_STRING_FORMAT'],
      ['Identifier[3]', 'INVALID_STRING_FORMAT'],
    ]);
    expect(await expectValidationError(list({ Catalog: 'AWS 1' }))).toEqual([
      ['Catalog', 'INVALID_STRING_FORMAT'],
    ]);
    expect(await expectValidationError(list({ Catalog: '' }))).toEqual([
      ['Catalog', 'INVALID_STRING_FORMAT'],
    ]);
  });

  it.each([0, 101, -1])('rejects MaxResults %d with VALUE_OUT_OF_RANGE (1..100)', async (size) => {
    expect(await expectValidationError(list({ Catalog: 'AWS', MaxResults: size }))).toEqual([
      ['MaxResults', 'VALUE_OUT_OF_RANGE'],
    ]);
  });

  it('rejects an unknown SortBy or SortOrder with INVALID_ENUM_VALUE and a missing one as required', async () => {
    expect(
      await expectValidationError(
        list({ Catalog: 'AWS', Sort: { SortBy: 'Title', SortOrder: 'UP' } }),
      ),
    ).toEqual([
      ['Sort.SortOrder', 'INVALID_ENUM_VALUE'],
      ['Sort.SortBy', 'INVALID_ENUM_VALUE'],
    ]);
    expect(
      await expectValidationError(list({ Catalog: 'AWS', Sort: { SortBy: 'Identifier' } })),
    ).toEqual([['Sort.SortOrder', 'REQUIRED_FIELD_MISSING']]);
  });

  it('rejects enum values with the wrong case (values are exact, docs/upstreams/partner-central.md#request-conventions)', async () => {
    expect(
      await expectValidationError(
        list({
          Catalog: 'AWS',
          LifeCycleStage: ['qualified'],
          LifeCycleReviewStatus: ['In Review'],
        }),
      ),
    ).toEqual([
      ['LifeCycleStage[0]', 'INVALID_ENUM_VALUE'],
      ['LifeCycleReviewStatus[0]', 'INVALID_ENUM_VALUE'],
    ]);
  });

  it('rejects timestamps that are not RFC 3339 and dates that are not YYYY-MM-DD', async () => {
    const problems = await expectValidationError(
      list({
        Catalog: 'AWS',
        LastModifiedDate: {
          AfterLastModifiedDate: '2024-01-01',
          BeforeLastModifiedDate: 1700000000,
        },
        CreatedDate: {
          AfterCreatedDate: '2024-01-01T00:00:00',
          BeforeCreatedDate: '2024-02-30T00:00:00Z',
        },
        TargetCloseDate: {
          AfterTargetCloseDate: '2024-1-01',
          BeforeTargetCloseDate: '2024-01-01T00:00:00Z',
        },
      }),
    );
    expect(problems).toEqual([
      ['LastModifiedDate.AfterLastModifiedDate', 'INVALID_STRING_FORMAT'],
      ['LastModifiedDate.BeforeLastModifiedDate', 'INVALID_VALUE'],
      ['CreatedDate.AfterCreatedDate', 'INVALID_STRING_FORMAT'],
      ['CreatedDate.BeforeCreatedDate', 'INVALID_STRING_FORMAT'],
      ['TargetCloseDate.AfterTargetCloseDate', 'INVALID_STRING_FORMAT'],
      ['TargetCloseDate.BeforeTargetCloseDate', 'INVALID_STRING_FORMAT'],
    ]);
  });

  it('accepts RFC 3339 offsets, lower-case t/z and nine fractional digits', async () => {
    const result = await rawCall(sim, target('ListOpportunities'), {
      Catalog: 'AWS',
      LastModifiedDate: {
        AfterLastModifiedDate: '2020-01-01t00:00:00.123456789z',
        BeforeLastModifiedDate: '2030-01-01T02:00:00+02:00',
      },
    });
    expect(result.status).toBe(200);
  });

  it('reports every problem of one request, with a message naming them', async () => {
    const error = await expectServiceError(
      list({
        Catalog: 'aws!',
        MaxResults: 0,
        Identifier: ['nope'],
        CustomerCompanyName: Array.from({ length: 11 }, () => 'x'),
        Sort: { SortBy: 'Name', SortOrder: 'ASCENDING' },
      }),
      'ValidationException',
      400,
    );
    expect(error.ErrorList?.map((e) => [e.FieldName, e.Code])).toEqual([
      ['Catalog', 'INVALID_STRING_FORMAT'],
      ['MaxResults', 'VALUE_OUT_OF_RANGE'],
      ['Sort.SortBy', 'INVALID_ENUM_VALUE'],
      ['Identifier[0]', 'INVALID_STRING_FORMAT'],
      ['CustomerCompanyName', 'TOO_MANY_VALUES'],
    ]);
    expect(error.message).toMatch(/^5 validation errors detected: /);
    expect(error.ErrorList?.every((e) => e.Message.length > 0)).toBe(true);
  });

  it('rejects members of the wrong JSON type with INVALID_VALUE', async () => {
    // Raw HTTP: the SDK would reshape `Sort: []` into an object on the way out.
    const result = await rawCall(sim, target('ListOpportunities'), {
      Catalog: 'AWS',
      MaxResults: '5',
      Identifier: 'O1',
      Sort: [],
    });
    expect(result.status).toBe(400);
    expect(result.json?.__type).toBe('com.amazonaws.partnercentralselling#ValidationException');
    const errors = result.json?.ErrorList as { FieldName: string; Code: string }[];
    expect(errors.map((e) => [e.FieldName, e.Code])).toEqual([
      ['MaxResults', 'INVALID_VALUE'],
      ['Sort', 'INVALID_VALUE'],
      ['Identifier', 'INVALID_VALUE'],
    ]);
  });

  it('requires Catalog everywhere, and ParticipantType on ListEngagementInvitations', async () => {
    expect(
      await expectValidationError(
        client.send(
          new ListEngagementInvitationsCommand(loose<ListEngagementInvitationsCommandInput>({})),
        ),
      ),
    ).toEqual([
      ['Catalog', 'REQUIRED_FIELD_MISSING'],
      ['ParticipantType', 'REQUIRED_FIELD_MISSING'],
    ]);
    expect(
      await expectValidationError(
        client.send(
          new ListEngagementInvitationsCommand(
            loose({
              Catalog: 'AWS',
              ParticipantType: 'OWNER',
              Status: [],
              SenderAwsAccountId: ['12-3'],
            }),
          ),
        ),
      ),
    ).toEqual([
      ['ParticipantType', 'INVALID_ENUM_VALUE'],
      ['Status', 'NOT_ENOUGH_VALUES'],
      ['SenderAwsAccountId[0]', 'INVALID_STRING_FORMAT'],
    ]);
  });

  it('validates identifiers of the Get/Reject/Start operations', async () => {
    const problems = await Promise.all([
      expectValidationError(
        client.send(new GetOpportunityCommand({ Catalog: 'AWS', Identifier: '1234' })),
      ),
      expectValidationError(
        client.send(
          new GetEngagementInvitationCommand({ Catalog: 'AWS', Identifier: 'engi-short' }),
        ),
      ),
      expectValidationError(
        client.send(
          new RejectEngagementInvitationCommand({
            Catalog: 'AWS',
            Identifier: 'engi-0000000000000',
            RejectionReason: 'x'.repeat(81),
          }),
        ),
      ),
      expectValidationError(
        client.send(
          new StartEngagementByAcceptingInvitationTaskCommand({
            Catalog: 'AWS',
            Identifier: `arn:${'a'.repeat(260)}`,
            ClientToken: 't'.repeat(256),
            Tags: [{ Key: 'bad key!', Value: 'ok' }],
          }),
        ),
      ),
      expectValidationError(
        client.send(
          new GetProspectingFromEngagementTaskCommand({
            Catalog: 'AWS',
            TaskIdentifier: 'task-0000000000000',
          }),
        ),
      ),
    ]);
    expect(problems).toEqual([
      [['Identifier', 'INVALID_STRING_FORMAT']],
      [['Identifier', 'INVALID_STRING_FORMAT']],
      [['RejectionReason', 'INVALID_STRING_FORMAT']],
      [
        ['ClientToken', 'INVALID_STRING_FORMAT'],
        ['Identifier', 'INVALID_STRING_FORMAT'],
        ['Tags[0].Key', 'INVALID_STRING_FORMAT'],
      ],
      [['TaskIdentifier', 'INVALID_STRING_FORMAT']],
    ]);
  });

  it('RejectionReason allows printable text only ([\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]{1,80})', async () => {
    expect(
      await expectValidationError(
        client.send(
          new RejectEngagementInvitationCommand({
            Catalog: 'AWS',
            Identifier: 'engi-0000000000000',
            RejectionReason: 'line one\nline two',
          }),
        ),
      ),
    ).toEqual([['RejectionReason', 'INVALID_STRING_FORMAT']]);
  });

  it('StartProspectingFromEngagementTask: an empty, oversized or repeating Identifiers list is rejected', async () => {
    const start = (Identifiers: string[], TaskName = 'name') =>
      client.send(
        new StartProspectingFromEngagementTaskCommand({ Catalog: 'AWS', Identifiers, TaskName }),
      );
    expect(await expectValidationError(start([]))).toEqual([['Identifiers', 'NOT_ENOUGH_VALUES']]);
    const many = Array.from({ length: 101 }, (_, i) => `eng-${String(i).padStart(14, '0')}`);
    expect(await expectValidationError(start(many))).toEqual([['Identifiers', 'TOO_MANY_VALUES']]);
    expect(
      await expectValidationError(start(['eng-aaaaaaaaaaaaaa', 'eng-aaaaaaaaaaaaaa', 'eng-A'], '')),
    ).toEqual([
      ['Identifiers[2]', 'INVALID_STRING_FORMAT'],
      ['Identifiers[1]', 'DUPLICATE_KEY_VALUE'],
      ['TaskName', 'INVALID_STRING_FORMAT'],
    ]);
  });

  it('List task operations check their own ranges (MaxResults 1..1000, NextToken 1..2048, lists)', async () => {
    expect(
      await expectValidationError(
        client.send(
          new ListEngagementByAcceptingInvitationTasksCommand(
            loose({
              Catalog: 'AWS',
              MaxResults: 1001,
              NextToken: 'x'.repeat(2049),
              TaskStatus: ['COMPLETED'],
            }),
          ),
        ),
      ),
    ).toEqual([
      ['MaxResults', 'VALUE_OUT_OF_RANGE'],
      ['NextToken', 'INVALID_STRING_FORMAT'],
      ['TaskStatus[0]', 'INVALID_ENUM_VALUE'],
    ]);
    await expect(
      client.send(
        new ListEngagementByAcceptingInvitationTasksCommand({ Catalog: 'AWS', MaxResults: 1000 }),
      ),
    ).resolves.toBeDefined();
    expect(
      await expectValidationError(
        client.send(
          new ListProspectingFromEngagementTasksCommand(
            loose({
              Catalog: 'AWS',
              Sort: { SortBy: 'EndTime', SortOrder: 'ASCENDING' },
              StartAfter: 'yesterday',
            }),
          ),
        ),
      ),
    ).toEqual([
      ['StartAfter', 'INVALID_STRING_FORMAT'],
      ['Sort.SortBy', 'INVALID_ENUM_VALUE'],
    ]);
  });

  it('answers a well-formed catalog other than AWS or Sandbox with AccessDeniedException', async () => {
    const error = await expectServiceError(
      list({ Catalog: 'Production' }),
      'AccessDeniedException',
      403,
    );
    expect(error.message).toContain('Production');
    await expectServiceError(list({ Catalog: 'aws' }), 'AccessDeniedException', 403);
  });

  it('treats null members as absent and ignores members the model does not define', async () => {
    const result = await rawCall(sim, target('ListOpportunities'), {
      Catalog: 'AWS',
      MaxResults: null,
      Sort: null,
      Unknown: 1,
    });
    expect(result.status).toBe(200);
    expect((result.json?.OpportunitySummaries as unknown[]).length).toBe(20);
  });
});
