import { setTimeout as delay } from 'node:timers/promises';
import { QuotaWaitExceedsDeadline } from '../http/sliding-window-limiter.js';
import type { SharedStateHealth } from './health.js';

/** What callers wait for: a turn, resolved with the function to call when it is over. */
export interface Turns {
  acquire(deadline: number): Promise<() => void>;
  close(): void;
}

/** One try at the shared store for the head of the queue. */
export type TurnAnswer =
  | { readonly granted: () => void }
  /**
   * None now; ask again in `retryInMs`. `certain`: no turn can come sooner (a quota window says
   * when it opens), so callers whose deadline comes first are refused now instead of then.
   */
  | { readonly retryInMs: number; readonly certain: boolean };

interface Waiter {
  readonly deadline: number;
  resolve(done: () => void): void;
  reject(error: Error): void;
}

/**
 * The waiting around a shared store that only answers "yes" or "not now" (a Redis quota window,
 * Redis slot leases): this replica's callers queue first come, first served, and only the head
 * asks the store, again when the answer says it is worth it, with a little jitter so the heads of
 * several replicas do not ask at the very same instant. A caller whose deadline passes is refused
 * with QuotaWaitExceedsDeadline. While the store is unreachable (SharedStateHealth), callers go to
 * `local`, this process's share, and come back to the store once it answers again.
 */
export abstract class TurnQueue implements Turns {
  readonly #queue: Waiter[] = [];
  #pumping = false;
  #closed = false;

  constructor(
    protected readonly health: SharedStateHealth,
    protected readonly local: Turns,
  ) {}

  /** Asks the store for one turn; throws what the store throws. */
  protected abstract tryTurn(): Promise<TurnAnswer>;

  acquire(deadline: number): Promise<() => void> {
    if (this.#closed) return Promise.reject(new QuotaWaitExceedsDeadline(0));
    if (!this.health.usable) return this.local.acquire(deadline);
    return new Promise((resolve, reject) => {
      this.#queue.push({ deadline, resolve, reject });
      void this.#pump();
    });
  }

  close(): void {
    this.#closed = true;
    for (const waiter of this.#queue.splice(0)) waiter.reject(new QuotaWaitExceedsDeadline(0));
    this.local.close();
  }

  async #pump(): Promise<void> {
    if (this.#pumping) return;
    this.#pumping = true;
    try {
      while (this.#queue.length > 0 && !this.#closed) {
        this.#refuseUntil(Date.now(), 0);
        const head = this.#queue[0];
        if (!head) break;
        if (!this.health.usable) {
          // The store went away while these waited: they queue on the local share instead.
          for (const waiter of this.#queue.splice(0))
            this.local.acquire(waiter.deadline).then(waiter.resolve, waiter.reject);
          break;
        }
        let answer: TurnAnswer;
        try {
          answer = await this.tryTurn();
          this.health.succeeded();
        } catch (error) {
          // One slow answer is asked again; an outage sends everyone to `local` above.
          this.health.failed(error);
          continue;
        }
        if ('granted' in answer) {
          this.#queue.shift();
          head.resolve(answer.granted);
          continue;
        }
        if (answer.certain) this.#refuseUntil(Date.now() + answer.retryInMs, answer.retryInMs);
        if (this.#queue.length === 0) break;
        // Unref'd: a queue still waiting at shutdown must not keep the process alive.
        await delay(answer.retryInMs + Math.floor(Math.random() * 5), undefined, { ref: false });
      }
    } finally {
      this.#pumping = false;
    }
  }

  /** Refuses every waiter whose deadline comes by `at`: no turn can reach it in time. */
  #refuseUntil(at: number, waitMs: number): void {
    for (let i = this.#queue.length - 1; i >= 0; i -= 1) {
      const waiter = this.#queue[i]!;
      if (waiter.deadline <= at) {
        this.#queue.splice(i, 1);
        waiter.reject(new QuotaWaitExceedsDeadline(waitMs));
      }
    }
  }
}
