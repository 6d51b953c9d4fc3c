import { createSign } from 'node:crypto';

/**
 * The JWT of Salesforce's OAuth 2.0 JWT bearer flow: RS256-signed, `iss` the connected app's client
 * id, `sub` the user, `aud` the login host, and a short `exp` (Salesforce accepts up to 3 minutes).
 */
export function jwtAssertion(input: {
  clientId: string;
  username: string;
  loginUrl: string;
  privateKeyPem: string;
  now?: number;
}): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const issuedAt = Math.floor((input.now ?? Date.now()) / 1000);
  const audience = new URL(input.loginUrl).origin;
  const unsigned = `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode({
    iss: input.clientId,
    sub: input.username,
    aud: audience,
    exp: issuedAt + 180,
  })}`;
  const signature = createSign('RSA-SHA256')
    .update(unsigned)
    .sign(input.privateKeyPem)
    .toString('base64url');
  return `${unsigned}.${signature}`;
}
