import { DEFAULT_SIGNING_REGION, SIGNING_NAME, SIGV4_ALGORITHM } from './authentication.js';

export interface SigV4ShapeOptions {
  /** The credential scope's region (default us-east-1, the simulator's default). */
  readonly region?: string;
  /** The key id in the scope (default `simulator`). */
  readonly accessKeyId?: string;
  /** The request date (default now). */
  readonly date?: Date;
}

/** A placeholder where a real signer puts the 64-hex HMAC; the simulator checks only its shape. */
const UNSIGNED_SIGNATURE = '0'.repeat(64);

/**
 * `authorization` and `x-amz-date` headers of the SigV4 shape the simulator requires
 * (authentication.ts), for callers that post to it without the SDK: the throughput baseline and
 * raw-HTTP tests. Nothing is signed, so it costs nothing per request and holds no secret; a real
 * AWS endpoint refuses it (InvalidSignatureException).
 */
export function sigV4ShapedHeaders(options: SigV4ShapeOptions = {}): Record<string, string> {
  const amzDate = (options.date ?? new Date()).toISOString().replace(/[-:]|\.\d{3}/g, '');
  const scope = [
    options.accessKeyId ?? 'simulator',
    amzDate.slice(0, 8),
    options.region ?? DEFAULT_SIGNING_REGION,
    SIGNING_NAME,
    'aws4_request',
  ].join('/');
  return {
    'x-amz-date': amzDate,
    authorization:
      `${SIGV4_ALGORITHM} Credential=${scope}, ` +
      `SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=${UNSIGNED_SIGNATURE}`,
  };
}
