import { BadUserInputError, UpstreamSource } from '../../../src/core/errors/index.js';
import {
  formatGlobalId,
  parseEngagementInvitationId,
  parseEngagementTaskId,
  parseGlobalId,
  parseOpportunityId,
  parseProspectId,
  sourceOf,
  typename,
  type GlobalId,
} from '../../../src/core/domain/index.js';

const GUID = '24cf277e-70fe-4b2f-a9c2-9a68f45feaba';
const LEAD = 'a368678f-1e81-4fb8-af0a-4b896f6330e1';

/** Thrown error of `run`, so a test can look at it; fails when nothing is thrown. */
function thrown(run: () => unknown): BadUserInputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BadUserInputError);
    return error as BadUserInputError;
  }
  throw new Error('expected a BadUserInputError');
}

describe('global ids: round trip', () => {
  it.each<[string, GlobalId, string, string]>([
    [
      'pc:AWS:O1234567',
      { kind: 'pc-opportunity', catalog: 'AWS', opportunityId: 'O1234567' },
      'Opportunity',
      UpstreamSource.PARTNER_CENTRAL,
    ],
    [
      'pc:Sandbox:O1234567890123456789',
      { kind: 'pc-opportunity', catalog: 'Sandbox', opportunityId: 'O1234567890123456789' },
      'Opportunity',
      UpstreamSource.PARTNER_CENTRAL,
    ],
    [
      'ae:1234',
      { kind: 'ae-opportunity', opportunityId: 1234 },
      'Opportunity',
      UpstreamSource.ACCOUNT_ENGAGEMENT,
    ],
    [
      'ae:9007199254740991',
      { kind: 'ae-opportunity', opportunityId: Number.MAX_SAFE_INTEGER },
      'Opportunity',
      UpstreamSource.ACCOUNT_ENGAGEMENT,
    ],
    [
      `lsq:12003:${GUID}`,
      { kind: 'lsq-opportunity', eventCode: 12003, prospectActivityId: GUID },
      'Opportunity',
      UpstreamSource.LEADSQUARED,
    ],
    [
      'ae-prospect:5678',
      { kind: 'ae-prospect', prospectId: 5678 },
      'Prospect',
      UpstreamSource.ACCOUNT_ENGAGEMENT,
    ],
    [
      `lsq-lead:${LEAD}`,
      { kind: 'lsq-lead', prospectId: LEAD },
      'Prospect',
      UpstreamSource.LEADSQUARED,
    ],
    [
      'pc-accept-task:Sandbox:task-0a1b2c3d4e5f6',
      { kind: 'pc-accept-task', catalog: 'Sandbox', taskId: 'task-0a1b2c3d4e5f6' },
      'EngagementTask',
      UpstreamSource.PARTNER_CENTRAL,
    ],
    [
      'pc-prospecting-task:AWS:task-0a1b2c3d4e5f67',
      { kind: 'pc-prospecting-task', catalog: 'AWS', taskId: 'task-0a1b2c3d4e5f67' },
      'EngagementTask',
      UpstreamSource.PARTNER_CENTRAL,
    ],
    [
      'pc-invitation:AWS:engi-0a1b2c3d4e5f6',
      { kind: 'pc-invitation', catalog: 'AWS', invitationId: 'engi-0a1b2c3d4e5f6' },
      'EngagementInvitation',
      UpstreamSource.PARTNER_CENTRAL,
    ],
  ])('%s', (text, id, expectedTypename, expectedSource) => {
    expect(parseGlobalId(text)).toEqual(id);
    expect(formatGlobalId(id)).toBe(text);
    expect(formatGlobalId(parseGlobalId(text))).toBe(text);
    expect(typename(id)).toBe(expectedTypename);
    expect(sourceOf(id)).toBe(expectedSource);
  });

  it('holds LeadSquared GUIDs in lower case, so one entity has one id', () => {
    const upper = `lsq:12003:${GUID.toUpperCase()}`;
    expect(parseGlobalId(upper)).toEqual(parseGlobalId(`lsq:12003:${GUID}`));
    expect(formatGlobalId(parseGlobalId(upper))).toBe(`lsq:12003:${GUID}`);
    expect(formatGlobalId({ kind: 'lsq-lead', prospectId: LEAD.toUpperCase() })).toBe(
      `lsq-lead:${LEAD}`,
    );
  });

  it('accepts the comma the model allows in invitation ids on responses', () => {
    expect(formatGlobalId(parseGlobalId('pc-invitation:Sandbox:engi-0a1b2c,d4e5f6'))).toBe(
      'pc-invitation:Sandbox:engi-0a1b2c,d4e5f6',
    );
  });
});

