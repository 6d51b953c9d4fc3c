/**
 * LeadSquared's error body: {"Status":"Error","ExceptionType":"MX…","ExceptionMessage":"…"}
 * (docs/upstreams/leadsquared.md#errors-and-status-codes). There is no published registry of
 * ExceptionType values; the ones below are the observed names where that section lists one, and
 * simulator choices (marked, docs/upstreams/leadsquared.md#not-documented-upstream) where it does
 * not.
 */
import type { SimulatorResponse } from '../../../core/simulator/types.js';

export class LsqError extends Error {
  constructor(
    readonly status: number,
    readonly exceptionType: string,
    message: string,
  ) {
    super(message);
    this.name = 'LsqError';
  }
}

export function lsqErrorResponse(error: LsqError): SimulatorResponse {
  return {
    status: error.status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({
      Status: 'Error',
      ExceptionType: error.exceptionType,
      ExceptionMessage: error.message,
    }),
  };
}

export const mandatoryMissing = (field: string): LsqError =>
  new LsqError(400, 'MXMandatoryAttributeMissingException', `'${field}' is mandatory`);

export const invalidInput = (message: string): LsqError =>
  new LsqError(400, 'MXInvalidInputException', message);

export const invalidDataType = (field: string, expected: string): LsqError =>
  new LsqError(400, 'MXInvalidDataTypeException', `'${field}' must be ${expected}`);

/**
 * Message per docs/upstreams/leadsquared.md#request-conventions (what LeadSquared says for a body
 * it cannot parse).
 */
export const invalidJson = (detail: string): LsqError =>
  new LsqError(
    400,
    'MXInvalidJsonException',
    `Unexpected character encountered while parsing value: ${detail}`,
  );

/** Never echoes the keys that were sent. */
export const unauthorized = (): LsqError =>
  new LsqError(401, 'MXUnAuthorizedAccessException', 'Invalid access key or secret key');

/**
 * Simulator choice of ExceptionType; docs/upstreams/leadsquared.md#errors-and-status-codes only
 * documents the 404.
 */
export const apiNotFound = (path: string): LsqError =>
  new LsqError(404, 'MXAPINotFoundException', `The API ${path} could not be found`);

/**
 * Simulator choice of ExceptionType; GET on a POST-only method is a 405
 * (docs/upstreams/leadsquared.md#errors-and-status-codes).
 */
export const methodNotAllowed = (method: string, allowed: string): LsqError =>
  new LsqError(405, 'MXMethodNotAllowedException', `${method} is not allowed; use ${allowed}`);

/**
 * Body and numbers per docs/upstreams/leadsquared.md#throttling-in-practice and #rate-limits ("API
 * calls exceeded the limit of 25 in 5 second(s)").
 */
export const rateLimited = (status: number, calls: number, windowMs: number): LsqError =>
  new LsqError(
    status,
    'MXAPIRateLimitExceededException',
    `API calls exceeded the limit of ${calls} in ${windowMs / 1000} second(s)`,
  );

/**
 * 500 + MXInvalidEntityException for an unknown entity
 * (docs/upstreams/leadsquared.md#not-documented-upstream).
 */
export const invalidEntity = (message: string): LsqError =>
  new LsqError(500, 'MXInvalidEntityException', message);

/** Simulator choice for an injected or unexpected server failure. */
export const internalError = (message: string, status = 500): LsqError =>
  new LsqError(status, 'MXInternalServerException', message);
