import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';

/** Who called, as the token says: the subject and the scopes it grants. */
export interface Caller {
  readonly subject: string | undefined;
  /** The OAuth client a machine token was issued to (RFC 9068 `client_id`), when it names one. */
  readonly clientId?: string | undefined;
  readonly scopes: ReadonlySet<string>;
}

export interface TokenVerifierOptions {
  readonly jwksUrl: string;
  readonly issuer: string;
  readonly audience: string;
  readonly clockSkewSeconds: number;
}

/** Why a token was refused, for the log only: the client is told no more than that it must log in. */
export type Refusal = { readonly reason: string };

/**
 * A token naming a `kid` the cached JWKS lacks fetches the JWKS again, but at most this often: a
 * rotation is picked up within seconds, and a flood of made-up kids cannot hammer the issuer.
 */
export const JWKS_COOLDOWN_MS = 5_000;

/**
 * Bearer JWTs checked with jose: signature against the JWKS (fetched on first use, cached, and
 * fetched again when a token names a `kid` it does not hold, at most every JWKS_COOLDOWN_MS:
 * jose's createRemoteJWKSet), RS256 or ES256 only, issuer, audience, and `exp` / `nbf` with the
 * configured leeway. Scopes come from `scope` (space-separated, RFC 8693 section 4.2) or `scp`
 * (an array, as several identity providers send it).
 */
export class TokenVerifier {
  readonly #keys: ReturnType<typeof createRemoteJWKSet>;

  constructor(private readonly options: TokenVerifierOptions) {
    this.#keys = createRemoteJWKSet(new URL(options.jwksUrl), {
      timeoutDuration: 5_000,
      cooldownDuration: JWKS_COOLDOWN_MS,
    });
  }

  async verify(authorization: string | undefined): Promise<Caller | Refusal> {
    const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)\s*$/i.exec(authorization ?? '');
    if (!match) return { reason: authorization ? 'not a Bearer token' : 'no Authorization header' };
    try {
      const { payload } = await jwtVerify(match[1]!, this.#keys, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: ['RS256', 'ES256'],
        clockTolerance: this.options.clockSkewSeconds,
      });
      const clientId = typeof payload.client_id === 'string' ? payload.client_id : undefined;
      return { subject: payload.sub, clientId, scopes: scopesOf(payload) };
    } catch (error) {
      // The code names the check (expired, claim, signature) without quoting the token.
      return { reason: error instanceof errors.JOSEError ? error.code : 'unreadable token' };
    }
  }
}

function scopesOf(payload: JWTPayload): Set<string> {
  const scopes = new Set<string>();
  if (typeof payload.scope === 'string')
    for (const s of payload.scope.split(' ')) if (s) scopes.add(s);
  if (Array.isArray(payload.scp))
    for (const s of payload.scp) if (typeof s === 'string') scopes.add(s);
  return scopes;
}
