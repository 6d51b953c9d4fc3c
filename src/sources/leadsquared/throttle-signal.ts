import type { UpstreamFailure } from '../../core/http/index.js';

export interface ThrottleSignal {
  /** The HTTP status LeadSquared throttled with: 429, 403, or 200 with an error body. */
  upstreamStatus: number;
  /** Its ExceptionType (MXAPIRateLimitExceededException), when the body named one. */
  upstreamCode?: string | undefined;
}

/** Exception names are identifiers; anything else in that slot is not repeated to a client. */
const EXCEPTION_NAME = /^[A-Za-z][A-Za-z0-9_.]{0,99}$/;

/**
 * The last throttle LeadSquared itself signalled, for as long as the client backs off because of
 * it. A call refused by the local quota during that back-off was refused because of the upstream,
 * so its UPSTREAM_THROTTLED error carries what the upstream said, as a retried call's would.
 */
export class ThrottleSignalMemory {
  #signal: ThrottleSignal | undefined;
  #untilMs = 0;

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Reads every described answer; remembers the status and code of throttles. */
  observe(failure: UpstreamFailure | null): void {
    if (failure?.code !== 'UPSTREAM_THROTTLED' || failure.status === undefined) return;
    const code = failure.upstreamCode;
    this.#signal = {
      upstreamStatus: failure.status,
      upstreamCode: code !== undefined && EXCEPTION_NAME.test(code) ? code : undefined,
    };
  }

  /** The client backs off for this long (the upstream's Retry-After, else a whole window). */
  backingOff(retryAfterMs: number | undefined): void {
    this.#untilMs = Math.max(this.#untilMs, this.now() + (retryAfterMs ?? this.windowMs));
  }

  /** The signal behind the current back-off, if one is still running. */
  current(): ThrottleSignal | undefined {
    return this.#signal !== undefined && this.now() < this.#untilMs ? this.#signal : undefined;
  }
}
