import { Writable } from 'node:stream';

/**
 * A replica's log destination that counts its "graphql request" lines (one per request, with the
 * upstream calls that request made: src/server/logging.plugin.ts) and keeps nothing else, so a
 * long run holds no log text.
 *
 * A request whose line counts no upstream call was answered from the cache, or by an identical
 * call another request had in flight (a read shared that way is counted by the request that
 * made it); calls merged across requests are counted by every request they served.
 */
export class RequestTally extends Writable {
  #pending = '';
  #requests = 0;
  #withoutCall = 0;

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    const lines = (this.#pending + chunk.toString()).split('\n');
    this.#pending = lines.pop() ?? '';
    for (const line of lines) this.#count(line);
    done();
  }

  #count(line: string): void {
    if (!line.includes('"graphql request"')) return;
    try {
      const entry = JSON.parse(line) as { msg?: string; upstreamCalls?: number };
      if (entry.msg !== 'graphql request') return;
      this.#requests += 1;
      if (entry.upstreamCalls === 0) this.#withoutCall += 1;
    } catch {
      // Not a JSON line: nothing to count.
    }
  }

  /** Requests logged so far, and how many of them made no upstream call of their own. */
  counts(): { requests: number; withoutCall: number } {
    return { requests: this.#requests, withoutCall: this.#withoutCall };
  }

  reset(): void {
    this.#requests = 0;
    this.#withoutCall = 0;
  }
}
