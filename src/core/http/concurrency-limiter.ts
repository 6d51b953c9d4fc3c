import { QuotaWaitExceedsDeadline } from './sliding-window-limiter.js';

/**
 * At most `limit` calls in flight (Account Engagement refuses a sixth concurrent request with
 * error 66). Callers queue first come, first served; one whose deadline passes while queued is
 * refused. `acquire` resolves with the function that frees the slot.
 */
export class ConcurrencyLimiter {
  #active = 0;
  readonly #queue: {
    deadline: number;
    resolve(release: () => void): void;
    reject(error: Error): void;
    timer: NodeJS.Timeout;
  }[] = [];

  constructor(private readonly limit: number) {}

  get inFlight(): number {
    return this.#active;
  }

  acquire(deadline: number): Promise<() => void> {
    if (this.#active < this.limit) {
      this.#active += 1;
      return Promise.resolve(this.#releaser());
    }
    return new Promise((resolve, reject) => {
      const waiter = {
        deadline,
        resolve,
        reject,
        timer: setTimeout(
          () => {
            const index = this.#queue.indexOf(waiter);
            if (index !== -1) this.#queue.splice(index, 1);
            reject(new QuotaWaitExceedsDeadline(0));
          },
          Math.max(0, deadline - Date.now()),
        ),
      };
      this.#queue.push(waiter);
    });
  }

  close(): void {
    for (const waiter of this.#queue.splice(0)) {
      clearTimeout(waiter.timer);
      waiter.reject(new QuotaWaitExceedsDeadline(0));
    }
  }

  #releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#queue.shift();
      if (next) {
        clearTimeout(next.timer);
        next.resolve(this.#releaser());
      } else {
        this.#active -= 1;
      }
    };
  }
}
