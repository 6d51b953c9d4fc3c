/**
 * Access tokens the token endpoint has issued, each with an expiry on the simulator clock. Tokens
 * are random (they are bearer secrets, so not derived from the data seed) and shaped like
 * Salesforce session ids: `<org id>!<opaque>`.
 */
import { randomBytes } from 'node:crypto';
import { SIMULATOR_ORG_ID } from './credentials.js';

export interface IssuedToken {
  readonly accessToken: string;
  readonly issuedAtMs: number;
  readonly expiresAtMs: number;
}

export class TokenStore {
  readonly #tokens = new Map<string, IssuedToken>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number,
  ) {}

  issue(): IssuedToken {
    const issuedAtMs = this.now();
    const token: IssuedToken = {
      accessToken: `${SIMULATOR_ORG_ID}!${randomBytes(48).toString('base64url')}`,
      issuedAtMs,
      expiresAtMs: issuedAtMs + this.ttlMs,
    };
    this.#tokens.set(token.accessToken, token);
    return token;
  }

  /** True for an issued token that has not expired; expired tokens are forgotten when seen. */
  isValid(accessToken: string): boolean {
    const token = this.#tokens.get(accessToken);
    if (token === undefined) return false;
    if (this.now() < token.expiresAtMs) return true;
    this.#tokens.delete(accessToken);
    return false;
  }

  /** Every issued token stops working, as after a session timeout or a revocation. */
  revokeAll(): void {
    this.#tokens.clear();
  }
}
