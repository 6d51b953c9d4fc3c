/**
 * `POST /services/oauth2/token` (docs/upstreams/account-engagement.md#token-endpoint) with the
 * `refresh_token` and JWT bearer grants. The answer is the JSON Salesforce sends: access_token,
 * signature, scope, instance_url, id, token_type Bearer, issued_at (epoch ms as a string).
 * `signature` is computed as Salesforce documents it: base64 HMAC-SHA256 of `id + issued_at` keyed
 * with the client secret. `instance_url` is the simulator's own base URL (from the Host header), so
 * nothing points at a real org. Other grants (authorization_code, password, client_credentials) are
 * not simulated.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SimulatorRequest, SimulatorResponse } from '../../../../core/simulator/types.js';
import type { RequestParams } from '../request/params.js';
import {
  JWT_AUDIENCES,
  SIMULATOR_USER_ID,
  SIMULATOR_ORG_ID,
  type ResolvedCredentials,
} from './credentials.js';
import { checkAssertion } from './jwt.js';
import { oauthFailureResponse, oauthJson, type OAuthFailure } from './oauth-failure.js';
import type { TokenStore } from './token-store.js';

export const JWT_BEARER_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

export interface TokenEndpointContext {
  readonly credentials: ResolvedCredentials;
  readonly tokens: TokenStore;
  readonly nowMs: number;
}

// Constant-time comparison: cheap to do right even in a simulator someone may expose.
function same(sent: string | undefined, expected: string): boolean {
  if (sent === undefined) return false;
  const a = Buffer.from(sent, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

function baseUrlOf(req: SimulatorRequest): string {
  const host = req.headers.host;
  return `http://${typeof host === 'string' && host !== '' ? host : '127.0.0.1'}`;
}

function checkRefreshGrant(
  params: RequestParams,
  credentials: ResolvedCredentials,
): OAuthFailure | undefined {
  if (!same(params.get('client_id'), credentials.clientId)) {
    return { error: 'invalid_client_id', description: 'client identifier invalid' };
  }
  if (!same(params.get('client_secret'), credentials.clientSecret)) {
    return { error: 'invalid_client', description: 'invalid client credentials' };
  }
  if (!same(params.get('refresh_token'), credentials.refreshToken)) {
    return { error: 'invalid_grant', description: 'expired access/refresh token' };
  }
  return undefined;
}

export function handleTokenRequest(
  req: SimulatorRequest,
  params: RequestParams,
  { credentials, tokens, nowMs }: TokenEndpointContext,
): SimulatorResponse {
  if (req.method !== 'POST') {
    return oauthFailureResponse({ error: 'invalid_request', description: 'must use HTTP POST' });
  }
  const grantType = params.get('grant_type');
  const baseUrl = baseUrlOf(req);
  let failure: OAuthFailure | undefined;
  let scope: string;
  if (grantType === 'refresh_token') {
    failure = checkRefreshGrant(params, credentials);
    scope = 'refresh_token pardot_api';
  } else if (grantType === JWT_BEARER_GRANT) {
    const assertion = params.get('assertion');
    failure =
      assertion === undefined || assertion === ''
        ? { error: 'invalid_request', description: 'assertion is required' }
        : checkAssertion(assertion, {
            clientId: credentials.clientId,
            username: credentials.username,
            audiences: [...JWT_AUDIENCES, baseUrl],
            nowMs,
            publicKey: credentials.jwtPublicKey,
          });
    scope = 'pardot_api';
  } else {
    failure = { error: 'unsupported_grant_type', description: 'grant type not supported' };
    scope = '';
  }
  if (failure !== undefined) return oauthFailureResponse(failure);
  const token = tokens.issue();
  const id = `${baseUrl}/id/${SIMULATOR_ORG_ID}/${SIMULATOR_USER_ID}`;
  const issuedAt = String(token.issuedAtMs);
  return oauthJson(200, {
    access_token: token.accessToken,
    signature: createHmac('sha256', credentials.clientSecret)
      .update(id + issuedAt)
      .digest('base64'),
    scope,
    instance_url: baseUrl,
    id,
    token_type: 'Bearer',
    issued_at: issuedAt,
  });
}
