import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from './test-app.js';

/** An attribute value as OTLP/JSON writes it, read back into a plain value. */
export type AttributeValue = string | number | boolean | null | AttributeValue[];

export interface ReceivedSpan {
  readonly traceId: string;
  readonly spanId: string;
  /** Absent on a root span. */
  readonly parentSpanId: string | undefined;
  readonly name: string;
  /** OTLP's SpanKind: 1 internal, 2 server, 3 client. */
  readonly kind: number;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  readonly events: readonly { name: string; attributes: Record<string, AttributeValue> }[];
  readonly links: readonly { traceId: string; spanId: string }[];
  /** OTLP's status code: 0 unset, 1 ok, 2 error. */
  readonly status: { code: number; message: string | undefined };
  /** The resource's attributes (service.name ...). */
  readonly resource: Readonly<Record<string, AttributeValue>>;
}

export const SPAN_KIND = { INTERNAL: 1, SERVER: 2, CLIENT: 3 } as const;

interface OtlpValue {
  stringValue?: string;
  intValue?: number | string;
  doubleValue?: number;
  boolValue?: boolean;
  arrayValue?: { values?: OtlpValue[] };
}
type OtlpAttributes = { key: string; value: OtlpValue }[] | undefined;

function value(v: OtlpValue): AttributeValue {
  if (v.stringValue !== undefined) return v.stringValue;
  if (v.intValue !== undefined) return Number(v.intValue);
  if (v.doubleValue !== undefined) return v.doubleValue;
  if (v.boolValue !== undefined) return v.boolValue;
  if (v.arrayValue) return (v.arrayValue.values ?? []).map(value);
  return null;
}

function attributes(list: OtlpAttributes): Record<string, AttributeValue> {
  return Object.fromEntries((list ?? []).map(({ key, value: v }) => [key, value(v)]));
}

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: OtlpAttributes;
  events?: { name: string; attributes?: OtlpAttributes }[];
  links?: { traceId: string; spanId: string }[];
  status?: { code?: number; message?: string };
}
interface ExportRequest {
  resourceSpans?: {
    resource?: { attributes?: OtlpAttributes };
    scopeSpans?: { spans?: OtlpSpan[] }[];
  }[];
}

/**
 * A collector for tests: a real HTTP server on 127.0.0.1 that accepts OTLP/HTTP JSON exports
 * (`POST /v1/traces`, what the SDK sends with OTEL_EXPORTER_OTLP_PROTOCOL=http/json) and keeps
 * every span. Anything else is answered 404 and counted, so that a test sees a wrong path.
 */
export class OtlpReceiver {
  readonly #spans: ReceivedSpan[] = [];
  #exports = 0;
  #refused = 0;

  private constructor(private readonly server: http.Server) {
    server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) =>
      this.handle(req, res),
    );
  }

  static async start(): Promise<OtlpReceiver> {
    const receiver = new OtlpReceiver(http.createServer());
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /**
   * The variables that point the app's SDK here: OTLP over HTTP with JSON, the batch processor
   * flushing every 50 ms rather than every 5 s.
   */
  env(): Record<string, string> {
    return {
      OTEL_TRACES_EXPORTER: 'otlp',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_EXPORTER_OTLP_ENDPOINT: this.url,
      OTEL_BSP_SCHEDULE_DELAY: '50',
    };
  }

  /** Export requests accepted, and requests refused (wrong method, path or body). */
  get exports(): number {
    return this.#exports;
  }

  get refused(): number {
    return this.#refused;
  }

  spans(): readonly ReceivedSpan[] {
    return [...this.#spans];
  }

  inTrace(traceId: string): ReceivedSpan[] {
    return this.#spans.filter((span) => span.traceId === traceId);
  }

  /**
   * The spans of `traceId` once `complete` says they are all there, polling every 25 ms (spans
   * arrive in batches); after `timeoutMs` it fails, listing what did arrive.
   */
  async waitForTrace(
    traceId: string,
    complete: (spans: readonly ReceivedSpan[]) => boolean,
    timeoutMs = 10_000,
  ): Promise<ReceivedSpan[]> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const spans = this.inTrace(traceId);
      if (complete(spans)) return spans;
      if (Date.now() > until) {
        const names = spans.map((span) => span.name).join(', ');
        throw new Error(`trace ${traceId} incomplete after ${timeoutMs} ms: [${names}]`);
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  stop(): Promise<void> {
    return new Promise((resolve, reject) =>
      this.server.close((error) => (error ? reject(error) : resolve())),
    );
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      let body = Buffer.concat(chunks);
      try {
        if (req.method !== 'POST' || req.url !== '/v1/traces') throw new Error('not an export');
        if (!String(req.headers['content-type']).startsWith('application/json'))
          throw new Error('not OTLP/JSON');
        if (req.headers['content-encoding'] === 'gzip') body = gunzipSync(body);
        this.collect(JSON.parse(body.toString('utf8')) as ExportRequest);
      } catch {
        this.#refused += 1;
        res.writeHead(404).end();
        return;
      }
      this.#exports += 1;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  }

  private collect(request: ExportRequest): void {
    for (const { resource, scopeSpans } of request.resourceSpans ?? []) {
      const resourceAttributes = attributes(resource?.attributes);
      for (const { spans } of scopeSpans ?? []) {
        for (const span of spans ?? []) {
          this.#spans.push({
            traceId: span.traceId,
            spanId: span.spanId,
            parentSpanId: span.parentSpanId || undefined,
            name: span.name,
            kind: span.kind,
            attributes: attributes(span.attributes),
            events: (span.events ?? []).map((event) => ({
              name: event.name,
              attributes: attributes(event.attributes),
            })),
            links: (span.links ?? []).map(({ traceId, spanId }) => ({ traceId, spanId })),
            status: { code: span.status?.code ?? 0, message: span.status?.message },
            resource: resourceAttributes,
          });
        }
      }
    }
  }
}

/**
 * A test app whose SDK exports to `receiver`. The variables go into the config (which decides to
 * trace) and, while the app starts, into process.env too: the SDK reads them from there, as it
 * does in production where the config is read from the same environment.
 */
export async function startTracedApp(
  receiver: OtlpReceiver,
  env: Record<string, string> = {},
): Promise<TestApp> {
  const otel = { ...receiver.env(), ...env };
  return withProcessEnv(otel, () => startTestApp(otel));
}

/** Runs `start` with `variables` set in process.env, then puts the environment back. */
export async function withProcessEnv<T>(
  variables: Record<string, string>,
  start: () => Promise<T>,
): Promise<T> {
  const before = Object.fromEntries(
    Object.keys(variables).map((name) => [name, process.env[name]]),
  );
  Object.assign(process.env, variables);
  try {
    return await start();
  } finally {
    for (const [name, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
