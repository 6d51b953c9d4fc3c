/**
 * A seeded pseudo-random source. Simulators draw all their data and every fault roll from one of
 * these, so the same seed gives byte-identical data and the same fault sequence on every run.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** True with the given probability (0..1). */
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A UUID-v4-shaped id (version and variant bits set) made from this source. */
  uuid(): string;
}

/**
 * mulberry32: a tiny 32-bit generator with good statistical quality for test data. Not
 * cryptographic, which is the point: it must be reproducible.
 */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function hex(value: number, digits: number): string {
  return value.toString(16).padStart(digits, '0');
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const word = (): number => Math.floor(next() * 4_294_967_296) >>> 0;
  return {
    next,
    int(min, max) {
      return min + Math.floor(next() * (max - min + 1));
    },
    chance(probability) {
      return next() < probability;
    },
    pick(items) {
      if (items.length === 0) throw new Error('Random.pick needs at least one item');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    uuid() {
      const [a, b, c, d] = [word(), word(), word(), word()];
      // RFC 9562 layout: version nibble 4 in the 3rd group, variant bits 10xx in the 4th.
      const timeHi = ((b & 0x0fff) | 0x4000) >>> 0;
      const clockSeq = (((c >>> 16) & 0x3fff) | 0x8000) >>> 0;
      return [
        hex(a, 8),
        hex(b >>> 16, 4),
        hex(timeHi, 4),
        hex(clockSeq, 4),
        hex(c & 0xffff, 4) + hex(d, 8),
      ].join('-');
    },
  };
}
