/**
 * LeadSquared's error body: {"Status":"Error","ExceptionType":"MX…","ExceptionMessage":"…"}
 * (reference §4). There is no published registry of ExceptionType values; the ones below are the
 * observed names where the reference has one, and simulator choices (marked) where it does not.
 */
import type { SimulatorResponse } from '../../../simulator/types.js';

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

/** Message per reference §3 (what LeadSquared says for a body it cannot parse). */
export const invalidJson = (detail: string): LsqError =>
  new LsqError(
    400,
    'MXInvalidJsonException',
    `Unexpected character encountered while parsing value: ${detail}`,
  );

/** Never echoes the keys that were sent. */
export const unauthorized = (): LsqError =>
  new LsqError(401, 'MXUnAuthorizedAccessException', 'Invalid access key or secret key');

/** Simulator choice of ExceptionType; reference §4 only documents the 404 itself. */
export const apiNotFound = (path: string): LsqError =>
  new LsqError(404, 'MXAPINotFoundException', `The API ${path} could not be found`);

/** Simulator choice of ExceptionType; GET on a POST-only method is a 405 (reference §4). */
export const methodNotAllowed = (method: string, allowed: string): LsqError =>
  new LsqError(405, 'MXMethodNotAllowedException', `${method} is not allowed; use ${allowed}`);

/** Body and numbers per reference §4/§5 ("API calls exceeded the limit of 25 in 5 second(s)"). */
export const rateLimited = (status: number, calls: number, windowMs: number): LsqError =>
  new LsqError(
    status,
    'MXAPIRateLimitExceededException',
    `API calls exceeded the limit of ${calls} in ${windowMs / 1000} second(s)`,
  );

/** 500 + MXInvalidEntityException for an unknown entity (reference §4, §8 item 4). */
export const invalidEntity = (message: string): LsqError =>
  new LsqError(500, 'MXInvalidEntityException', message);

/** Simulator choice for an injected or unexpected server failure. */
export const internalError = (message: string, status = 500): LsqError =>
  new LsqError(status, 'MXInternalServerException', message);
