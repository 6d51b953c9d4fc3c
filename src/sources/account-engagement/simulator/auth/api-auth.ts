/**
 * The two headers every API call needs (docs/upstreams/account-engagement.md#api-headers):
 * `Authorization: Bearer <access token>` and `Pardot-Business-Unit-Id`. Missing, unknown or expired
 * tokens are 184 (HTTP 401); the retired `Authorization: Pardot api_key=…` scheme is 199. The
 * business unit header: missing → 181, not 18 characters starting `0Uv` → 182, another business
 * unit → 201.
 */
import type { SimulatorRequest } from '../../../../core/simulator/types.js';
import { pardotError } from '../errors.js';
import type { TokenStore } from './token-store.js';

export const BUSINESS_UNIT_HEADER = 'pardot-business-unit-id';

const BUSINESS_UNIT_ID = /^0Uv[A-Za-z0-9]{15}$/;

export const isBusinessUnitId = (value: string): boolean => BUSINESS_UNIT_ID.test(value);

function header(req: SimulatorRequest, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function checkApiAuth(
  req: SimulatorRequest,
  tokens: TokenStore,
  businessUnitId: string,
): void {
  const authorization = header(req, 'authorization')?.trim() ?? '';
  if (/^pardot\s/i.test(authorization)) throw pardotError(199);
  const match = /^bearer\s+(\S+)$/i.exec(authorization);
  if (match === null || !tokens.isValid(match[1] ?? '')) throw pardotError(184);
  const unit = header(req, BUSINESS_UNIT_HEADER)?.trim();
  if (unit === undefined || unit === '') throw pardotError(181);
  if (!isBusinessUnitId(unit)) throw pardotError(182);
  if (unit !== businessUnitId) throw pardotError(201);
}
