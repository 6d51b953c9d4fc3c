/**
 * Access keys travel in the x-LSQ-AccessKey / x-LSQ-SecretKey headers or in the accessKey /
 * secretKey query parameters (docs/upstreams/leadsquared.md#authentication). Node lower-cases
 * header names, which makes the header match case-insensitive as HTTP requires.
 */
import { timingSafeEqual } from 'node:crypto';
import type { SimulatorRequest } from '../../../core/simulator/types.js';

export interface LeadSquaredKeys {
  readonly accessKey: string;
  readonly secretKey: string;
}

/** Query parameters that carry credentials; the request log replaces their values. */
export const CREDENTIAL_QUERY_PARAMS = ['accessKey', 'secretKey'] as const;

function header(req: SimulatorRequest, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

// Constant-time comparison: cheap to do right even in a simulator that someone may expose.
function same(sent: string | undefined, expected: string): boolean {
  if (sent === undefined) return false;
  const a = Buffer.from(sent, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

export function isAuthorized(req: SimulatorRequest, keys: LeadSquaredKeys): boolean {
  const accessKey = header(req, 'x-lsq-accesskey') ?? req.query.get('accessKey') ?? undefined;
  const secretKey = header(req, 'x-lsq-secretkey') ?? req.query.get('secretKey') ?? undefined;
  return same(accessKey, keys.accessKey) && same(secretKey, keys.secretKey);
}
