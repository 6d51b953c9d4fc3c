import type { FaultRule, RequestLogEntry } from '../../core/simulator/index.js';

/**
 * A simulator in another process, driven over its control API (`/__simulator/...`): the request
 * log that upstream call counts are read from, and the faults a test injects. Control calls are
 * not logged by the simulator, so reading the log does not change it.
 */
export class SimulatorControl {
  constructor(
    /** The simulator's base URL, `http://127.0.0.1:<port>`. */
    readonly url: string,
  ) {}

  /** What the simulator received since the last clear, oldest first; only `operation` if given. */
  async requests(operation?: string): Promise<RequestLogEntry[]> {
    const query = operation === undefined ? '' : `?operation=${encodeURIComponent(operation)}`;
    const body = (await this.#call('GET', `requests${query}`)) as { requests: RequestLogEntry[] };
    return body.requests;
  }

  async clearRequests(): Promise<void> {
    await this.#call('DELETE', 'requests');
  }

  /** Replaces the fault rules; the simulator validates them and names a bad field. */
  async setFaults(faults: readonly FaultRule[]): Promise<void> {
    await this.#call('PUT', 'faults', { faults });
  }

  async clearFaults(): Promise<void> {
    await this.#call('DELETE', 'faults');
  }

  /** Fresh seeded data, no faults, an empty log. */
  async reset(): Promise<void> {
    await this.#call('POST', 'reset');
  }

  async #call(method: string, resource: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${this.url}/__simulator/${resource}`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) {
      throw new Error(`${method} ${this.url}/__simulator/${resource}: ${response.status} ${text}`);
    }
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  }
}
