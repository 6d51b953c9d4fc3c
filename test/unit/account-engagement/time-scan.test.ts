import { parseAccountEngagementTime } from '../../../src/sources/account-engagement/time.js';
import { MINUTE_SECOND_EDGES, strictUtcIso } from '../../support/strict-utc.js';
import { textMutations } from '../../support/text-mutations.js';

/*
 * parseAccountEngagementTime scans by hand for speed. `byPattern` is the reading it replaced (the
 * pattern and Date.UTC) made strict: a field out of its range is null instead of rolling over
 * ("10:60:00" is not 11:00), and a year below 100 is null instead of 19xx.
 */
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;

function byPattern(value: string | null): string | null {
  if (!value) return null;
  const match = PATTERN.exec(value.trim());
  if (!match) return null;
  const field = (group: number) => Number(match[group]);
  const [y, mo, d, h, mi, s] = [field(1), field(2), field(3), field(4), field(5), field(6)];
  return strictUtcIso(y, mo, d, h, mi, s);
}

const SEEDS = ['2025-12-31 17:27:43', '2024-02-29T00:00:00', ' 0100-01-01 23:59:59 '];
const MUTANTS = [...'0123456789-: Tt.Zx', '\t', '\u0661', '\uff11', '\u00a0'];

const mutations = (seed: string): string[] => textMutations(seed, MUTANTS);

function fieldEdges(): string[] {
  const out: string[] = [];
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  for (const year of [99, 100, 1900, 2000, 2023, 2024, 9999])
    for (let month = 0; month <= 13; month += 1)
      for (const day of [0, 1, 28, 29, 30, 31, 32])
        out.push(`${pad(year, 4)}-${pad(month)}-${pad(day)} 00:00:00`);
  for (const hour of [0, 9, 23, 24, 99])
    for (const [minute, second] of MINUTE_SECOND_EDGES)
      out.push(`2021-07-04 ${pad(hour)}:${pad(minute)}:${pad(second)}`);
  return out;
}

describe('parseAccountEngagementTime answers as the strict pattern and Date.UTC do', () => {
  const cases = [null, '', ' ', ...SEEDS, ...SEEDS.flatMap(mutations), ...fieldEdges()];

  it('on the seeds, their mutations and every field edge', () => {
    const differing = cases.filter((text) => parseAccountEngagementTime(text) !== byPattern(text));
    expect(differing).toEqual([]);
    // The cases are not all null: the comparison covers real readings too.
    expect(cases.filter((text) => byPattern(text) !== null).length).toBeGreaterThan(200);
  });

  it('reads the documented form as UTC', () => {
    expect(parseAccountEngagementTime('2025-12-31 17:27:43')).toBe('2025-12-31T17:27:43.000Z');
    expect(parseAccountEngagementTime('2021-07-04 10:60:00')).toBeNull();
  });
});
