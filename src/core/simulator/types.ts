/**
 * The contract between the generic simulator server and one upstream's simulator. The server owns
 * HTTP, the request log, fault injection and the control routes; a definition owns everything
 * that knows the upstream's wire format (routing, auth, bodies, error shapes).
 */
import type { IncomingHttpHeaders } from 'node:http';

export interface SimulatorRequest {
  readonly method: string;
  /** The URL pathname only; the query string is in `query`. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  /**
   * The body decoded as UTF-8. Byte sequences that are not valid UTF-8 become U+FFFD, so a
   * definition can reject them the way its upstream does.
   */
  readonly rawBody: string;
}

export interface SimulatorResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface SimulatorDefinition {
  /** Short lowercase name used in logs and by the runner, e.g. 'leadsquared'. */
  readonly name: string;
  /** The upstream operation a request addresses (e.g. 'GetOpportunitiesById'); faults match on it. */
  operationOf(req: SimulatorRequest): string;
  handle(req: SimulatorRequest): Promise<SimulatorResponse> | SimulatorResponse;
  /** An upstream-shaped error response for a status injected by a fault rule. */
  faultResponse(status: number, operation: string): SimulatorResponse;
  /** A 2xx response whose body cannot be parsed; the server has a JSON default. */
  malformedResponse?(operation: string): SimulatorResponse;
  /**
   * The server dropped `req` without answering it (a `reset` fault): a definition that counts
   * requests in flight stops counting it.
   */
  dropped?(req: SimulatorRequest): void;
  /**
   * What the upstream itself still counts as in flight, for `GET /__simulator/in-flight`: a
   * definition that holds concurrency slots lists them (a hung request may hold one after its
   * client has gone).
   */
  inFlight?(): Readonly<Record<string, unknown>>;
  /** Back to the seeded state (data, quotas, counters). */
  reset(): void;
  /** Query parameters (matched case-insensitively) whose values never reach the request log. */
  readonly redactQueryParams?: readonly string[];
}
