import { jest } from '@jest/globals';
import { UpstreamSource } from '../../../src/core/errors/index.js';
import { expectDeadlineError } from './expect-deadline-error.js';
import type { LiveDeadline } from '../../../src/core/http/caller-deadline.js';
import { SingleFlight } from '../../../src/core/http/single-flight.js';

/**
 * Runs on jest's fake clock: deadlines are fake-clock instants and nothing moves until a test
 * advances time, so the deadline cases are exact instead of racing real timers.
 */
const NOW = 1_000_000;
const source = { source: UpstreamSource.LEADSQUARED, displayName: 'LeadSquared' };

interface RecordedCall {
  key: string;
  call: LiveDeadline;
  answer(value: string): void;
  fail(error: Error): void;
}

/** An upstream that records every call and answers only when the test says so. */
class FakeUpstream {
  readonly calls: RecordedCall[] = [];

  read(key: string): (call: LiveDeadline) => Promise<string> {
    return (call) =>
      new Promise<string>((resolve, reject) => {
        this.calls.push({ key, call, answer: resolve, fail: reject });
      });
  }
}

/** What a promise has come to so far, readable without awaiting it. */
function track<T>(promise: Promise<T>) {
  const state: { status: 'pending' | 'resolved' | 'rejected'; value?: T; error?: unknown } = {
    status: 'pending',
  };
  promise.then(
    (value) => Object.assign(state, { status: 'resolved', value }),
    (error: unknown) => Object.assign(state, { status: 'rejected', error }),
  );
  return state;
}

/** Lets settled promises run their callbacks without moving the clock. */
const flush = () => jest.advanceTimersByTimeAsync(0);

beforeEach(() => {
  jest.useFakeTimers({ now: NOW });
});
afterEach(() => {
  jest.useRealTimers();
});

describe('SingleFlight', () => {
  it('lets callers of the same key share one call and the very same value', async () => {
    const upstream = new FakeUpstream();
    const flights = new SingleFlight<string>(source);
    const waiting = [1, 2, 3, 4, 5].map(() =>
      track(flights.run('a', NOW + 10_000, upstream.read('a'))),
    );
    const other = track(flights.run('b', NOW + 10_000, upstream.read('b')));
    await flush();
    expect(upstream.calls.map(({ key }) => key)).toEqual(['a', 'b']);
    expect(flights.inFlight).toBe(2);

    upstream.calls[0]!.answer('value of a');
    await flush();
    expect(waiting.map(({ status, value }) => [status, value])).toEqual(
      Array(5).fill(['resolved', 'value of a']),
    );
    expect(other.status).toBe('pending');
    upstream.calls[1]!.answer('value of b');
    await flush();
    expect(other.value).toBe('value of b');
    expect(flights.inFlight).toBe(0);
  });

  it('gives every joiner the same error when the call fails', async () => {
    const upstream = new FakeUpstream();
    const flights = new SingleFlight<string>(source);
    const waiting = [1, 2, 3].map(() => track(flights.run('a', NOW + 10_000, upstream.read('a'))));
    await flush();
    const failure = new Error('upstream said no');
    upstream.calls[0]!.fail(failure);
    await flush();
    expect(upstream.calls).toHaveLength(1);
    for (const caller of waiting) {
      expect(caller.status).toBe('rejected');
      expect(caller.error).toBe(failure);
    }
  });

  it('turns a synchronous throw of start into a rejection and frees the key', async () => {
    const flights = new SingleFlight<string>(source);
    const thrown = track(
      flights.run('a', NOW + 10_000, () => {
        throw new Error('bad request shape');
      }),
    );
    await flush();
    expect(thrown.status).toBe('rejected');
    expect((thrown.error as Error).message).toBe('bad request shape');
    expect(flights.inFlight).toBe(0);
  });

  it('rejects a joiner alone at its earlier deadline while the call goes on for the others', async () => {
    const upstream = new FakeUpstream();
    const flights = new SingleFlight<string>(source);
    const patient = track(flights.run('a', NOW + 10_000, upstream.read('a')));
    const hurried = track(flights.run('a', NOW + 1_000, upstream.read('a')));
    await jest.advanceTimersByTimeAsync(999);
    expect(hurried.status).toBe('pending');
    await jest.advanceTimersByTimeAsync(1);
    expect(hurried.status).toBe('rejected');
    expectDeadlineError(hurried.error);
    expect(patient.status).toBe('pending');

    upstream.calls[0]!.answer('late but fine');
    await flush();
    expect(patient.value).toBe('late but fine');
    expect(upstream.calls).toHaveLength(1);
  });

  it('keeps the call going for a joiner when the request that started it times out', async () => {
    const upstream = new FakeUpstream();
    const flights = new SingleFlight<string>(source);
    const starter = track(flights.run('a', NOW + 1_000, upstream.read('a')));
    await flush();
    const { call } = upstream.calls[0]!;
    expect(call.deadline).toBe(NOW + 1_000);
    const joiner = track(flights.run('a', NOW + 8_000, upstream.read('a')));
    // The call now runs until the joiner's deadline, not the starter's.
    expect(call.deadline).toBe(NOW + 8_000);
    // A joiner with less time left never shortens it.
    track(flights.run('a', NOW + 2_000, upstream.read('a')));
    expect(call.deadline).toBe(NOW + 8_000);

    await jest.advanceTimersByTimeAsync(1_000);
    expect(starter.status).toBe('rejected');
    expectDeadlineError(starter.error);
    expect(flights.inFlight).toBe(1);

    await jest.advanceTimersByTimeAsync(3_000);
    upstream.calls[0]!.answer('for the joiner');
    await flush();
    expect(joiner.value).toBe('for the joiner');
    expect(upstream.calls).toHaveLength(1);
  });

  it('starts a new call once the previous one has settled: it shares, it does not cache', async () => {
    const upstream = new FakeUpstream();
    const flights = new SingleFlight<string>(source);
    const first = flights.run('a', NOW + 10_000, upstream.read('a'));
    await flush();
    upstream.calls[0]!.answer('first');
    await expect(first).resolves.toBe('first');

    const second = flights.run('a', NOW + 10_000, upstream.read('a'));
    await flush();
    expect(upstream.calls).toHaveLength(2);
    upstream.calls[1]!.fail(new Error('second failed'));
    await expect(second).rejects.toThrow('second failed');

    const third = flights.run('a', NOW + 10_000, upstream.read('a'));
    await flush();
    expect(upstream.calls).toHaveLength(3);
    upstream.calls[2]!.answer('third');
    await expect(third).resolves.toBe('third');
  });

  it('frees the key before callers hear the result, so asking again starts a fresh call', async () => {
    const upstream = new FakeUpstream();
    const flights = new SingleFlight<string>(source);
    let again: Promise<string> | undefined;
    const first = flights.run('a', NOW + 10_000, upstream.read('a')).then((value) => {
      again = flights.run('a', NOW + 10_000, upstream.read('a'));
      return value;
    });
    await flush();
    upstream.calls[0]!.answer('first');
    await first;
    expect(upstream.calls).toHaveLength(2);
    upstream.calls[1]!.answer('second');
    await expect(again).resolves.toBe('second');
  });

  it('refuses a caller whose deadline has passed without starting or joining a call', async () => {
    const upstream = new FakeUpstream();
    const flights = new SingleFlight<string>(source);
    const late = track(flights.run('a', NOW, upstream.read('a')));
    await flush();
    expect(late.status).toBe('rejected');
    expectDeadlineError(late.error);
    expect(upstream.calls).toHaveLength(0);
    expect(flights.inFlight).toBe(0);
  });
});
