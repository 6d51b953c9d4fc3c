/**
 * A response body decoded at most once per attempt. describeResponse reads a body to find an error
 * hidden in it (LeadSquared's throttling under HTTP 200, Account Engagement's `stat="fail"`) and
 * the request's parse reads it again for its records. Decoding every page twice cost Account
 * Engagement's listing about a third of its CPU (its XML) and LeadSquared's a few percent (JSON;
 * docs/performance.md, "Second sitting"). A failed decode is remembered too, so every reader sees
 * the same error.
 */
export class DecodedBody<D> {
  #state: { done: false } | { done: true; value: D } | { done: true; error: unknown } = {
    done: false,
  };

  constructor(
    readonly text: string,
    private readonly decode: (text: string) => D,
  ) {}

  value(): D {
    if (!this.#state.done) {
      try {
        this.#state = { done: true, value: this.decode(this.text) };
      } catch (error) {
        this.#state = { done: true, error };
      }
    }
    if ('error' in this.#state) throw this.#state.error;
    return this.#state.value;
  }
}

/** The JSON sources' decoding: the body's JSON value. */
export const decodeJson = (text: string): unknown => JSON.parse(text);
