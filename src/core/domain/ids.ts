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
  const [prefix, ...texts] = value.split(':');
  const kind = kinds.find((candidate) => ID_FORMATS[candidate].prefix === prefix);
  if (kind === undefined) {
    throw new BadUserInputError(argument, expectedOneOf(kinds, description), value);
  }
  const { parts } = ID_FORMATS[kind];
  const expected = `expected ${globalIdShape(kind)}, e.g. ${globalIdExample(kind)}`;
  if (texts.length !== parts.length) {
    const count = parts.length + 1;
    throw new BadUserInputError(argument, `${expected} (${count} parts separated by ":")`, value);
  }
  const broken = parts.find((part, index) => !part.accepts(texts[index] ?? ''));
  if (broken !== undefined) {
    throw new BadUserInputError(argument, `${expected}; ${broken.rule}`, value);
  }
  return fromParts(kind, texts) as GlobalIdOf<K>;
}

export function formatGlobalId(id: GlobalId): string {
  const { prefix, parts } = ID_FORMATS[id.kind];
  const texts = toParts(id);
  // A record whose upstream id breaks the documented pattern would get an id nobody can parse
  // back; failing here surfaces the upstream drift instead of publishing a dead id.
  parts.forEach((part, index) => {
    const text = texts[index] ?? '';
    if (!part.accepts(text)) {
      throw new Error(`Cannot format a ${id.kind} id from ${JSON.stringify(text)}: ${part.rule}`);
    }
  });
  return [prefix, ...texts].join(':');
}

function expectedOneOf(kinds: readonly GlobalIdKind[], description: string): string {
  const shapes = kinds.map((kind) => `${globalIdShape(kind)} (e.g. ${globalIdExample(kind)})`);
  return shapes.length === 1
    ? `expected ${description}: ${shapes[0]}`
    : `expected ${description}, one of ${shapes.join(', ')}`;
}
