import type { UpstreamError, UpstreamSource } from '../errors/index.js';
import { deadlineFailure, toUpstreamError } from './upstream-failure.js';

/** The source a shared call goes to, named in the error a caller gets when its deadline passes. */
export interface SharedCallSource {
  source: UpstreamSource;
  /** Name used in client-facing messages, e.g. "LeadSquared". */
  displayName: string;
}

/**
 * What a caller that stops waiting for a shared call hears: the same UPSTREAM_TIMEOUT the retry
 * loop gives when a request has no time left, so a client cannot tell whether its own call or a
 * shared one ran out of time. The message is built from fixed text only, so no secret can be in it.
 */
export function deadlineError({ source, displayName }: SharedCallSource): UpstreamError {
  return toUpstreamError(source, displayName, deadlineFailure(), []);
}

/** The deadline a shared call runs under, read afresh at each attempt by the retry loop. */
export interface LiveDeadline {
  readonly deadline: number;
}

/**
 * The latest deadline of everyone who waits for one shared call. It only grows: a call started by
 * a request with little time left must go on for a caller that joined later with more, and
 * shrinking it when a caller leaves could end a call another caller still waits for.
 */
export class LatestDeadline implements LiveDeadline {
  #deadline: number;

  constructor(deadline: number) {
    this.#deadline = deadline;
  }

  get deadline(): number {
    return this.#deadline;
  }

  extend(deadline: number): void {
    if (deadline > this.#deadline) this.#deadline = deadline;
  }
}

/** Calls `expire` when `deadline` passes; the returned function cancels that. */
export function atDeadline(deadline: number, expire: () => void): () => void {
  const timer = setTimeout(expire, Math.max(0, deadline - Date.now()));
  return () => clearTimeout(timer);
}
