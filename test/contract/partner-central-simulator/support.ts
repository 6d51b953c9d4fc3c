/**
 * Helpers for driving a Partner Central simulator with the real SDK
 * (docs/upstreams/partner-central.md#responses-the-sdk-accepts), plus raw HTTP for what the SDK
 * cannot show (headers, non-POST, unknown targets).
 */
import {
  PartnerCentralSellingClient,
  PartnerCentralSellingServiceException,
} from '@aws-sdk/client-partnercentral-selling';
import {
  createPartnerCentralSimulator,
  sigV4ShapedHeaders,
  type PartnerCentralSimulator,
  type PartnerCentralSimulatorOptions,
} from '../../../src/sources/partner-central/simulator/index.js';

/** A clock the test moves by hand; starts a month after the seeded base date. */
export class ManualClock {
  constructor(public ms = Date.parse('2026-02-01T00:00:00.000Z')) {}
  readonly now = (): number => this.ms;
  advance(ms: number): void {
    this.ms += ms;
  }
}

export async function startSimulator(
  options: PartnerCentralSimulatorOptions = {},
): Promise<PartnerCentralSimulator> {
  const simulator = createPartnerCentralSimulator({
    records: 1_000,
    // Only the throttling tests turn it on; everything else must never see a 429 by accident.
    throttling: false,
    ...options,
  });
  await simulator.start(0);
  return simulator;
}

export function clientFor(
  simulator: PartnerCentralSimulator,
  region: string = simulator.region,
): PartnerCentralSellingClient {
  return new PartnerCentralSellingClient({
    endpoint: simulator.url,
    region,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
}

export type ServiceError = PartnerCentralSellingServiceException & {
  readonly Reason?: string;
  readonly ErrorList?: { FieldName?: string; Message: string; Code: string }[];
};

/** Awaits a call that must fail, checks the SDK's error name and HTTP status, returns the error. */
export async function expectServiceError(
  call: Promise<unknown>,
  name: string,
  status: number,
): Promise<ServiceError> {
  let caught: unknown;
  try {
    await call;
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(PartnerCentralSellingServiceException);
  const error = caught as ServiceError;
  expect({ name: error.name, status: error.$metadata.httpStatusCode }).toEqual({ name, status });
  return error;
}

/** Same, for a ValidationException: returns the ErrorList as [FieldName, Code] pairs. */
export async function expectValidationError(
  call: Promise<unknown>,
): Promise<[string | undefined, string][]> {
  const error = await expectServiceError(call, 'ValidationException', 400);
  expect(error.Reason).toBe('REQUEST_VALIDATION_FAILED');
  expect(error.ErrorList?.length).toBeGreaterThan(0);
  return (error.ErrorList ?? []).map((entry) => [entry.FieldName, entry.Code]);
}

export interface RawResult {
  readonly status: number;
  readonly headers: Headers;
  readonly json: Record<string, unknown> | undefined;
}

/**
 * One awsJson1_0 call over plain fetch, with a SigV4-shaped Authorization header for the
 * simulator's region unless `headers` replaces it (an `undefined` value drops a header).
 */
export async function rawCall(
  simulator: PartnerCentralSimulator,
  target: string | undefined,
  body: unknown,
  init: {
    method?: string;
    path?: string;
    rawBody?: string;
    headers?: Record<string, string | undefined>;
  } = {},
): Promise<RawResult> {
  const merged: Record<string, string | undefined> = {
    'content-type': 'application/x-amz-json-1.0',
    ...sigV4ShapedHeaders({ region: simulator.region }),
    ...init.headers,
  };
  if (target !== undefined) merged['x-amz-target'] = target;
  const headers = Object.fromEntries(
    Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  const method = init.method ?? 'POST';
  const response = await fetch(new URL(init.path ?? '/', simulator.url), {
    method,
    headers,
    body:
      method === 'GET' || method === 'HEAD' ? undefined : (init.rawBody ?? JSON.stringify(body)),
  });
  const text = await response.text();
  let json: Record<string, unknown> | undefined;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, json };
}

export const target = (operation: string): string => `AWSPartnerCentralSelling.${operation}`;

const compare = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The documented order: by key, records without the key last, ties by id ascending whatever the
 * direction. Written independently of the simulator's sort, so it checks it.
 */
export function expectedOrder<T>(
  items: readonly T[],
  key: (item: T) => string | number | undefined,
  descending: boolean,
  id: (item: T) => string,
): T[] {
  return [...items].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    if (x === undefined && y !== undefined) return 1;
    if (y === undefined && x !== undefined) return -1;
    if (x !== undefined && y !== undefined && x !== y) {
      return descending ? compare(y, x) : compare(x, y);
    }
    return compare(id(a), id(b));
  });
}

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));
