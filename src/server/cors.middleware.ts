import cors from 'cors';
import type { RequestHandler } from 'express';

/**
 * Request headers a browser client may send cross-origin: JSON bodies, bearer tokens, Apollo's
 * CSRF-prevention and operation-name headers, and W3C trace context.
 */
export const CORS_ALLOWED_HEADERS = [
  'content-type',
  'authorization',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'traceparent',
] as const;

/** Seconds a browser may reuse a preflight answer (Chromium caps it at 7200). */
const PREFLIGHT_MAX_AGE_S = 600;

/**
 * CORS for /graphql, or undefined when no origin is configured (then no CORS header is ever
 * sent). Only allowed origins get Access-Control-Allow-Origin; `cors` answers every preflight
 * itself with 204 so OPTIONS never reaches Apollo. Credentials (cookies) are not allowed: clients
 * authenticate with an explicit Authorization header.
 */
export function corsMiddleware(origins: readonly string[]): RequestHandler | undefined {
  if (origins.length === 0) return undefined;
  return cors({
    origin: origins.includes('*') ? '*' : [...origins],
    methods: ['GET', 'POST'],
    allowedHeaders: [...CORS_ALLOWED_HEADERS],
    exposedHeaders: ['x-request-id'],
    maxAge: PREFLIGHT_MAX_AGE_S,
  });
}
