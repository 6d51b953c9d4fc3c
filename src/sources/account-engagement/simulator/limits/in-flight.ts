/**
 * Concurrency: at most 5 concurrent API requests per business unit, else error 66
 * (docs/upstreams/account-engagement.md#rate-limits).
 *
 * The kit applies fault latency before it calls the definition, so "in flight" has to start at
 * arrival: the server calls `operationOf` once per request as it arrives, and this registry is
 * fed from there. A request takes a slot if one is free, or is marked over the limit (and later
 * answered 66 without holding a slot). The slot is freed when the answer is produced: by
 * `handle` for the request itself, or by the fault answer for its operation (the kit does not
 * pass the request to fault answers, so the oldest pending request of that operation is taken).
 *
 * A request held by a `hang` fault never gets an answer; its slot is freed after
 * SLOT_TIMEOUT_MS, by `reset()` or by `stop()`, even when its client gave up long before, as
 * production would still count it. `report()` lists the slots for
 * `GET /__simulator/in-flight`. The registry also remembers each pending request's format so
 * injected faults answer in the format the client asked for.
 */
import type { Format } from '../wire/respond.js';

/** How long an unanswered request may hold a slot (hung requests, stopped servers). */
export const SLOT_TIMEOUT_MS = 30_000;

export interface PendingRequest {
  readonly method: string;
  readonly path: string;
  readonly operation: string;
  readonly format: Format;
  readonly arrivedAtMs: number;
  /** False when the request arrived with every slot taken: it is answered with error 66. */
  readonly holdsSlot: boolean;
}

/** The business unit's concurrency as `GET /__simulator/in-flight` shows it. */
export interface ConcurrencyReport {
  readonly limit: number;
  readonly slotsInUse: number;
  readonly slotTimeoutMs: number;
  /** Every request counted and not answered yet, oldest first. */
  readonly requests: readonly {
    readonly method: string;
    readonly path: string;
    readonly operation: string;
    /** Arrival, ISO 8601. */
    readonly since: string;
    /** False: it arrived with every slot taken and will be answered 66. */
    readonly holdsSlot: boolean;
    /** When its slot is freed at the latest if it is never answered (a hung request), ISO 8601. */
    readonly releasedBy: string;
  }[];
}

export class InFlightRequests {
  readonly #pending = new Map<object, PendingRequest>();

  constructor(
    private readonly maxConcurrent: number,
    private readonly clock: () => number = () => performance.now(),
    private readonly wallClock: () => number = Date.now,
  ) {}

  /** Registers an arriving request (keyed by the request object the kit passes around). */
  arrive(
    request: { readonly method: string; readonly path: string },
    operation: string,
    format: Format,
  ): void {
    const now = this.clock();
    this.#expire(now);
    this.#pending.set(request, {
      method: request.method,
      path: request.path,
      operation,
      format,
      arrivedAtMs: now,
      holdsSlot: this.slotsInUse() < this.maxConcurrent,
    });
  }

  #expire(now: number): void {
    for (const [key, pending] of this.#pending) {
      if (now - pending.arrivedAtMs > SLOT_TIMEOUT_MS) this.#pending.delete(key);
    }
  }

  report(): ConcurrencyReport {
    const now = this.clock();
    this.#expire(now);
    // Arrivals are on the monotonic clock; shown on the wall clock, read once for the report.
    const wallNow = this.wallClock();
    const wall = (ms: number): string => new Date(wallNow - (now - ms)).toISOString();
    return {
      limit: this.maxConcurrent,
      slotsInUse: this.slotsInUse(),
      slotTimeoutMs: SLOT_TIMEOUT_MS,
      requests: [...this.#pending.values()].map((pending) => ({
        method: pending.method,
        path: pending.path,
        operation: pending.operation,
        since: wall(pending.arrivedAtMs),
        holdsSlot: pending.holdsSlot,
        releasedBy: wall(pending.arrivedAtMs + SLOT_TIMEOUT_MS),
      })),
    };
  }

  slotsInUse(): number {
    let count = 0;
    for (const pending of this.#pending.values()) if (pending.holdsSlot) count += 1;
    return count;
  }

  /** The request is being answered: forget it and free its slot. */
  settle(request: object): PendingRequest | undefined {
    const pending = this.#pending.get(request);
    this.#pending.delete(request);
    return pending;
  }

  /** A fault answer for `operation`: settles the oldest pending request of that operation. */
  settleOldest(operation: string): PendingRequest | undefined {
    for (const [key, pending] of this.#pending) {
      if (pending.operation === operation) {
        this.#pending.delete(key);
        return pending;
      }
    }
    return undefined;
  }

  clear(): void {
    this.#pending.clear();
  }
}
