/** What a caller waits on: a quota window or concurrency slots (QuotaLimiter, SlotLimiter). */
export interface Turns {
  acquire(deadline: number): Promise<() => void>;
  close(): void;
}

interface Entry {
  readonly limiter: Turns;
  /** Turns asked for or granted and not yet ended. */
  active: number;
  /** When the last turn ended (or the entry was made). */
  lastUsed: number;
  /** Idle this long, nothing of the entry is left in its window: it can go. */
  readonly idleMs: number;
}

/** How often idle entries are looked for; between looks they only cost a little memory. */
const SWEEP_EVERY_MS = 10_000;

/**
 * Every caller's limiters, one per caller and limit, built on first use and dropped once idle for
 * longer than their window: by then none of their calls is left in it, so a limiter built again
 * starts where the old one stood (on Redis the window lives on anyway), and callers that went away
 * cost nothing. A limiter with a turn waiting or in flight is never dropped.
 */
export class CallerLimiters {
  readonly #entries = new Map<string, Entry>();
  #sweptAt: number;

  constructor(private readonly now: () => number = Date.now) {
    this.#sweptAt = now();
  }

  /** Entries alive (for tests). */
  get size(): number {
    return this.#entries.size;
  }

  /**
   * A turn of the limiter named `key` (built by `build` when there is none), resolved with the
   * function that ends it; rejects as the limiter does.
   */
  async acquire(
    key: string,
    idleMs: number,
    build: () => Turns,
    deadline: number,
  ): Promise<() => void> {
    this.#sweep();
    let entry = this.#entries.get(key);
    if (!entry) {
      entry = { limiter: build(), active: 0, lastUsed: this.now(), idleMs };
      this.#entries.set(key, entry);
    }
    const used = entry;
    used.active += 1;
    let end: () => void;
    try {
      end = await used.limiter.acquire(deadline);
    } catch (error) {
      this.#ended(used);
      throw error;
    }
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      end();
      this.#ended(used);
    };
  }

  close(): void {
    for (const entry of this.#entries.values()) entry.limiter.close();
    this.#entries.clear();
  }

  #ended(entry: Entry): void {
    entry.active -= 1;
    entry.lastUsed = this.now();
  }

  #sweep(): void {
    const now = this.now();
    if (now - this.#sweptAt < SWEEP_EVERY_MS) return;
    this.#sweptAt = now;
    for (const [key, entry] of this.#entries) {
      if (entry.active === 0 && now - entry.lastUsed > entry.idleMs) {
        entry.limiter.close();
        this.#entries.delete(key);
      }
    }
  }
}
