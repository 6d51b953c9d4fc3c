import type { IncomingMessage } from 'node:http';

export class BodyTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`request body exceeds ${limitBytes} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

/**
 * Reads the whole body. Past the limit the rest is drained and discarded (so the connection stays
 * usable for the 413 answer) and the promise rejects.
 */
export function readBody(req: IncomingMessage, limitBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limitBytes) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > limitBytes) reject(new BodyTooLargeError(limitBytes));
      else resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

// Not fatal: invalid sequences become U+FFFD so a definition can answer the way its upstream does.
// The decoder also drops a leading byte-order mark, which JSON.parse would otherwise reject.
const utf8 = new TextDecoder('utf-8');

export function decodeUtf8(bytes: Buffer): string {
  return utf8.decode(bytes);
}
