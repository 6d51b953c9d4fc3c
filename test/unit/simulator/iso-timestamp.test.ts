import { createRandom } from '../../../src/core/simulator/random.js';
import { isoTimestamp } from '../../../src/core/simulator/iso-timestamp.js';

/** What isoTimestamp must equal: the native formatting, or the native RangeError. */
function native(ms: number): string {
  try {
    return new Date(ms).toISOString();
  } catch (error) {
    return `throws ${(error as Error).name}`;
  }
}

function ours(ms: number): string {
  try {
    return isoTimestamp(ms);
  } catch (error) {
    return `throws ${(error as Error).name}`;
  }
}

describe('isoTimestamp', () => {
  it('equals toISOString on 50,000 random instants of years 0 to 9999', () => {
    const random = createRandom(7);
    // 0000-01-01T00:00:00.000Z to 9999-12-31T23:59:59.999Z.
    const [first, last] = [-62_167_219_200_000, 253_402_300_799_999];
    const differing: number[] = [];
    for (let i = 0; i < 50_000; i += 1) {
      const ms = Math.floor(first + random.next() * (last - first));
      if (ours(ms) !== native(ms)) differing.push(ms);
    }
    expect(differing).toEqual([]);
  });

  it('equals toISOString on day, month, year, leap-year and range edges', () => {
    const edges: number[] = [0, -1, 1, 999, 1_000, 86_399_999, 86_400_000];
    for (const year of [0, 1, 4, 99, 100, 400, 1900, 1969, 1970, 2000, 2024, 2100, 9999]) {
      for (const [month, day] of [
        [0, 1],
        [1, 28],
        [1, 29],
        [2, 1],
        [11, 31],
      ] as const) {
        // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear does not.
        const date = new Date(0);
        date.setUTCFullYear(year, month, day);
        const ms = date.getTime();
        edges.push(ms, ms - 1, ms + 1, ms + 86_399_999);
      }
    }
    edges.push(-62_167_219_200_000, -62_167_219_200_001, 253_402_300_799_999, 253_402_300_800_000);
    const differing = edges.filter((ms) => ours(ms) !== native(ms));
    expect(differing).toEqual([]);
  });

  it('behaves as toISOString outside its arithmetic: fractions, far years, NaN and infinities', () => {
    for (const ms of [1.5, -0.5, 8.64e15, -8.64e15, 8.64e15 + 1, NaN, Infinity, -Infinity]) {
      expect(ours(ms)).toBe(native(ms));
    }
    expect(ours(NaN)).toBe('throws RangeError');
  });
});
