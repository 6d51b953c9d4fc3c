/**
 * Request parameters (docs/upstreams/account-engagement.md#request-conventions): the query string
 * and an `application/x-www-form-urlencoded` body, in any order, for GET and POST alike. Simulator
 * choices where the documentation is silent:
 * - a name in both places takes the body's value (PHP's default GET-then-POST merge), and a
 *   repeated name its last value; path values (`read/id/<id>`) win over both;
 * - a body is read as form data when its content type is form-urlencoded or absent, and ignored
 *   otherwise (a JSON body carries no parameters for this API).
 */
import type { SimulatorRequest } from '../../../../core/simulator/types.js';
import type { Format } from '../wire/respond.js';

export type RequestParams = ReadonlyMap<string, string>;

function header(req: SimulatorRequest, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function formBody(req: SimulatorRequest): URLSearchParams | undefined {
  if (req.rawBody === '') return undefined;
  const type = header(req, 'content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== undefined && type !== 'application/x-www-form-urlencoded') return undefined;
  return new URLSearchParams(req.rawBody);
}

export function readRequestParams(
  req: SimulatorRequest,
  pathParams: ReadonlyMap<string, string> = new Map(),
): RequestParams {
  const params = new Map<string, string>();
  for (const [name, value] of req.query) params.set(name, value);
  for (const [name, value] of formBody(req) ?? []) params.set(name, value);
  for (const [name, value] of pathParams) params.set(name, value);
  return params;
}

/** `format=json` selects JSON; anything else (absent, `xml`, unknown) is the XML default. */
export const formatOf = (params: RequestParams): Format =>
  params.get('format')?.trim().toLowerCase() === 'json' ? 'json' : 'xml';
