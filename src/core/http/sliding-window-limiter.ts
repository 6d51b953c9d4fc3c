/**
 * Keeps calls under "at most N per window" as the upstream counts them, by queueing instead of
 * provoking rejections. Callers are served first come, first served. A caller whose turn would come
 * after its deadline is refused at once: waiting would only turn a quick error into a slow one.
 */
export class QuotaWaitExceedsDeadline extends Error {
  constructor(readonly waitMs: number) {
    super('quota wait exceeds the deadline');
  }
}

interface Waiter {
  deadline: number;
  resolve(reached: () => void): void;
  reject(error: Error): void;
}

export interface SlidingWindowOptions {
  calls: number;
  windowMs: number;
  /**
   * Extra spacing per window: our clock starts when we send, the upstream's when it receives, so
   * without a margin a call can land inside the upstream's previous window.
   */
  marginMs?: number;
  now?: () => number;
}

export class SlidingWindowLimiter {
  readonly #granted: number[] = [];
  readonly #queue: Waiter[] = [];
  readonly #windowMs: number;
  readonly #now: () => number;
  #blockedUntil = 0;
  #timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: SlidingWindowOptions) {
    this.#windowMs = options.windowMs + (options.marginMs ?? 0);
    this.#now = options.now ?? Date.now;
  }

  /**
   * Resolves when a call may be sent; rejects with QuotaWaitExceedsDeadline when too late. The
   * resolved function may be called once the call has certainly reached the upstream (its answer
   * arrived): the call's place in the window moves from the grant to that moment. The upstream
   * counts from receipt, which can come well after the grant (a client that serializes and signs
   * many calls at once took 70-160 ms from grant to wire in tests, beyond any small margin), so
   * without it the next window opens early and provokes the throttling it should prevent.
   */
  acquire(deadline: number): Promise<() => void> {
    const wait = this.#estimatedGrant(this.#queue.length) - this.#now();
    // `>=`: a turn that comes exactly at the deadline is already too late (#pump refuses a waiter
    // whose deadline <= now), so queueing it would only turn a quick refusal into a slow one.
    if (this.#now() + wait >= deadline) return Promise.reject(new QuotaWaitExceedsDeadline(wait));
    return new Promise((resolve, reject) => {
      this.#queue.push({ deadline, resolve, reject });
      this.#pump();
    });
  }

  /** The upstream said we are over quota anyway: nobody sends until a full window has passed. */
  backOff(retryAfterMs?: number): void {
    this.#blockedUntil = Math.max(
      this.#blockedUntil,
      this.#now() + (retryAfterMs ?? this.#windowMs),
    );
    this.#pump();
  }

  /**
   * Counts a call granted elsewhere (a shared window this limiter stands in for when that one is
   * unreachable): taking over, it then knows what this process sent in the last window instead of
   * starting empty and adding a full share on top.
   */
  noteGranted(): void {
    const now = this.#now();
    this.#prune(now);
    this.#granted.push(now);
  }

  /** Rejects every waiter; used at shutdown. */
  close(): void {
    clearTimeout(this.#timer);
    for (const waiter of this.#queue.splice(0)) waiter.reject(new QuotaWaitExceedsDeadline(0));
  }

  #prune(now: number): void {
    while (this.#granted.length > 0 && this.#granted[0]! <= now - this.#windowMs)
      this.#granted.shift();
  }

  /**
   * When the waiter at queue position `position` would be let through: slot j (counting granted
   * calls first) opens one window after slot j - calls was used.
   */
  #estimatedGrant(position: number): number {
    const now = this.#now();
    this.#prune(now);
    const { calls } = this.options;
    const slots: number[] = [...this.#granted];
    for (let j = slots.length; j <= this.#granted.length + position; j += 1) {
      const earliest = j < calls ? now : slots[j - calls]! + this.#windowMs;
      slots.push(Math.max(earliest, this.#blockedUntil, now));
    }
    return slots[this.#granted.length + position]!;
  }

  #pump(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const now = this.#now();
    this.#prune(now);
    while (this.#queue.length > 0) {
      const openAt = Math.max(
        this.#blockedUntil,
        // More than `calls` can be recorded (noteGranted): the window opens when enough have left.
        this.#granted.length < this.options.calls
          ? now
          : this.#granted[this.#granted.length - this.options.calls]! + this.#windowMs,
      );
      // Nobody gets through before openAt. A waiter whose deadline comes first is refused now, not
      // at openAt: a backOff() can push openAt far past deadlines that fitted when they queued.
      for (let i = this.#queue.length - 1; i >= 0; i -= 1) {
        const waiter = this.#queue[i]!;
        if (waiter.deadline <= openAt) {
          this.#queue.splice(i, 1);
          waiter.reject(new QuotaWaitExceedsDeadline(openAt - now));
        }
      }
      if (this.#queue.length === 0) return;
      if (openAt > now) {
        this.#timer = setTimeout(() => this.#pump(), openAt - now);
        return;
      }
      this.#granted.push(now);
      this.#queue.shift()!.resolve(this.#reachedOnce(now));
    }
  }

  /** Moves one call granted at `grantedAt` to the moment this is called (once). */
  #reachedOnce(grantedAt: number): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const now = this.#now();
      if (now <= grantedAt) return;
      const index = this.#granted.indexOf(grantedAt);
      // Already pruned (the call took a whole window): it still counts from now.
      if (index !== -1) this.#granted.splice(index, 1);
      let at = this.#granted.length;
      while (at > 0 && this.#granted[at - 1]! > now) at -= 1;
      this.#granted.splice(at, 0, now);
      // A timer set for the old window edge fires early; #pump then waits for the new one.
    };
  }
}
