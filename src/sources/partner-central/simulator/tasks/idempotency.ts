/**
 * `ClientToken` replay for the Start* operations
 * (docs/upstreams/partner-central.md#idempotency-tokens: the SDK fills a UUID when the caller omits
 * it, and the same request with the same ClientToken returns the same response without creating a
 * second task). Tokens are scoped per catalog and operation. The same token with a different input
 * is a ConflictException (simulator choice; the model lists ConflictException on both operations).
 * Only successful starts are remembered, so a request that failed may be retried with its token.
 * Replays return the original response as it was, e.g. still IN_PROGRESS: the List/Get operations
 * report the current state.
 */
import { canonicalJson } from '../canonical-json.js';
import { conflict } from '../errors.js';

interface Remembered {
  readonly input: string;
  readonly response: object;
}

export class IdempotencyStore {
  readonly #entries = new Map<string, Remembered>();

  /** The remembered response for a replay, undefined for a new token; throws on a changed input. */
  replay(scope: string, clientToken: string, input: Record<string, unknown>): object | undefined {
    const remembered = this.#entries.get(`${scope}\n${clientToken}`);
    if (remembered === undefined) return undefined;
    if (remembered.input !== fingerprint(input)) {
      throw conflict(
        `ClientToken ${JSON.stringify(clientToken)} was already used with a different request`,
      );
    }
    return remembered.response;
  }

  remember(
    scope: string,
    clientToken: string,
    input: Record<string, unknown>,
    response: object,
  ): void {
    this.#entries.set(`${scope}\n${clientToken}`, { input: fingerprint(input), response });
  }

  clear(): void {
    this.#entries.clear();
  }
}

function fingerprint(input: Record<string, unknown>): string {
  const { ClientToken: _token, ...rest } = input;
  return canonicalJson(rest);
}
