/**
 * Salesforce OAuth error answers: `{"error": …, "error_description": …}` with HTTP 400, as
 * Salesforce's token endpoint uses (docs/upstreams/account-engagement.md#token-endpoint).
 */
import type { SimulatorResponse } from '../../../../core/simulator/types.js';

export interface OAuthFailure {
  readonly error: string;
  readonly description: string;
}

export const OAUTH_CONTENT_TYPE = 'application/json;charset=UTF-8';

export function oauthJson(status: number, body: unknown): SimulatorResponse {
  return {
    status,
    headers: {
      'content-type': OAUTH_CONTENT_TYPE,
      'cache-control': 'no-cache,must-revalidate,max-age=0,no-store,private',
    },
    body: JSON.stringify(body),
  };
}

export const oauthFailureResponse = (failure: OAuthFailure, status = 400): SimulatorResponse =>
  oauthJson(status, { error: failure.error, error_description: failure.description });

/** Injected faults on the token endpoint. */
export function oauthFaultResponse(status: number): SimulatorResponse {
  if (status === 400) {
    return oauthFailureResponse(
      { error: 'invalid_grant', description: 'expired access/refresh token' },
      status,
    );
  }
  if (status === 401) {
    return oauthFailureResponse(
      { error: 'invalid_client', description: 'invalid client credentials' },
      status,
    );
  }
  return oauthFailureResponse(
    { error: 'unknown_error', description: 'retry your request' },
    status,
  );
}
