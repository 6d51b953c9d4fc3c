import { expect } from '@jest/globals';
import { ErrorCode, UpstreamError, UpstreamSource } from '../../../src/core/errors/index.js';

/** The error a caller gets at its own deadline: the HTTP layer's, for the LeadSquared fakes. */
export function expectDeadlineError(error: unknown): void {
  expect(error).toBeInstanceOf(UpstreamError);
  const { code, details } = error as UpstreamError;
  expect(code).toBe(ErrorCode.UPSTREAM_TIMEOUT);
  expect(details.source).toBe(UpstreamSource.LEADSQUARED);
  expect(details.message).toBe('LeadSquared no time left before the request deadline');
}
