import type { WireCampaign, WireFailure, WireOpportunity, WireProspect } from './wire.js';
import { readXmlTree } from './xml-tree.js';

/**
 * Reads the `<rsp>` envelope of both formats into plain objects
 * (docs/upstreams/account-engagement.md#response-envelope). XML keeps every tag value as text (a
 * prospect named "0012" must not become 12) and makes the repeated elements arrays
 * (xml-tree.ts); JSON gets the same arrays by undoing the single-object quirk.
 */
const ALWAYS_ARRAYS: ReadonlySet<string> = new Set(['opportunity', 'prospect']);

type Node = Record<string, unknown>;

export type Envelope = { ok: true; body: Node } | { ok: false; failure: WireFailure };

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export class EnvelopeError extends Error {}

export function readEnvelope(text: string, format: 'xml' | 'json'): Envelope {
  if (format === 'json') {
    const parsed: unknown = JSON.parse(text);
    if (!isNode(parsed) || !isNode(parsed['@attributes']))
      throw new EnvelopeError('no @attributes');
    const attributes = parsed['@attributes'];
    if (attributes.stat === 'fail') {
      return {
        ok: false,
        failure: { code: Number(attributes.err_code), message: String(parsed.err ?? '') },
      };
    }
    if (attributes.stat !== 'ok') throw new EnvelopeError('unknown stat');
    return { ok: true, body: parsed };
  }
  const parsed: unknown = readXmlTree(text, ALWAYS_ARRAYS);
  const rsp = isNode(parsed) ? parsed.rsp : undefined;
  if (!isNode(rsp)) throw new EnvelopeError('no <rsp>');
  if (rsp['@_stat'] === 'fail') {
    const err = rsp.err;
    const code = isNode(err) ? Number(err['@_code']) : NaN;
    const message = isNode(err) ? String(err['#text'] ?? '') : String(err ?? '');
    return { ok: false, failure: { code, message } };
  }
  if (rsp['@_stat'] !== 'ok') throw new EnvelopeError('unknown stat');
  return { ok: true, body: rsp };
}

/** JSON gives 1 item as an object and 0 as absent or null; XML (isArray) always an array. */
export function asArray(value: unknown): Node[] {
  if (value === undefined || value === null || value === '') return [];
  return (Array.isArray(value) ? value : [value]).filter(isNode);
}

const text = (value: unknown): string | null => {
  if (value === undefined || value === null || value === '') return null;
  if (isNode(value)) return null;
  return String(value);
};

const integer = (value: unknown): number | null => {
  const t = text(value);
  return t !== null && /^-?\d+$/.test(t) ? Number(t) : null;
};

function requireId(value: unknown, what: string): number {
  const id = integer(value);
  if (id === null) throw new EnvelopeError(`${what} without an id`);
  return id;
}

export function readProspect(node: Node): WireProspect {
  const fields: Record<string, string | null> = {};
  for (const [key, value] of Object.entries(node)) {
    if (!key.startsWith('@_') && !isNode(value) && !Array.isArray(value)) fields[key] = text(value);
  }
  return {
    id: requireId(node.id, 'prospect'),
    email: text(node.email),
    first_name: text(node.first_name),
    last_name: text(node.last_name),
    company: text(node.company),
    created_at: text(node.created_at),
    updated_at: text(node.updated_at),
    fields,
  };
}

function readCampaign(value: unknown): WireCampaign | null {
  if (!isNode(value)) return null;
  const id = integer(value.id);
  return id === null ? null : { id, name: text(value.name) };
}

export function readOpportunity(node: Node): WireOpportunity {
  const prospects = node.prospects;
  return {
    id: requireId(node.id, 'opportunity'),
    name: text(node.name),
    value: text(node.value),
    probability: integer(node.probability),
    type: text(node.type),
    stage: text(node.stage),
    status: text(node.status),
    closed_at: text(node.closed_at),
    created_at: text(node.created_at),
    updated_at: text(node.updated_at),
    campaign: readCampaign(node.campaign),
    // `<prospects/>` (none) and JSON null are an empty list; a missing element means not asked.
    prospects:
      prospects === undefined
        ? null
        : asArray(isNode(prospects) ? prospects.prospect : undefined).map(readProspect),
  };
}

/** `<result><total_results>N</total_results><opportunity>...` (query responses). */
export function readResult(
  body: Node,
  element: 'opportunity' | 'prospect',
): { total: number | null; items: Node[] } {
  const result = body.result;
  if (result === undefined || result === null || result === '') return { total: 0, items: [] };
  if (!isNode(result)) throw new EnvelopeError('no <result>');
  return { total: integer(result.total_results), items: asArray(result[element]) };
}

/** `<rsp><opportunity>...</opportunity></rsp>` (read, create, update). */
export function readSingle(body: Node, element: 'opportunity' | 'prospect'): Node {
  const [item] = asArray(body[element]);
  if (!item) throw new EnvelopeError(`no <${element}>`);
  return item;
}
