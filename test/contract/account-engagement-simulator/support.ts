/**
 * Helpers for talking to an Account Engagement simulator over real HTTP the way a client would:
 * Bearer token and business unit headers, parameters in the query string or a form body, XML
 * parsed with fast-xml-parser and JSON with JSON.parse. Expected answers are computed here from
 * `simulator.data`, independently of the simulator's own filtering and sorting code.
 */
import { XMLParser } from 'fast-xml-parser';
import {
  createAccountEngagementSimulator,
  type AccountEngagementSimulator,
  type AccountEngagementSimulatorOptions,
  type OpportunityRecord,
} from '../../../src/sources/account-engagement/simulator/index.js';

/** A clock the test moves by hand; starts two weeks after the seeded base date. */
export class ManualClock {
  constructor(public ms = Date.parse('2026-01-15T12:00:00.000Z')) {}
  readonly now = (): number => this.ms;
  advance(ms: number): void {
    this.ms += ms;
  }
}

export async function startSimulator(
  options: AccountEngagementSimulatorOptions = {},
): Promise<AccountEngagementSimulator> {
  const simulator = createAccountEngagementSimulator({ records: 300, ...options });
  await simulator.start(0);
  return simulator;
}

export type Version = 3 | 4;

export const opportunityPath = (action: string, version: Version = 4): string =>
  `/api/opportunity/version/${version}/do/${action}`;

export const prospectPath = (action: string, version: Version = 4): string =>
  `/api/prospect/version/${version}/do/${action}`;

export interface CallOptions {
  readonly method?: string;
  readonly params?: Readonly<Record<string, string>>;
  /** Where params travel (default: query string for GET/DELETE, form body for POST). */
  readonly paramsIn?: 'query' | 'body';
  /** Access token; default a fresh valid one; null sends no Authorization header. */
  readonly token?: string | null;
  /** Default the simulator's; null sends no header. */
  readonly businessUnitId?: string | null;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface CallResult {
  readonly status: number;
  readonly contentType: string | null;
  /** The `Allow` header (405 answers). */
  readonly allow: string | null;
  readonly text: string;
}

export async function call(
  simulator: AccountEngagementSimulator,
  path: string,
  options: CallOptions = {},
): Promise<CallResult> {
  const method = options.method ?? 'GET';
  const url = new URL(path, simulator.url);
  const params = new URLSearchParams(options.params ?? {});
  const inBody = (options.paramsIn ?? (method === 'POST' ? 'body' : 'query')) === 'body';
  if (!inBody) for (const [name, value] of params) url.searchParams.append(name, value);
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? simulator.issueToken() : options.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const unit =
    options.businessUnitId === undefined ? simulator.businessUnitId : options.businessUnitId;
  if (unit !== null) headers['pardot-business-unit-id'] = unit;
  let body: string | undefined;
  if (inBody) {
    body = params.toString();
    headers['content-type'] = 'application/x-www-form-urlencoded';
  }
  const response = await fetch(url, { method, headers, body });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    allow: response.headers.get('allow'),
    text: await response.text(),
  };
}

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name) => name === 'opportunity' || name === 'prospect',
});

/** Parsed XML `<rsp>` with every value a string, `opportunity`/`prospect` always arrays. */
export type XmlNode = Record<string, unknown>;

export function parseXml(text: string): XmlNode {
  expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  return (xmlParser.parse(text) as { rsp: XmlNode }).rsp;
}

/** A successful XML answer's `<rsp>`. */
export function expectXmlOk(result: CallResult): XmlNode {
  expect({ status: result.status, type: result.contentType }).toEqual({
    status: 200,
    type: 'application/xml; charset=utf-8',
  });
  const rsp = parseXml(result.text);
  expect(rsp['@_stat']).toBe('ok');
  expect(rsp['@_version']).toBe('1.0');
  return rsp;
}

export function expectXmlError(result: CallResult, code: number, status = 400): string {
  expect(result.status).toBe(status);
  const rsp = parseXml(result.text);
  expect(rsp['@_stat']).toBe('fail');
  const err = rsp.err as { '#text': string; '@_code': string };
  expect(Number(err['@_code'])).toBe(code);
  return err['#text'];
}

export function expectJsonError(result: CallResult, code: number, status = 400): string {
  expect({ status: result.status, type: result.contentType }).toEqual({
    status,
    type: 'application/json',
  });
  const body = JSON.parse(result.text) as {
    '@attributes': { stat: string; version: number; err_code: number };
    err: string;
  };
  expect(body['@attributes']).toEqual({ stat: 'fail', version: 1, err_code: code });
  return body.err;
}

export interface XmlOpportunity {
  readonly id: string;
  readonly name: string;
  readonly value: string;
  readonly probability: string;
  readonly created_at: string;
  readonly campaign?: { id: string; name: string };
  readonly prospects?: '' | { prospect: Record<string, string>[] };
  readonly [field: string]: unknown;
}

export interface XmlQueryResult {
  readonly total: number | undefined;
  readonly opportunities: XmlOpportunity[];
}

export async function queryOpportunities(
  simulator: AccountEngagementSimulator,
  params: Readonly<Record<string, string>> = {},
  version: Version = 4,
): Promise<XmlQueryResult> {
  const rsp = expectXmlOk(await call(simulator, opportunityPath('query', version), { params }));
  const result = rsp.result as { total_results?: string; opportunity?: XmlOpportunity[] };
  return {
    total: result.total_results === undefined ? undefined : Number(result.total_results),
    opportunities: result.opportunity ?? [],
  };
}

export const idsOf = (items: readonly { id: string | number }[]): number[] =>
  items.map((item) => Number(item.id));

/** Epoch ms of a wire timestamp (UTC). */
export const wireMs = (value: string): number => Date.parse(`${value.replace(' ', 'T')}Z`);

type SortField = 'created_at' | 'id' | 'probability' | 'value';

/** The documented order: by the field in the given direction, ties by id ascending. */
export function expectedOrder(
  records: readonly OpportunityRecord[],
  field: SortField,
  descending: boolean,
): OpportunityRecord[] {
  const key = (o: OpportunityRecord): number =>
    field === 'created_at' ? wireMs(o.created_at) : o[field];
  return [...records].sort((a, b) => {
    if (key(a) !== key(b)) return (key(a) - key(b)) * (descending ? -1 : 1);
    return a.id - b.id;
  });
}

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));
