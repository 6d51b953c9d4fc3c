/**
 * Helpers for talking to a LeadSquared simulator over real HTTP, the way a client would.
 */
import {
  createLeadSquaredSimulator,
  type LeadSquaredSimulator,
  type LeadSquaredSimulatorOptions,
} from '../../../src/sources/leadsquared/simulator/index.js';

export const KEYS = { accessKey: 'contract-access-key', secretKey: 'contract-secret-key' } as const;

/** Far above what any test sends, so only the rate-limit tests ever see a throttle. */
export const NO_THROTTLE = { calls: 1_000_000, windowMs: 1_000 } as const;

export async function startSimulator(
  options: Partial<LeadSquaredSimulatorOptions> = {},
): Promise<LeadSquaredSimulator> {
  const simulator = createLeadSquaredSimulator({
    records: 120,
    rateLimit: NO_THROTTLE,
    ...KEYS,
    ...options,
  });
  await simulator.start(0);
  return simulator;
}

export interface CallOptions {
  readonly body?: unknown;
  /** Sent as is, instead of JSON-encoding `body`. */
  readonly rawBody?: string | Uint8Array<ArrayBuffer>;
  readonly query?: Record<string, string>;
  /** How the keys travel (default headers); 'none' sends none. */
  readonly auth?: 'headers' | 'query' | 'none';
  readonly keys?: { readonly accessKey: string; readonly secretKey: string };
}

export interface CallResult {
  readonly status: number;
  readonly contentType: string | null;
  readonly text: string;
  readonly json: unknown;
}

export async function call(
  simulator: LeadSquaredSimulator,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<CallResult> {
  const keys = options.keys ?? KEYS;
  const url = new URL(path, simulator.url);
  for (const [name, value] of Object.entries(options.query ?? {}))
    url.searchParams.set(name, value);
  const headers: Record<string, string> = {};
  const auth = options.auth ?? 'headers';
  if (auth === 'headers') {
    headers['x-LSQ-AccessKey'] = keys.accessKey;
    headers['x-LSQ-SecretKey'] = keys.secretKey;
  } else if (auth === 'query') {
    url.searchParams.set('accessKey', keys.accessKey);
    url.searchParams.set('secretKey', keys.secretKey);
  }
  let body: string | Uint8Array<ArrayBuffer> | undefined = options.rawBody;
  if (body === undefined && options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(url, { method, headers, body });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, contentType: response.headers.get('content-type'), text, json };
}

export const post = (
  simulator: LeadSquaredSimulator,
  path: string,
  body?: unknown,
  options: CallOptions = {},
): Promise<CallResult> => call(simulator, 'POST', path, { ...options, body });

export interface ErrorBody {
  readonly Status: string;
  readonly ExceptionType: string;
  readonly ExceptionMessage: string;
}

/** Asserts LeadSquared's error shape and returns it. */
export function expectError(result: CallResult, status: number, exceptionType: string): ErrorBody {
  expect({
    status: result.status,
    type: (result.json as ErrorBody | undefined)?.ExceptionType,
  }).toEqual({
    status,
    type: exceptionType,
  });
  expect(result.contentType).toMatch(/^application\/json/);
  const body = result.json as ErrorBody;
  expect(body.Status).toBe('Error');
  expect(typeof body.ExceptionMessage).toBe('string');
  return body;
}

export const PATHS = {
  byIds: '/v2/OpportunityManagement.svc/GetOpportunitiesById',
  ofLead: '/v2/OpportunityManagement.svc/GetOpportunitiesOfLead',
  search: '/v2/OpportunityManagement.svc/Retrieve/BySearchParameter',
  details: '/v2/OpportunityManagement.svc/GetOpportunityDetails',
  leadsByIds: '/v2/LeadManagement.svc/Leads/Retrieve/ByIds',
  leadById: '/v2/LeadManagement.svc/Leads.GetById',
} as const;

/** Expected list order: sort column (ISO strings), then id ascending whatever the direction. */
export function expectedOrder<
  T extends { CreatedOn: string; ModifiedOn: string; ProspectActivityId: string },
>(records: readonly T[], column: 'CreatedOn' | 'ModifiedOn', descending: boolean): T[] {
  return [...records].sort((a, b) => {
    if (a[column] !== b[column]) return (a[column] < b[column] ? -1 : 1) * (descending ? -1 : 1);
    return a.ProspectActivityId < b.ProspectActivityId ? -1 : 1;
  });
}

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));
