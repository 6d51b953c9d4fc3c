import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Span,
} from '@opentelemetry/api';
import {
  ATTR_ERROR_TYPE,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
  ATTR_NETWORK_PROTOCOL_VERSION,
  ATTR_URL_PATH,
  ATTR_URL_SCHEME,
} from '@opentelemetry/semantic-conventions';
import type { NextFunction, Request, Response } from 'express';
import { tracer } from '../../core/telemetry/trace-spans.js';

/** The spans this middleware opened: the operation plugin names only these. */
const requestSpans = new WeakSet<Span>();

export function isRequestSpan(span: Span | undefined): span is Span {
  return span !== undefined && requestSpans.has(span);
}

/**
 * The SERVER span of one GraphQL request, named after its operation by operationSpanPlugin. It
 * continues the caller's trace from its `traceparent` header (W3C Trace Context, through the
 * propagators the SDK set up: OTEL_PROPAGATORS, by default tracecontext and baggage); without one
 * a new trace starts. The rest of the request runs with that span active (AsyncLocalStorage), so
 * loader batches, upstream attempts and log lines find it. Mounted after the body parser, whose
 * stream callbacks would not carry the context.
 *
 * HTTP attributes of the semantic conventions, minus what could carry a secret: the path without
 * its query string (a GET request carries the document and its variables there), no header, no
 * client address, no user agent.
 */
export function requestSpanMiddleware(req: Request, res: Response, next: NextFunction): void {
  const parent = propagation.extract(ROOT_CONTEXT, req.headers);
  const span = tracer().startSpan(
    'GraphQL Operation',
    {
      kind: SpanKind.SERVER,
      attributes: {
        [ATTR_HTTP_REQUEST_METHOD]: req.method,
        [ATTR_URL_SCHEME]: req.protocol,
        [ATTR_URL_PATH]: req.baseUrl + (req.path === '/' ? '' : req.path),
        [ATTR_HTTP_ROUTE]: req.baseUrl,
        [ATTR_NETWORK_PROTOCOL_VERSION]: req.httpVersion,
        'opportunity_graph.request_id': String(res.locals.requestId),
      },
    },
    parent,
  );
  requestSpans.add(span);
  res.once('close', () => {
    span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, res.statusCode);
    if (res.statusCode >= 500) {
      span.setAttribute(ATTR_ERROR_TYPE, String(res.statusCode));
      span.setStatus({ code: SpanStatusCode.ERROR });
    }
    span.end();
  });
  context.with(trace.setSpan(parent, span), next);
}
