import { percentile } from '../../../src/benchmark/stats.js';
import { table } from '../../../src/benchmark/report.js';

describe('benchmark figures', () => {
  it.each<[number[], number, number]>([
    [[5, 1, 3, 2, 4], 50, 3],
    [[5, 1, 3, 2, 4], 95, 5],
    [[5, 1, 3, 2, 4], 20, 1],
    [[10], 95, 10],
    [Array.from({ length: 100 }, (_, i) => i + 1), 95, 95],
  ])('percentile(%j, %d) = %d (nearest rank)', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it('has no percentile of nothing', () => {
    expect(percentile([], 50)).toBeNaN();
  });

  it('prints one aligned row per scenario under the headers', () => {
    const text = table([
      {
        scenario: 'a',
        depth: 1,
        p50: 51.26,
        p95: 60,
        requestsPerSecond: 100,
        upstreamCalls: 3,
        ratio: 1.025,
      },
    ]);
    const lines = text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^scenario\s+depth\s+p50 ms\s+p95 ms\s+req\/s\s+calls\/query/);
    expect(lines[2]).toMatch(/^a\s+1\s+51\.3\s+60\.0\s+100\.0\s+3\.0\s+1\.02$/);
  });
});
