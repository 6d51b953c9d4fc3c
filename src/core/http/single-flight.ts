import {
  atDeadline,
  deadlineError,
  LatestDeadline,
  type LiveDeadline,
  type SharedCallSource,
} from './caller-deadline.js';

interface Flight<T> {
  readonly settled: Promise<T>;
  readonly deadline: LatestDeadline;
  /** Callers it served: the starter and everyone who joined. */
  callers: number;
}

/**
 * Identical upstream reads in flight at the same moment share one call: the first caller of a key
 * starts it, callers of the same key arriving before it settles join it, and all of them get the
 * same value or the same error. Once it settles the key is free again: this shares calls, it does
 * not cache their results.
 *
 * What is not shared is the waiting. Each caller keeps its own deadline and alone gives up when
 * it passes, with the HTTP layer's deadline error, while the call goes on for the others. So the
 * call must not belong to the request that started it: `start` gets the flight's deadline (the
 * latest of everyone waiting, read live, see LatestDeadline), and should build its CallContext
 * from that and from process-wide things, not from the starter's request (its deadline, its
 * cancellation, its per-request counters), or the starter's timeout would fail every joiner.
 * The value is handed to every caller as is: callers must treat it as read-only.
 */
export class SingleFlight<T> {
  readonly #flights = new Map<string, Flight<T>>();

  /** `settled` hears, once per call, how many callers it served (for metrics). */
  constructor(
    private readonly options: SharedCallSource,
    private readonly settled?: (callers: number) => void,
  ) {}

  /** Keys with a call in flight (for tests and metrics). */
  get inFlight(): number {
    return this.#flights.size;
  }

  run(key: string, deadline: number, start: (call: LiveDeadline) => Promise<T>): Promise<T> {
    // As the retry loop does: no time left means no call, not a call doomed to time out.
    if (deadline - Date.now() <= 0) return Promise.reject(deadlineError(this.options));
    let flight = this.#flights.get(key);
    if (flight) {
      flight.deadline.extend(deadline);
      flight.callers += 1;
    } else flight = this.#start(key, deadline, start);
    return this.#waitUntil(flight.settled, deadline);
  }

  #start(key: string, deadline: number, start: (call: LiveDeadline) => Promise<T>): Flight<T> {
    const shared = new LatestDeadline(deadline);
    // `new Promise` turns a synchronous throw of `start` into a rejection every joiner sees.
    const settled = new Promise<T>((resolve) => resolve(start(shared))).finally(() => {
      // Freed before any caller hears the result, so a caller that reacts by asking again
      // starts a fresh call instead of joining the one that just ended.
      if (this.#flights.get(key) === flight) this.#flights.delete(key);
      this.settled?.(flight.callers);
    });
    const flight: Flight<T> = { settled, deadline: shared, callers: 1 };
    this.#flights.set(key, flight);
    return flight;
  }

  /** The shared result, or this caller's own deadline error if that comes first. */
  #waitUntil(settled: Promise<T>, deadline: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const cancel = atDeadline(deadline, () => reject(deadlineError(this.options)));
      settled.then(
        (value) => {
          cancel();
          resolve(value);
        },
        (error: unknown) => {
          cancel();
          reject(error);
        },
      );
    });
  }
}
