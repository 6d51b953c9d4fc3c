import type { Secret } from '../../config/secret.js';
import type { AccountEngagementGrant } from './config.js';
import { ErrorCode, UpstreamSource } from '../../core/errors/index.js';
import {
  failureFromStatus,
  HttpSource,
  type CallContext,
  type UpstreamFailure,
} from '../../core/http/index.js';
import { jwtAssertion } from './jwt-assertion.js';
import type { FleetToken } from './token-fleet.js';

export interface TokenProviderOptions {
  loginUrl: string;
  clientId: string;
  clientSecret: Secret | undefined;
  grant: AccountEngagementGrant;
  timeoutMs: number;
  /** With a shared store (Redis): one token, and one refresh at a time, for every replica. */
  fleet?: FleetToken | undefined;
}

interface TokenResponse {
  access_token: string;
}

/**
 * Salesforce answers a refused grant with 400 and `{"error":"invalid_grant",...}`
 * (docs/upstreams/account-engagement.md#token-endpoint).
 */
function describeTokenResponse(status: number, body: string): UpstreamFailure | null {
  if (status >= 200 && status < 300) return null;
  let error: string | undefined;
  try {
    error = (JSON.parse(body) as { error?: string }).error;
  } catch {
    error = undefined;
  }
  if (status === 400 || status === 401) {
    return {
      code: ErrorCode.UPSTREAM_AUTH_FAILED,
      message: `refused the OAuth grant (${error ?? `HTTP ${status}`})`,
      status,
      upstreamCode: error,
      retryable: false,
      notProcessed: true,
    };
  }
  return failureFromStatus(status, { upstreamCode: error });
}

/**
 * Salesforce access tokens for Account Engagement: fetched once, shared by every request, and
 * replaced only when the API says the one in use is no longer valid (error 184). Concurrent
 * callers that find the token invalid at the same time share one refresh. With `fleet`, the
 * token comes from the store every replica shares, and so does the refresh (see FleetToken).
 */
export class TokenProvider {
  readonly #http: HttpSource;
  #token: Promise<string> | undefined;
  /** The last token the API refused: the shared store may still hold it, and it is no use. */
  #rejected: string | undefined;

  constructor(private readonly options: TokenProviderOptions) {
    this.#http = new HttpSource({
      source: UpstreamSource.ACCOUNT_ENGAGEMENT,
      displayName: 'Salesforce OAuth',
      baseUrl: options.loginUrl,
      timeoutMs: options.timeoutMs,
      headers: () => ({ accept: 'application/json' }),
      secrets: () => this.#secrets(),
      describeResponse: describeTokenResponse,
    });
  }

  /** The current token, fetching one when there is none. */
  token(ctx: CallContext): Promise<string> {
    if (!this.#token) {
      const { fleet } = this.options;
      const pending = fleet
        ? fleet.obtain(ctx, this.#rejected, () => this.#fetch(ctx))
        : this.#fetch(ctx);
      this.#token = pending;
      // A failed fetch must not be cached: the next caller tries again.
      pending.catch(() => {
        if (this.#token === pending) this.#token = undefined;
      });
    }
    return this.#token;
  }

  /** Drops `rejected` (if it is still the current token) so the next `token()` fetches anew. */
  async invalidate(rejected: string): Promise<void> {
    const current = this.#token;
    if (current && (await current.catch(() => undefined)) === rejected && this.#token === current) {
      this.#token = undefined;
      this.#rejected = rejected;
    }
  }

  close(): void {
    this.#http.close();
  }

  #secrets(): string[] {
    const { clientSecret, grant } = this.options;
    return [
      clientSecret?.reveal(),
      grant.kind === 'refresh_token' ? grant.refreshToken.reveal() : grant.privateKey.reveal(),
    ].filter((value): value is string => value !== undefined);
  }

  async #fetch(ctx: CallContext): Promise<string> {
    const { clientId, clientSecret, grant, loginUrl } = this.options;
    const form: Record<string, string> =
      grant.kind === 'refresh_token'
        ? {
            grant_type: 'refresh_token',
            refresh_token: grant.refreshToken.reveal(),
            client_id: clientId,
            ...(clientSecret ? { client_secret: clientSecret.reveal() } : {}),
          }
        : {
            grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
            assertion: jwtAssertion({
              clientId,
              username: grant.username,
              loginUrl,
              privateKeyPem: grant.privateKey.reveal(),
            }),
          };
    const response = await this.#http.request<TokenResponse>(
      {
        operation: 'oauth.token',
        method: 'POST',
        path: 'services/oauth2/token',
        form,
        // A grant can be exchanged again safely: it only ever yields a fresh token.
        idempotent: true,
        parse: (body) => {
          const parsed = JSON.parse(body) as Partial<TokenResponse>;
          if (typeof parsed.access_token !== 'string') throw new Error('no access_token');
          return parsed as TokenResponse;
        },
      },
      ctx,
    );
    return response.access_token;
  }
}
