import { createRandom } from '../../../src/core/simulator/random.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('createRandom', () => {
  it('repeats the same sequence for the same seed and differs for another seed', () => {
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('keeps next() in [0, 1) and int() within its inclusive bounds', () => {
    const random = createRandom(7);
    const ints = new Set<number>();
    for (let i = 0; i < 2_000; i += 1) {
      const value = random.next();
      expect(value >= 0 && value < 1).toBe(true);
      ints.add(random.int(3, 6));
    }
    expect([...ints].sort()).toEqual([3, 4, 5, 6]);
  });

  it('makes deterministic, distinct UUID-v4-shaped ids', () => {
    const first = createRandom(1);
    const ids = Array.from({ length: 1_000 }, () => first.uuid());
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(ids.length);
    expect(createRandom(1).uuid()).toBe(ids[0]);
  });

  it('honours chance(0) and chance(1) and refuses to pick from nothing', () => {
    const random = createRandom(3);
    expect(Array.from({ length: 50 }, () => random.chance(1)).every(Boolean)).toBe(true);
    expect(Array.from({ length: 50 }, () => random.chance(0)).some(Boolean)).toBe(false);
    expect(() => random.pick([])).toThrow('at least one item');
  });
});