describe('global ids: rejection', () => {
  it.each([
    ['empty', '', 'expected a global id, one of pc:<Catalog>:<OpportunityId>'],
    ['unknown prefix', 'sf:123', 'expected a global id, one of'],
    ['prefix only', 'ae', 'expected ae:<id>, e.g. ae:1234 (2 parts separated by ":")'],
    ['missing part', 'pc:AWS', 'expected pc:<Catalog>:<OpportunityId>, e.g. pc:AWS:O1234567'],
    ['empty part', 'pc:AWS:', '<OpportunityId> must be O followed by 1 to 19 digits'],
    ['extra colon', 'pc:AWS:O1:2', '(3 parts separated by ":")'],
    ['extra colon (ae)', 'ae:12:', '(2 parts separated by ":")'],
    ['lower-case catalog', 'pc:aws:O1', '<Catalog> must be AWS or Sandbox'],
    ['upper-case SANDBOX', 'pc:SANDBOX:O1', '<Catalog> must be AWS or Sandbox'],
    ['unknown catalog', 'pc-invitation:Prod:engi-0a1b2c3d4e5f6', '<Catalog> must be AWS'],
    ['opportunity id without O', 'pc:AWS:1234567', '<OpportunityId> must be O followed'],
    ['opportunity id too long', 'pc:AWS:O12345678901234567890', '1 to 19 digits'],
    ['ae zero', 'ae:0', '<id> must be a positive integer without leading zeros'],
    ['ae leading zero', 'ae:0123', '<id> must be a positive integer'],
    ['ae negative', 'ae:-1', '<id> must be a positive integer'],
    ['ae decimal', 'ae:1.5', '<id> must be a positive integer'],
    ['ae beyond safe integer', 'ae:9007199254740992', '<id> must be a positive integer'],
    ['ae-prospect not a number', 'ae-prospect:abc', 'expected ae-prospect:<id>'],
    ['event code too long', `lsq:123456789:${GUID}`, '<EventCode> must be 1 to 8 digits'],
    ['event code not digits', `lsq:12a03:${GUID}`, '<EventCode> must be 1 to 8 digits'],
    ['event code leading zero', `lsq:012003:${GUID}`, 'without a leading zero'],
    [
      'GUID without dashes',
      `lsq:12003:${GUID.replaceAll('-', '')}`,
      '<ProspectActivityId> must be a GUID',
    ],
    ['GUID with braces', `lsq:12003:{${GUID}}`, '<ProspectActivityId> must be a GUID'],
    ['GUID not hex', `lsq-lead:${LEAD.replace('a', 'g')}`, '<ProspectId> must be a GUID'],
    ['leading space', ' ae:1', 'expected a global id'],
    ['trailing space', 'ae:1 ', '<id> must be a positive integer'],
    ['inner space', 'pc: AWS:O1', '<Catalog> must be AWS or Sandbox'],
    ['trailing newline', 'pc:AWS:O1\n', '<OpportunityId> must be O'],
    ['accept task too short', 'pc-accept-task:AWS:task-0a1b2c3d4e5f', '13 lower-case'],
    ['accept task with 14 chars', 'pc-accept-task:AWS:task-0a1b2c3d4e5f67', '13 lower-case'],
    ['accept task upper case', 'pc-accept-task:AWS:task-0A1B2C3D4E5F6', '13 lower-case'],
    ['accept task as ARN', 'pc-accept-task:AWS:arn:aws:x', '(3 parts separated by ":")'],
    [
      'prospecting task with 13 chars',
      'pc-prospecting-task:AWS:task-0a1b2c3d4e5f6',
      '14 lower-case',
    ],
    ['invitation without engi-', 'pc-invitation:AWS:0a1b2c3d4e5f6', '<engi-id> must be engi-'],
  ])('%s: %j', (_case, value, rule) => {
    const error = thrown(() => parseGlobalId(value));
    expect(error.argument).toBe('id');
    expect(error.message).toContain(rule);
    expect(error.message).toContain(`"id"`);
    expect(error.message).toContain(JSON.stringify(value).slice(0, 40));
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('names the argument it was given and gives an example of the expected shape', () => {
    const error = thrown(() => parseGlobalId('lsq:12003:nope', 'ids'));
    expect(error.message).toBe(
      'Invalid value for "ids" (got "lsq:12003:nope"): expected lsq:<EventCode>:<ProspectActivityId>, ' +
        'e.g. lsq:12003:24cf277e-70fe-4b2f-a9c2-9a68f45feaba; ' +
        '<ProspectActivityId> must be a GUID (8-4-4-4-12 hexadecimal digits)',
    );
  });

  it('rejects a non-string at run time (GraphQL ID can arrive as anything from JS callers)', () => {
    expect(thrown(() => parseGlobalId(42 as unknown as string)).argument).toBe('id');
  });
});

describe('typed parsers accept only their own kinds', () => {
  it.each([
    ['pc:AWS:O1', 'pc-opportunity'],
    ['ae:1', 'ae-opportunity'],
    [`lsq:12003:${GUID}`, 'lsq-opportunity'],
  ])('parseOpportunityId(%s)', (value, kind) => {
    expect(parseOpportunityId(value).kind).toBe(kind);
  });

  it.each([
    [parseOpportunityId, 'ae-prospect:1', 'expected an Opportunity id, one of pc:<Catalog>'],
    [parseOpportunityId, `lsq-lead:${LEAD}`, 'expected an Opportunity id'],
    [parseProspectId, 'ae:1', 'expected a Prospect id, one of ae-prospect:<id>'],
    [
      parseEngagementTaskId,
      'pc-invitation:AWS:engi-0a1b2c3d4e5f6',
      'expected an EngagementTask id',
    ],
    [
      parseEngagementInvitationId,
      'pc:AWS:O1',
      'expected an EngagementInvitation id: pc-invitation:',
    ],
  ])('%p rejects %s', (parse, value, rule) => {
    const error = thrown(() => parse(value, 'invitationId'));
    expect(error.argument).toBe('invitationId');
    expect(error.message).toContain(rule);
  });

  it.each([
    [parseProspectId, 'ae-prospect:5678', 'ae-prospect'],
    [parseProspectId, `lsq-lead:${LEAD}`, 'lsq-lead'],
    [parseEngagementTaskId, 'pc-accept-task:AWS:task-0a1b2c3d4e5f6', 'pc-accept-task'],
    [parseEngagementTaskId, 'pc-prospecting-task:AWS:task-0a1b2c3d4e5f67', 'pc-prospecting-task'],
    [parseEngagementInvitationId, 'pc-invitation:AWS:engi-0a1b2c3d4e5f6', 'pc-invitation'],
  ])('%p accepts %s', (parse, value, kind) => {
    expect(parse(value).kind).toBe(kind);
  });
});

describe('formatGlobalId refuses what could not be parsed back', () => {
  it.each<[string, GlobalId]>([
    ['bad catalog', { kind: 'pc-opportunity', catalog: 'aws' as 'AWS', opportunityId: 'O1' }],
    ['colon inside a part', { kind: 'pc-opportunity', catalog: 'AWS', opportunityId: 'O1:2' }],
    ['non-integer ae id', { kind: 'ae-opportunity', opportunityId: 1.5 }],
    ['zero ae id', { kind: 'ae-prospect', prospectId: 0 }],
    ['unexpected task id', { kind: 'pc-accept-task', catalog: 'AWS', taskId: 'task-x' }],
  ])('%s', (_case, id) => {
    expect(() => formatGlobalId(id)).toThrow(/Cannot format/);
  });
});
