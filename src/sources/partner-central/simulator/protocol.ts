/**
 * awsJson1_0 framing (docs/upstreams/partner-central.md#protocol-and-endpoint,
 * #how-the-sdk-reads-an-error and #responses-the-sdk-accepts): `POST /`, the operation in
 * `X-Amz-Target`, JSON bodies typed `application/x-amz-json-1.0`, and `x-amzn-RequestId` on every
 * answer so SDK errors carry `$metadata.requestId`. Errors put the qualified name in `__type` and
 * the short name in `x-amzn-ErrorType`; the message key is `message`, which the SDK reads as
 * `e.message`.
 */
import { randomUUID } from 'node:crypto';
import type { SimulatorRequest, SimulatorResponse } from '../../../core/simulator/types.js';
import type { PartnerCentralError } from './errors.js';

export const TARGET_PREFIX = 'AWSPartnerCentralSelling.';
export const AMZ_JSON_CONTENT_TYPE = 'application/x-amz-json-1.0';

/** The raw `X-Amz-Target` value, or undefined when the header is absent. */
export function targetOf(req: SimulatorRequest): string | undefined {
  const header = req.headers['x-amz-target'];
  return Array.isArray(header) ? header[0] : header;
}

/** The operation name the target addresses (`Foo` for `AWSPartnerCentralSelling.Foo`). */
export function operationName(target: string | undefined): string | undefined {
  if (target === undefined || !target.startsWith(TARGET_PREFIX)) return undefined;
  const name = target.slice(TARGET_PREFIX.length);
  return name === '' ? undefined : name;
}

function headers(extra: Record<string, string> = {}): Record<string, string> {
  return {
    'content-type': AMZ_JSON_CONTENT_TYPE,
    'x-amzn-requestid': randomUUID(),
    ...extra,
  };
}

export function successResponse(output: unknown): SimulatorResponse {
  return { status: 200, headers: headers(), body: JSON.stringify(output) };
}

export function errorResponse(error: PartnerCentralError): SimulatorResponse {
  const extra: Record<string, string> = { 'x-amzn-errortype': error.type };
  if (error.status === 405) extra.allow = 'POST';
  return {
    status: error.status,
    headers: headers(extra),
    body: JSON.stringify({
      __type: `${error.namespace}#${error.type}`,
      message: error.message,
      ...error.members,
    }),
  };
}

/** A 200 whose body is cut mid-value, for the kit's `malformedBody` fault. */
export function malformedResponse(): SimulatorResponse {
  return {
    status: 200,
    headers: headers(),
    body: '{"OpportunitySummaries":[{"Catalog":"AWS","Id":"O12',
  };
}
