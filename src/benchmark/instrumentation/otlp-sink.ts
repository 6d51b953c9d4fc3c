import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OtlpSink {
  readonly url: string;
  /** Export requests received (each carries a batch of spans). */
  readonly exports: number;
  readonly bytes: number;
  stop(): Promise<void>;
}

/**
 * Where the traced variant sends its spans: an OTLP/HTTP endpoint on loopback that reads each
 * export and answers 200, so the figures include building, batching, encoding and sending spans
 * but not a collector's own work. Without a listener every export would fail and retry, which is
 * not what production pays.
 */
export async function startOtlpSink(): Promise<OtlpSink> {
  let exports = 0;
  let bytes = 0;
  const server = http.createServer((req, res) => {
    req.on('data', (chunk: Buffer) => (bytes += chunk.length));
    req.on('end', () => {
      exports += 1;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get exports() {
      return exports;
    },
    get bytes() {
      return bytes;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
