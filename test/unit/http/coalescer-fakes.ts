import { jest } from '@jest/globals';
import type { CoalescedCall, SlotEnded } from '../../../src/core/http/bulk-coalescer.js';

/** A bulk-by-id upstream that records every call; it answers at once unless told to hold. */
export class FakeBulkUpstream {
  readonly calls: { keys: string[]; call: CoalescedCall; answer(): void; fail(e: Error): void }[] =
    [];

  constructor(
    private readonly behaviour: {
      /** Ids the upstream has; the others are simply not in its answer. */
      has?: (id: string) => boolean;
      /** The error this call ends with, if any. */
      failure?: (keys: readonly string[]) => Error | undefined;
      /** Calls wait for answer()/fail() from the test. */
      hold?: boolean;
    } = {},
  ) {}

  readonly fetch = (keys: readonly string[], call: CoalescedCall) =>
    new Promise<Map<string, string>>((resolve, reject) => {
      const { has = () => true, failure = () => undefined, hold = false } = this.behaviour;
      const answer = () => resolve(new Map(keys.filter(has).map((id) => [id, `record ${id}`])));
      const fail = (error: Error) => reject(error);
      this.calls.push({ keys: [...keys], call, answer, fail });
      if (hold) return;
      const error = failure(keys);
      if (error) fail(error);
      else answer();
    });

  /** Every key sent, over all calls. */
  get sent(): string[] {
    return this.calls.flatMap(({ keys }) => keys);
  }
}

/** Quota slots the test hands out one at a time; records the deadlines asked for. */
export class FakeSlots {
  readonly asked: number[] = [];
  /** Slot numbers whose end was reported, in order. */
  readonly ended: number[] = [];
  readonly #waiting: { resolve(ended: SlotEnded): void; reject(error: Error): void }[] = [];
  #granted = 0;

  readonly acquire = (deadline: number): Promise<SlotEnded> => {
    this.asked.push(deadline);
    return new Promise((resolve, reject) => this.#waiting.push({ resolve, reject }));
  };

  get waiting(): number {
    return this.#waiting.length;
  }

  /** Grants the oldest waiting slot, then lets the coalescer act on it. */
  async grant(): Promise<void> {
    const next = this.#waiting.shift();
    if (!next) throw new Error('nobody is waiting for a slot');
    const slot = this.#granted++;
    next.resolve(() => this.ended.push(slot));
    await flush();
  }

  async refuse(error: Error): Promise<void> {
    this.#waiting.shift()?.reject(error);
    await flush();
  }
}

/** Lets settled promises run their callbacks without moving the fake clock. */
export const flush = () => jest.advanceTimersByTimeAsync(0);

/** What a promise has come to so far, readable without awaiting it. */
export function track<T>(promise: Promise<T>) {
  const state: { status: 'pending' | 'resolved' | 'rejected'; value?: T; error?: unknown } = {
    status: 'pending',
  };
  promise.then(
    (value) => Object.assign(state, { status: 'resolved', value }),
    (error: unknown) => Object.assign(state, { status: 'rejected', error }),
  );
  return state;
}

/** `count` ids `prefix-0` .. `prefix-<count-1>`. */
export const ids = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
