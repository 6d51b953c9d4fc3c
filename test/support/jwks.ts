import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type CryptoKey } from 'jose';

export const ISSUER = 'https://issuer.test.example/';
export const AUDIENCE = 'opportunity-graph-test';

interface SigningKey {
  readonly kid: string;
  readonly alg: 'RS256' | 'ES256';
  readonly privateKey: CryptoKey;
  readonly jwk: JWK;
}

async function signingKey(kid: string, alg: 'RS256' | 'ES256'): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg);
  return { kid, alg, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

export interface TokenClaims {
  scope?: string;
  scp?: string[];
  sub?: string;
  iss?: string;
  aud?: string;
  /** Seconds from now; negative for a token already expired. */
  expiresIn?: number;
  notBeforeIn?: number;
}

/**
 * An identity provider for tests: a JWKS served over real HTTP on 127.0.0.1 (with a count of how
 * often it was fetched) and tokens signed by its keys, or by keys it does not publish.
 */
export interface TestIssuer {
  readonly jwksUrl: string;
  /** GET requests the JWKS endpoint answered. */
  readonly fetches: number;
  sign(
    claims?: TokenClaims,
    options?: { alg?: 'RS256' | 'ES256'; forged?: boolean },
  ): Promise<string>;
  /** Publishes one more key (a rotation) and signs with it from then on. */
  rotate(): Promise<void>;
  /** The env a test app needs to require tokens from this issuer. */
  env(): Record<string, string>;
  stop(): Promise<void>;
}

export async function startTestIssuer(): Promise<TestIssuer> {
  const published: SigningKey[] = [
    await signingKey('rs-1', 'RS256'),
    await signingKey('es-1', 'ES256'),
  ];
  // Keys with the same kids that the JWKS does not hold: a forged signature.
  const forgers = [await signingKey('rs-1', 'RS256'), await signingKey('es-1', 'ES256')];
  let current = { RS256: published[0]!, ES256: published[1]! };
  let fetches = 0;
  const server = http.createServer((req, res) => {
    if (req.url !== '/.well-known/jwks.json') {
      res.writeHead(404).end();
      return;
    }
    fetches += 1;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: published.map((key) => key.jwk) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const jwksUrl = `http://127.0.0.1:${port}/.well-known/jwks.json`;
  return {
    jwksUrl,
    get fetches() {
      return fetches;
    },
    async sign(claims = {}, options = {}) {
      const alg = options.alg ?? 'RS256';
      const key = options.forged ? forgers.find((k) => k.alg === alg)! : current[alg];
      const now = Math.floor(Date.now() / 1000);
      const jwt = new SignJWT({
        ...(claims.scope === undefined ? {} : { scope: claims.scope }),
        ...(claims.scp === undefined ? {} : { scp: claims.scp }),
      })
        .setProtectedHeader({ alg, kid: key.kid, typ: 'JWT' })
        .setIssuer(claims.iss ?? ISSUER)
        .setAudience(claims.aud ?? AUDIENCE)
        .setSubject(claims.sub ?? 'caller-1')
        .setIssuedAt(now)
        .setExpirationTime(now + (claims.expiresIn ?? 300));
      if (claims.notBeforeIn !== undefined) jwt.setNotBefore(now + claims.notBeforeIn);
      return jwt.sign(key.privateKey);
    },
    async rotate() {
      const next = await signingKey(`rs-${published.length + 1}`, 'RS256');
      published.push(next);
      current = { ...current, RS256: next };
    },
    env: () => ({ AUTH_JWKS_URL: jwksUrl, AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE }),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
