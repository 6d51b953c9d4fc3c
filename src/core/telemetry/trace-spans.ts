import {
  context,
  createContextKey,
  SpanStatusCode,
  trace,
  type Context,
  type Link,
  type Tracer,
} from '@opentelemetry/api';

/**
 * Spans made by hand with @opentelemetry/api. Nothing here starts an SDK: until the app starts one
 * (when an `OTEL_*` variable asks for traces), no context is ever active, so every helper below
 * sees no span and runs its function as it is, at the cost of one look-up. Hand-made rather than
 * auto-instrumented: the app is an ES module, and instrumentation libraries patch modules through
 * loader hooks that must be registered before the app's first import.
 */
export const TRACER_NAME = 'opportunity-graph';

/**
 * Looked up at each use, not kept: an app registers its SDK's provider when it starts and removes
 * it when it stops, and a tracer kept from before would stay bound to a provider shut down.
 */
export function tracer(): Tracer {
  return trace.getTracer(TRACER_NAME);
}

/** `error.type` for a failure: our error code when it has one, else the class name. */
export function errorType(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^[A-Z][A-Z0-9_]{0,63}$/.test(code)) return code;
  return error instanceof Error ? error.name : 'Error';
}

/**
 * A DataLoader batch function with a span per batch (`dataloader.batch <name>`, the number of
 * keys, never the keys themselves), active while it runs so that its upstream calls nest under
 * it. Outside a traced request it is the batch function itself.
 */
export function tracedBatch<K, R>(
  name: string,
  batch: (keys: readonly K[]) => PromiseLike<R>,
): (keys: readonly K[]) => Promise<R> {
  return async (keys) => {
    const parent = context.active();
    if (!trace.getSpan(parent)) return batch(keys);
    const attributes = {
      'opportunity_graph.loader': name,
      'opportunity_graph.loader.keys': keys.length,
    };
    return tracer().startActiveSpan(
      `dataloader.batch ${name}`,
      { attributes },
      parent,
      async (span) => {
        try {
          return await batch(keys);
        } catch (error) {
          span.setAttribute('error.type', errorType(error));
          span.setStatus({ code: SpanStatusCode.ERROR });
          throw error;
        } finally {
          span.end();
        }
      },
    );
  };
}

/** The spans of the other requests a shared call serves, for its attempt spans to link to. */
const SHARED_WITH = createContextKey('opportunity-graph shared call links');

/** The trace context a caller of a shared call waits in (captured when it asks). */
export function activeTrace(): Context {
  return context.active();
}

/**
 * Runs one call made on behalf of several requests (a coalesced look-up: each gave its
 * CallContext) under the first one's trace context, so that its spans join that request's trace
 * (under the loader batch that sent it when that batch is the first request's, else under the
 * request's own span), and tells them about the others (span links, see sharedCallLinks).
 * Without a traced request among them, `call` runs as it is.
 */
export function runForRequests<T>(
  requests: readonly { readonly trace?: Context | undefined }[],
  call: () => T,
): T {
  const first = requests[0]?.trace;
  if (!first || !trace.getSpan(first)) return call();
  const seen = new Set([trace.getSpanContext(first)?.spanId]);
  const links: Link[] = [];
  for (const request of requests) {
    const span = request.trace && trace.getSpanContext(request.trace);
    if (!span || seen.has(span.spanId)) continue;
    seen.add(span.spanId);
    links.push({ context: span });
  }
  // Where the call was sent from, when that is the first request (its loader batch): closer.
  const active = context.active();
  const sameTrace = trace.getSpanContext(active)?.traceId === trace.getSpanContext(first)?.traceId;
  const parent = sameTrace ? active : first;
  return context.with(links.length > 0 ? parent.setValue(SHARED_WITH, links) : parent, call);
}

/** Links to the other requests' spans when `ctx` is that of a shared call (runForRequests). */
export function sharedCallLinks(ctx: Context = context.active()): Link[] {
  return (ctx.getValue(SHARED_WITH) as Link[] | undefined) ?? [];
}
