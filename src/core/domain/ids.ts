import { BadUserInputError, type UpstreamSource } from '../errors/index.js';
import {
  ENGAGEMENT_INVITATION_ID_KINDS,
  ENGAGEMENT_TASK_ID_KINDS,
  OPPORTUNITY_ID_KINDS,
  PROSPECT_ID_KINDS,
  type EngagementInvitationGlobalId,
  type EngagementTaskGlobalId,
  type GlobalId,
  type GlobalIdKind,
  type GlobalIdOf,
  type GlobalIdTypename,
  type OpportunityGlobalId,
  type ProspectGlobalId,
} from './id-formats.js';
import { fromParts, ID_FORMATS, toParts } from './id-formats.js';

export * from './id-formats.js';

/*
 * Global ids (docs/sources.md#global-ids): readable `prefix:part[:part]` strings that other
 * subgraphs build themselves, so the format is a public contract. Parts never contain `:`, hence a
 * plain split; whitespace is never trimmed, because " ae:1" is not the id "ae:1".
 *
 * GUIDs (LeadSquared) are case-insensitive upstream. We hold and print them in lower case, so one
 * entity has exactly one id: ids are DataLoader keys and federation keys, compared as strings.
 */

export const GLOBAL_ID_KINDS = Object.keys(ID_FORMATS) as readonly GlobalIdKind[];

/** `lsq:<EventCode>:<ProspectActivityId>` */
export function globalIdShape(kind: GlobalIdKind): string {
  const { prefix, parts } = ID_FORMATS[kind];
  return [prefix, ...parts.map((part) => part.placeholder)].join(':');
}

export function globalIdExample(kind: GlobalIdKind): string {
  return ID_FORMATS[kind].example;
}

export function typename(id: GlobalId): GlobalIdTypename {
  return ID_FORMATS[id.kind].typename;
}

const TYPENAME_BY_PREFIX = new Map<string, GlobalIdTypename>(
  Object.values(ID_FORMATS).map((format) => [format.prefix, format.typename]),
);

/**
 * The GraphQL type of a record's id, for `resolveType`. A record's id was printed by
 * formatGlobalId, which checks every part, so its prefix alone names the type: no second parse
 * per element of a 2,000-element `nodes` list. An unknown prefix still fails as parsing fails.
 */
export function typenameOfRecordId(id: string): GlobalIdTypename {
  const colon = id.indexOf(':');
  const known = colon < 0 ? undefined : TYPENAME_BY_PREFIX.get(id.slice(0, colon));
  return known ?? typename(parseGlobalId(id));
}

/** The upstream that owns the entity, as in `Opportunity.source`. */
export function sourceOf(id: GlobalId): UpstreamSource {
  return ID_FORMATS[id.kind].source;
}

/** Any global id; `argument` names the GraphQL argument in the error message. */
export function parseGlobalId(value: string, argument = 'id'): GlobalId {
  return parseGlobalIdOf(value, GLOBAL_ID_KINDS, 'a global id', argument);
}

export function parseOpportunityId(value: string, argument = 'id'): OpportunityGlobalId {
  return parseGlobalIdOf(value, OPPORTUNITY_ID_KINDS, 'an Opportunity id', argument);
}

export function parseProspectId(value: string, argument = 'id'): ProspectGlobalId {
  return parseGlobalIdOf(value, PROSPECT_ID_KINDS, 'a Prospect id', argument);
}

export function parseEngagementTaskId(value: string, argument = 'id'): EngagementTaskGlobalId {
  return parseGlobalIdOf(value, ENGAGEMENT_TASK_ID_KINDS, 'an EngagementTask id', argument);
}

export function parseEngagementInvitationId(
  value: string,
  argument = 'id',
): EngagementInvitationGlobalId {
  return parseGlobalIdOf(
    value,
    ENGAGEMENT_INVITATION_ID_KINDS,
    'an EngagementInvitation id',
    argument,
  );
}

/**
 * Parses an id of one of `kinds`. A well-formed id of another kind is rejected like a malformed
 * one: `opportunity(id: "ae-prospect:1")` is a client mistake, not a missing record.
 */
export function parseGlobalIdOf<K extends GlobalIdKind>(
  value: string,
  kinds: readonly K[],
  description: string,
  argument = 'id',
): GlobalIdOf<K> {
  if (typeof value !== 'string') {
    throw new BadUserInputError(argument, expectedOneOf(kinds, description), value);
  }
  // Written for `nodes` with 2,000 ids: one split, no closures, and the messages only built for
  // an id that fails.
  const texts = value.split(':');
  const prefix = texts[0];
  let kind: K | undefined;
  for (const candidate of kinds) {
    if (ID_FORMATS[candidate].prefix === prefix) {
      kind = candidate;
      break;
    }
  }
  if (kind === undefined) {
    throw new BadUserInputError(argument, expectedOneOf(kinds, description), value);
  }
  const { parts } = ID_FORMATS[kind];
  if (texts.length !== parts.length + 1) {
    const count = parts.length + 1;
    throw new BadUserInputError(
      argument,
      `${expectedShape(kind)} (${count} parts separated by ":")`,
      value,
    );
  }
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    if (!part.accepts(texts[index + 1]!)) {
      throw new BadUserInputError(argument, `${expectedShape(kind)}; ${part.rule}`, value);
    }
  }
  texts.shift();
  return fromParts(kind, texts) as GlobalIdOf<K>;
}

function expectedShape(kind: GlobalIdKind): string {
  return `expected ${globalIdShape(kind)}, e.g. ${globalIdExample(kind)}`;
}

export function formatGlobalId(id: GlobalId): string {
  const { prefix, parts } = ID_FORMATS[id.kind];
  const texts = toParts(id);
  // A record whose upstream id breaks the documented pattern would get an id nobody can parse
  // back; failing here surfaces the upstream drift instead of publishing a dead id.
  // A loop and a concatenation rather than forEach and join: every record mapped prints its id.
  let printed = prefix;
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    const text = texts[index] ?? '';
    if (!part.accepts(text)) {
      throw new Error(`Cannot format a ${id.kind} id from ${JSON.stringify(text)}: ${part.rule}`);
    }
    printed += `:${text}`;
  }
  return printed;
}

function expectedOneOf(kinds: readonly GlobalIdKind[], description: string): string {
  const shapes = kinds.map((kind) => `${globalIdShape(kind)} (e.g. ${globalIdExample(kind)})`);
  return shapes.length === 1
    ? `expected ${description}: ${shapes[0]}`
    : `expected ${description}, one of ${shapes.join(', ')}`;
}
