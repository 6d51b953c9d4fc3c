import type { BulkCoalescerOptions, CoalescedCall, SlotEnded } from './bulk-coalescer-options.js';
import { atDeadline, deadlineError, LatestDeadline } from './caller-deadline.js';
import { nextBatch } from './batch-selection.js';
import type { Caller, Entry } from './coalescer-waiting.js';

export type { BulkCoalescerOptions, CoalescedCall, SlotEnded } from './bulk-coalescer-options.js';

/**
 * Bulk-by-id reads from many requests merge while they wait for quota. Callers' keys queue up;
 * each time a slot is granted, one call leaves with as many queued keys as the batch limit allows,
 * each key once whoever asked for it, and the next slot is asked for at once if keys are left.
 * A caller asking for a key already in flight joins that call. So 60 requests that queue behind a
 * spent quota leave in as few calls as their distinct keys need, instead of one call each.
 *
 * Each caller gets exactly its own keys (a key the upstream did not return is absent from its
 * map), and a failed call rejects exactly the callers with a key in it. As with SingleFlight,
 * each caller keeps its own deadline, and a call runs until the latest deadline of those waiting
 * for it, so it does not fail the others when the request that filled it times out.
 */
export class BulkCoalescer<K, V, O = never> {
  /** Keys waiting for a slot, first come first sent (a Map keeps insertion order). */
  #queued = new Map<string, Entry<K, V, O>>();
  /**
   * The entries of each call in flight, by id. One map per call, so that a call carrying the
   * whole queue (the usual case) takes the queue's map as it is and frees it in one step, rather
   * than moving 2,000 entries from map to map and deleting them again.
   */
  readonly #inFlight = new Set<ReadonlyMap<string, Entry<K, V, O>>>();
  #acquiring = false;

  constructor(private readonly options: BulkCoalescerOptions<K, V, O>) {
    const { maxKeysPerCall } = options;
    if (!Number.isInteger(maxKeysPerCall) || maxKeysPerCall < 1)
      throw new RangeError(`maxKeysPerCall must be a positive integer, got ${maxKeysPerCall}`);
  }

  /** Distinct keys waiting for a slot (for tests and metrics). */
  get queued(): number {
    return this.#queued.size;
  }

  /** The values found for `keys`, keyed by the caller's own key values. */
  load(keys: readonly K[], deadline: number, observer?: O): Promise<Map<K, V>> {
    if (deadline - Date.now() <= 0) return Promise.reject(deadlineError(this.options));
    // All identities first: a keyOf that throws rejects this caller before anything is queued.
    const byId = new Map<string, K>();
    try {
      for (const key of keys) {
        const id = this.options.keyOf(key);
        if (!byId.has(id)) byId.set(id, key);
      }
    } catch (error) {
      return Promise.reject(error as Error);
    }
    return this.loadById(byId, deadline, observer).then((found) => {
      const answer = new Map<K, V>();
      for (const [id, value] of found) answer.set(byId.get(id)!, value);
      return answer;
    });
  }

