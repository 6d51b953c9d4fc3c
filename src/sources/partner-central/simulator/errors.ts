/**
 * The modelled errors with the model's HTTP statuses
 * (docs/upstreams/partner-central.md#error-shapes-and-statuses; the API reference pages say 400
 * for all client errors, the model says otherwise, and the model wins). The SDK picks the error
 * class from `__type` (docs/upstreams/partner-central.md#how-the-sdk-reads-an-error), so the fully
 * qualified Smithy name is sent.
 */
import type { FieldError } from './validation/field-error.js';

export const ERROR_NAMESPACE = 'com.amazonaws.partnercentralselling';

/**
 * The service front end's own errors, outside the service model (coral names, which the SDK
 * cleans: docs/upstreams/partner-central.md#how-the-sdk-reads-an-error).
 */
export const FRONT_END_NAMESPACE = 'com.amazon.coral.service';

export class PartnerCentralError extends Error {
  constructor(
    readonly status: number,
    /** Short name, e.g. `ValidationException`. */
    readonly type: string,
    message: string,
    /** Extra members of the error shape (`Reason`, `ErrorList`). */
    readonly members: Readonly<Record<string, unknown>> = {},
    readonly namespace: string = ERROR_NAMESPACE,
  ) {
    super(message);
    this.name = type;
  }
}

function summarize(errors: readonly FieldError[]): string {
  const count = errors.length === 1 ? '1 validation error' : `${errors.length} validation errors`;
  return `${count} detected: ${errors.map((error) => error.Message).join('; ')}`;
}

export const validationError = (errors: readonly FieldError[]): PartnerCentralError =>
  new PartnerCentralError(400, 'ValidationException', summarize(errors), {
    Reason: 'REQUEST_VALIDATION_FAILED',
    ErrorList: errors,
  });

export const accessDenied = (message: string): PartnerCentralError =>
  new PartnerCentralError(403, 'AccessDeniedException', message);

export const resourceNotFound = (message: string): PartnerCentralError =>
  new PartnerCentralError(404, 'ResourceNotFoundException', message);

export const conflict = (message: string): PartnerCentralError =>
  new PartnerCentralError(409, 'ConflictException', message);

export const serviceQuotaExceeded = (message: string): PartnerCentralError =>
  new PartnerCentralError(402, 'ServiceQuotaExceededException', message);

/** "Rate exceeded" is what AWS front ends say; the rest names the quota the simulator applied. */
export const throttled = (operation: string, calls?: number): PartnerCentralError =>
  new PartnerCentralError(
    429,
    'ThrottlingException',
    calls === undefined || !Number.isFinite(calls)
      ? `Rate exceeded for ${operation}`
      : `Rate exceeded: ${operation} allows ${calls} request(s) per second`,
  );

export const internalServerError = (message: string, status = 500): PartnerCentralError =>
  new PartnerCentralError(status, 'InternalServerException', message);

/** Not in the model; AWS front ends answer 503 with this name, the SDK keeps it as the error name. */
export const serviceUnavailable = (message: string): PartnerCentralError =>
  new PartnerCentralError(503, 'ServiceUnavailableException', message, {}, FRONT_END_NAMESPACE);

export const unknownOperation = (target: string | undefined): PartnerCentralError =>
  new PartnerCentralError(
    400,
    'UnknownOperationException',
    target === undefined
      ? 'The request has no X-Amz-Target header'
      : `Unknown operation ${JSON.stringify(target)}`,
    {},
    FRONT_END_NAMESPACE,
  );

/** A body that is not a JSON object never reaches the model's validation, as with coral services. */
export const serializationError = (message: string): PartnerCentralError =>
  new PartnerCentralError(400, 'SerializationException', message, {}, FRONT_END_NAMESPACE);

export const methodNotAllowed = (method: string): PartnerCentralError =>
  new PartnerCentralError(
    405,
    'MethodNotAllowedException',
    `${method} is not supported: every operation is POST /`,
    {},
    FRONT_END_NAMESPACE,
  );

export const pathNotFound = (path: string): PartnerCentralError =>
  new PartnerCentralError(
    404,
    'UnknownOperationException',
    `No API at ${path}: every operation is POST /`,
    {},
    FRONT_END_NAMESPACE,
  );

/*
 * Authentication errors come from the AWS front end, before the service sees the request
 * (docs/upstreams/partner-central.md#authentication): their names are not in the model, and the
 * messages never repeat the key id or the signature the request carried.
 */

/** No Authorization header: AWS's documented status for MissingAuthenticationToken is 403. */
export const missingAuthenticationToken = (): PartnerCentralError =>
  new PartnerCentralError(
    403,
    'MissingAuthenticationTokenException',
    'Missing Authentication Token',
    {},
    FRONT_END_NAMESPACE,
  );

/** An Authorization header that is not a whole SigV4 one; every problem found, in one message. */
export const incompleteSignature = (problems: readonly string[]): PartnerCentralError =>
  new PartnerCentralError(
    400,
    'IncompleteSignatureException',
    problems.join(' '),
    {},
    FRONT_END_NAMESPACE,
  );

/** A whole SigV4 header whose scope (date, region, service) or signature cannot be right. */
export const invalidSignature = (message: string): PartnerCentralError =>
  new PartnerCentralError(400, 'InvalidSignatureException', message, {}, FRONT_END_NAMESPACE);
