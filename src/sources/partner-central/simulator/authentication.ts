/**
 * The front end's SigV4 checks (docs/upstreams/partner-central.md#authentication): a request
 * must carry an `Authorization: AWS4-HMAC-SHA256 Credential=<key id>/<yyyymmdd>/<region>/
 * partnercentral-selling/aws4_request, SignedHeaders=…, Signature=<64 hex>` header, a request
 * date, and a credential scope of that date, the simulator's region and the service's signing
 * name. The signature itself is not verified: any key id and any 64-hex signature pass, so the
 * SDK with any credentials does, and a caller that does not sign can send the shape
 * (sigv4-shaped-headers.ts).
 *
 * Not checked: how old the request date is (the simulator's clock may be a test's), the security
 * token, and presigned query strings (the SDK signs this service with headers only).
 */
import type { SimulatorRequest } from '../../../core/simulator/types.js';
import { incompleteSignature, invalidSignature, missingAuthenticationToken } from './errors.js';

/** The SigV4 signing name of Partner Central Selling (the SDK's and the model's). */
export const SIGNING_NAME = 'partnercentral-selling';
export const SIGV4_ALGORITHM = 'AWS4-HMAC-SHA256';
/** The service's only region, and the client's default (PARTNER_CENTRAL_REGION). */
export const DEFAULT_SIGNING_REGION = 'us-east-1';

const SCOPE_TERMINATOR = 'aws4_request';
const AMZ_DATE = /^(\d{8})T\d{6}Z$/;
const SCOPE_DATE = /^\d{8}$/;
const SIGNATURE = /^[0-9a-f]{64}$/;

function header(req: SimulatorRequest, name: string): string | undefined {
  const value = req.headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first.trim() === '' ? undefined : first.trim();
}

/** `Credential=…, SignedHeaders=…, Signature=…` as a map; pairs without `=` are dropped. */
function parameters(rest: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const part of rest.split(/[\s,]+/)) {
    const equals = part.indexOf('=');
    if (equals > 0) found.set(part.slice(0, equals), part.slice(equals + 1));
  }
  return found;
}

/** The request's date as yyyymmdd: X-Amz-Date (ISO 8601 basic format) first, else Date. */
function requestDate(req: SimulatorRequest, problems: string[]): string | undefined {
  const amzDate = header(req, 'x-amz-date');
  if (amzDate !== undefined) {
    const match = AMZ_DATE.exec(amzDate);
    if (match) return match[1];
    problems.push(`Date must be in ISO-8601 'basic format'. Got '${amzDate}'.`);
    return undefined;
  }
  const date = header(req, 'date');
  const ms = date === undefined ? Number.NaN : Date.parse(date);
  if (Number.isNaN(ms)) {
    problems.push(
      "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
    );
    return undefined;
  }
  return new Date(ms).toISOString().slice(0, 10).replaceAll('-', '');
}

/**
 * Throws the error AWS answers when `req` is not signed, not wholly signed, or signed for another
 * date, region or service than `region` and partnercentral-selling.
 */
export function authenticate(req: SimulatorRequest, region: string): void {
  const authorization = header(req, 'authorization');
  if (authorization === undefined) throw missingAuthenticationToken();

  const space = authorization.indexOf(' ');
  const algorithm = space < 0 ? authorization : authorization.slice(0, space);
  const params = parameters(space < 0 ? '' : authorization.slice(space + 1));
  const problems: string[] = [];
  if (algorithm !== SIGV4_ALGORITHM) {
    problems.push(`Authorization header requires the '${SIGV4_ALGORITHM}' algorithm.`);
  }
  for (const name of ['Credential', 'Signature', 'SignedHeaders']) {
    if (!params.get(name)) problems.push(`Authorization header requires '${name}' parameter.`);
  }
  const date = requestDate(req, problems);
  const credential = params.get('Credential');
  const scope = credential ? credential.split('/') : [];
  if (credential && scope.length !== 5) {
    // AWS quotes the credential it got; the key id stays out of the answer here.
    problems.push(
      'Credential must have exactly 5 slash-delimited elements, e.g. ' +
        `keyid/date/region/service/term, got ${scope.length}.`,
    );
  }
  const signedHeaders = params.get('SignedHeaders');
  if (signedHeaders && !signedHeaders.toLowerCase().split(';').includes('host')) {
    problems.push("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
  }
  if (problems.length > 0 || date === undefined) throw incompleteSignature(problems);

  const [, scopeDate, scopeRegion, scopeService, terminator] = scope as [
    string,
    string,
    string,
    string,
    string,
  ];
  if (!SCOPE_DATE.test(scopeDate) || scopeDate !== date) {
    throw invalidSignature(
      'Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from ' +
        `HTTP: '${scopeDate}' != '${date}'.`,
    );
  }
  if (scopeRegion !== region) {
    throw invalidSignature(`Credential should be scoped to a valid region, not '${scopeRegion}'.`);
  }
  if (scopeService !== SIGNING_NAME) {
    throw invalidSignature(`Credential should be scoped to correct service: '${SIGNING_NAME}'.`);
  }
  if (terminator !== SCOPE_TERMINATOR) {
    throw invalidSignature(
      `Credential should be scoped with a valid terminator: '${SCOPE_TERMINATOR}', ` +
        `not '${terminator}'.`,
    );
  }
  if (!SIGNATURE.test(params.get('Signature')!)) {
    throw invalidSignature(
      'The request signature we calculated does not match the signature you provided. Check ' +
        'your AWS Secret Access Key and signing method. Consult the service documentation for ' +
        'details.',
    );
  }
}
