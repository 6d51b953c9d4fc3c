import type { ServerResponse } from 'node:http';
import type { SimulatorResponse } from './types.js';

/**
 * Writes the status and headers of `response` with the Content-Length of its whole body, and
 * returns that body to send (in full, or cut or trickled by a fault); undefined when the response
 * is already gone or answered.
 */
export function writeHead(res: ServerResponse, response: SimulatorResponse): Buffer | undefined {
  if (res.destroyed || res.headersSent) return undefined;
  const body = Buffer.from(response.body, 'utf8');
  const headers: Record<string, string> = { ...response.headers };
  if (response.status !== 204 && response.status !== 304) {
    headers['content-length'] = String(body.length);
  }
  res.writeHead(response.status, headers);
  return body;
}
