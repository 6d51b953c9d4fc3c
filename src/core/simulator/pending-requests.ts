/**
 * The requests a simulator server holds without having answered them, for
 * `GET /__simulator/in-flight`: each from its arrival until its answer is sent or its connection
 * closes (the client gave up, or the server stopped). A request held by a `hang` fault is listed
 * for as long as its client waits; once the client has gone it is no longer in flight here,
 * though an upstream that counts concurrent requests may still count it (see `upstream` in
 * InFlightReport).
 */
import type { RequestLogEntry } from './request-log.js';

/**
 * `delayed`: waiting out a fault's latency; `hung`: held by a `hang` fault, never to be answered;
 * `answering`: being handled, or its body still being sent (a `trickle` fault).
 */
export type PendingStage = 'delayed' | 'hung' | 'answering';

export interface InFlightRequest {
  /** The request log's `seq` of the request. */
  readonly seq: number;
  readonly method: string;
  readonly path: string;
  readonly operation: string;
  /** Arrival, ISO 8601. */
  readonly since: string;
  readonly ageMs: number;
  readonly stage: PendingStage;
  /** The injected fault, as in the request log; null when none. */
  readonly fault: string | null;
}

export interface InFlightReport {
  /** Oldest first. */
  readonly requests: InFlightRequest[];
  /** The upstream's own count of requests in flight, when its simulator keeps one. */
  readonly upstream?: Readonly<Record<string, unknown>>;
}

export class PendingRequests {
  /** By the request's live log entry, which holds its arrival, operation and fault. */
  readonly #stages = new Map<RequestLogEntry, PendingStage>();

  add(entry: RequestLogEntry): void {
    this.#stages.set(entry, 'answering');
  }

  /** No effect once the request is gone (answered or closed). */
  stage(entry: RequestLogEntry, stage: PendingStage): void {
    if (this.#stages.has(entry)) this.#stages.set(entry, stage);
  }

  remove(entry: RequestLogEntry): void {
    this.#stages.delete(entry);
  }

  list(nowMs: number = Date.now()): InFlightRequest[] {
    return [...this.#stages].map(([entry, stage]) => ({
      seq: entry.seq,
      method: entry.method,
      path: entry.path,
      operation: entry.operation,
      since: entry.receivedAt,
      ageMs: Math.max(0, nowMs - entry.receivedAtMs),
      stage,
      fault: entry.fault,
    }));
  }
}
