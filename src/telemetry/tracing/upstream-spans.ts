import { context, SpanKind, SpanStatusCode, trace, type Context } from '@opentelemetry/api';
import {
  ATTR_ERROR_TYPE,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_SERVER_ADDRESS,
  ATTR_SERVER_PORT,
  ATTR_URL_PATH,
} from '@opentelemetry/semantic-conventions';
import { sharedCallLinks, tracer } from '../../core/telemetry/trace-spans.js';
import {
  NO_OBSERVER,
  type QuotaWait,
  type UpstreamAttempt,
  type UpstreamObserver,
  type UpstreamTarget,
} from '../../core/telemetry/upstream-observer.js';

/** `http.request.resend_count` of the HTTP semantic conventions: 1 for the first retry. */
const ATTR_RESEND_COUNT = 'http.request.resend_count';

/**
 * A CLIENT span per upstream attempt, child of whatever span is active when it goes out (a loader
 * batch, the operation, or the first request of a coalesced call, with links to the others).
 * Attributes are the fields the observer seam carries, all bounded and safe: source, operation,
 * attempt, status, outcome, error code, and the target's method, host and path. Never a header,
 * a query string (LeadSquared's keys travel there), a body, a token or an id list.
 *
 * The quota turn an attempt waited for is reported just before it starts, in the same async flow:
 * the wait becomes a `quota.wait` event on its span with its duration. A refused turn (the wait
 * would outlast the deadline, no call went out) is a `quota.refused` event on the active span.
 */
export function upstreamSpans(): UpstreamObserver {
  /** Granted waits not yet matched with their attempt, by trace context, first in first out. */
  const waits = new WeakMap<Context, QuotaWait[]>();

  return {
    ...NO_OBSERVER,
    quotaWaited(wait) {
      const active = context.active();
      if (!trace.getSpan(active)) return;
      if (wait.outcome === 'refused') {
        trace.getSpan(active)?.addEvent('quota.refused', waitAttributes(wait));
        return;
      }
      const pending = waits.get(active);
      if (pending) pending.push(wait);
      else waits.set(active, [wait]);
    },
    attemptStarted(attempt) {
      const parent = context.active();
      const pending = waits.get(parent);
      const index = pending?.findIndex((wait) => wait.source === attempt.source) ?? -1;
      const [wait] = index >= 0 ? pending!.splice(index, 1) : [];
      const span = tracer().startSpan(
        `${attempt.source} ${attempt.operation}`,
        {
          kind: SpanKind.CLIENT,
          attributes: attemptAttributes(attempt),
          links: sharedCallLinks(parent),
        },
        parent,
      );
      if (wait) span.addEvent('quota.wait', waitAttributes(wait));
      return {
        ended(result) {
          if (result.status > 0) span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, result.status);
          span.setAttribute('opportunity_graph.upstream.outcome', result.outcome);
          if (result.outcome !== 'ok') {
            span.setAttribute(ATTR_ERROR_TYPE, result.code ?? 'UNKNOWN');
            span.setStatus({ code: SpanStatusCode.ERROR });
          }
          span.end();
        },
      };
    },
  };
}

function attemptAttributes(attempt: UpstreamAttempt) {
  return {
    'opportunity_graph.source': attempt.source,
    'opportunity_graph.upstream.operation': attempt.operation,
    'opportunity_graph.upstream.attempt': attempt.attempt,
    ...(attempt.attempt > 1 ? { [ATTR_RESEND_COUNT]: attempt.attempt - 1 } : {}),
    ...(attempt.target ? targetAttributes(attempt.target) : {}),
  };
}

/** `server.address` is the host alone, its port apart: `host` says both, as in a URL. */
function targetAttributes({ method, host, path }: UpstreamTarget) {
  const [, address, port] = /^(.*?)(?::(\d+))?$/.exec(host)!;
  return {
    [ATTR_HTTP_REQUEST_METHOD]: method,
    [ATTR_SERVER_ADDRESS]: address!.replace(/^\[(.*)\]$/, '$1'),
    ...(port ? { [ATTR_SERVER_PORT]: Number(port) } : {}),
    [ATTR_URL_PATH]: path,
  };
}

function waitAttributes(wait: QuotaWait) {
  return {
    'opportunity_graph.source': wait.source,
    'opportunity_graph.quota.wait_ms': wait.waitMs,
  };
}