  /**
   * As `load`, for a caller that already holds its distinct keys by identity (`keyOf` is not
   * called); the answer is keyed by identity. `keys` must not change until it settles.
   */
  loadById(keys: ReadonlyMap<string, K>, deadline: number, observer?: O): Promise<Map<string, V>> {
    // As the retry loop does: no time left means no call, not a call doomed to time out.
    if (deadline - Date.now() <= 0) return Promise.reject(deadlineError(this.options));
    return new Promise((resolve, reject) => {
      const caller: Caller<K, V, O> = {
        deadline,
        observer,
        keys,
        found: new Map(),
        entries: [],
        pending: keys.size,
        done: false,
        cancelTimer: () => undefined,
        resolve,
        reject,
      };
      if (keys.size === 0) {
        resolve(caller.found);
        return;
      }
      keys.forEach((key, id) => this.#attach(caller, id, key));
      caller.cancelTimer = atDeadline(deadline, () =>
        this.#fail(caller, deadlineError(this.options)),
      );
      this.#pump();
    });
  }

  #attach(caller: Caller<K, V, O>, id: string, key: K): void {
    let entry: Entry<K, V, O> | undefined;
    for (const call of this.#inFlight) if ((entry = call.get(id))) break;
    entry ??= this.#queued.get(id);
    if (!entry) {
      entry = { id, key, waiters: [] };
      this.#queued.set(id, entry);
    }
    entry.waiters.push(caller);
    caller.entries.push(entry);
    entry.call?.extend(caller.deadline);
  }

  /** Asks for a slot unless one is already asked for; a granted slot sends the next batch. */
  #pump(): void {
    if (this.#acquiring || this.#queued.size === 0) return;
    // The latest deadline of those queued now: the slot is for whoever is still queued when it
    // comes, and each caller's own timer refuses it at its own deadline. A caller arriving later
    // cannot extend a wait already asked for; if that wait is refused, it asks again.
    const deadline = this.#latestQueuedDeadline();
    this.#acquiring = true;
    const askedAt = Date.now();
    new Promise<SlotEnded | void>((resolve) => resolve(this.options.acquire(deadline))).then(
      (ended) => {
        this.#acquiring = false;
        this.#send(ended ?? undefined, Date.now() - askedAt);
        this.#pump();
      },
      (error: unknown) => {
        this.#acquiring = false;
        // No slot before `deadline`, so none for a caller with an earlier one; callers who came
        // meanwhile with later deadlines stay and ask again.
        const refused = new Set<Caller<K, V, O>>();
        for (const entry of this.#queued.values())
          for (const caller of entry.waiters) if (caller.deadline <= deadline) refused.add(caller);
        for (const caller of refused) this.#fail(caller, error);
        this.#pump();
      },
    );
  }

  #send(ended: SlotEnded | undefined, waitedMs: number): void {
    let slotOpen = true;
    const slotEnded = () => {
      if (!slotOpen) return;
      slotOpen = false;
      ended?.();
    };
    const batch = nextBatch(this.#queued.values(), this.options);
    // Everyone gave up while the slot was coming: nothing to send, the slot is handed back.
    if (batch.length === 0) return slotEnded();
    const latest = new LatestDeadline(0);
    const observers = new Set<O>();
    let sent: Map<string, Entry<K, V, O>>;
    if (batch.length === this.#queued.size) {
      sent = this.#queued;
      this.#queued = new Map();
    } else {
      sent = new Map();
      for (const entry of batch) {
        this.#queued.delete(entry.id);
        sent.set(entry.id, entry);
      }
    }
    this.#inFlight.add(sent);
    for (const entry of batch) {
      for (const caller of entry.waiters) {
        latest.extend(caller.deadline);
        if (caller.observer !== undefined) observers.add(caller.observer);
      }
      entry.call = latest;
    }
    const call: CoalescedCall<O> = {
      get deadline() {
        return latest.deadline;
      },
      slotEnded,
      observers: [...observers],
      source: this.options.source,
      waitedMs,
    };
    const keys = batch.map((entry) => entry.key);
    new Promise<ReadonlyMap<string, V>>((resolve) => resolve(this.options.fetch(keys, call))).then(
      (found) => {
        slotEnded();
        // Frees every key of the call first, so a caller asking again gets a fresh call.
        this.#inFlight.delete(sent);
        // Answering changes no entry's waiters, so they are walked as they are.
        for (const entry of batch)
          for (const caller of entry.waiters) this.#answer(caller, entry, found);
      },
      (error: unknown) => {
        slotEnded();
        this.#inFlight.delete(sent);
        // Failing a caller takes it off its entries' waiters: walk copies.
        for (const entry of batch)
          for (const caller of [...entry.waiters]) this.#fail(caller, error);
      },
    );
  }

  #answer(caller: Caller<K, V, O>, entry: Entry<K, V, O>, found: ReadonlyMap<string, V>): void {
    if (caller.done) return;
    caller.pending -= 1;
    const value = found.get(entry.id);
    if (value !== undefined || found.has(entry.id)) caller.found.set(entry.id, value as V);
    if (caller.pending > 0) return;
    caller.done = true;
    caller.cancelTimer();
    caller.resolve(caller.found);
  }

  /** Rejects one caller and withdraws its queued keys that nobody else still wants. */
  #fail(caller: Caller<K, V, O>, error: unknown): void {
    if (caller.done) return;
    caller.done = true;
    caller.cancelTimer();
    // Entries that answered it are finished (neither queued nor in flight): leaving them is moot.
    for (const entry of caller.entries) {
      const at = entry.waiters.indexOf(caller);
      if (at < 0) continue;
      entry.waiters.splice(at, 1);
      if (entry.waiters.length === 0 && !entry.call) this.#queued.delete(entry.id);
    }
    caller.reject(error);
  }

  #latestQueuedDeadline(): number {
    let latest = 0;
    for (const entry of this.#queued.values())
      for (const caller of entry.waiters) latest = Math.max(latest, caller.deadline);
    return latest;
  }
}
