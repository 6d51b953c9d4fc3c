/**
 * What a simulator received, for tests that assert on upstream traffic ("one call for 2,000 ids").
 * Credentials never enter it: headers are not stored at all and redacted query parameters are
 * replaced by "[redacted]" before the entry is created.
 */
export const REDACTED = '[redacted]';

/** Bodies above this many characters are stored truncated, as a raw string. */
export const MAX_LOGGED_BODY_CHARS = 1_048_576;

export interface RequestLogEntry {
  /** 1-based arrival order, never reused until the log is cleared. */
  readonly seq: number;
  readonly receivedAt: string;
  readonly receivedAtMs: number;
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string | string[]>;
  readonly operation: string;
  /**
   * The status sent. 0 while the request is unanswered: a request held by a `hang` fault keeps 0
   * for good, and so does one whose client went away before the answer.
   */
  status: number;
  /** Time from arrival to the answer; null while unanswered. */
  durationMs: number | null;
  /** Injected fault applied to this request, e.g. "latency 200ms, status 503"; null when none. */
  fault: string | null;
  /** The body as parsed JSON when it is JSON, else the raw text; undefined when empty. */
  readonly body: unknown;
  readonly bodyTruncated: boolean;
}

export interface NewRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly operation: string;
  readonly rawBody: string;
}

function redactedQuery(
  query: URLSearchParams,
  redact: ReadonlySet<string>,
): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [name, rawValue] of query) {
    const value = redact.has(name.toLowerCase()) ? REDACTED : rawValue;
    const existing = result[name];
    if (existing === undefined) result[name] = value;
    else result[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return result;
}

function loggedBody(rawBody: string): { body: unknown; bodyTruncated: boolean } {
  if (rawBody === '') return { body: undefined, bodyTruncated: false };
  if (rawBody.length > MAX_LOGGED_BODY_CHARS) {
    return { body: rawBody.slice(0, MAX_LOGGED_BODY_CHARS), bodyTruncated: true };
  }
  try {
    return { body: JSON.parse(rawBody) as unknown, bodyTruncated: false };
  } catch {
    return { body: rawBody, bodyTruncated: false };
  }
}

export class RequestLog {
  #entries: RequestLogEntry[] = [];
  #seq = 0;
  readonly #redact: ReadonlySet<string>;

  /** `maxEntries` bounds memory in long demo runs: the oldest entries are dropped first. */
  constructor(
    redactQueryParams: readonly string[],
    private readonly maxEntries = 10_000,
  ) {
    this.#redact = new Set(redactQueryParams.map((name) => name.toLowerCase()));
  }

  /** Records an arrival (status 0) and returns the live entry so the server can fill in the answer. */
  add(request: NewRequest, receivedAtMs: number): RequestLogEntry {
    this.#seq += 1;
    const entry: RequestLogEntry = {
      seq: this.#seq,
      receivedAt: new Date(receivedAtMs).toISOString(),
      receivedAtMs,
      method: request.method,
      path: request.path,
      query: redactedQuery(request.query, this.#redact),
      operation: request.operation,
      status: 0,
      durationMs: null,
      fault: null,
      ...loggedBody(request.rawBody),
    };
    this.#entries.push(entry);
    if (this.#entries.length > this.maxEntries) this.#entries.shift();
    return entry;
  }

  /** Copies, so callers cannot change the log; optionally only one operation's entries. */
  list(operation?: string): RequestLogEntry[] {
    const entries =
      operation === undefined
        ? this.#entries
        : this.#entries.filter((entry) => entry.operation === operation);
    return structuredClone(entries);
  }

  clear(): void {
    this.#entries = [];
    this.#seq = 0;
  }
}
