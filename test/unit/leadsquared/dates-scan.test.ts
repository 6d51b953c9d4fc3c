import { parseLeadSquaredDate } from '../../../src/sources/leadsquared/dates.js';
import { MINUTE_SECOND_EDGES, strictUtcIso } from '../../support/strict-utc.js';
import { textMutations } from '../../support/text-mutations.js';

/*
 * parseLeadSquaredDate scans by hand for speed; it must answer exactly what the two patterns and
 * Date.UTC answered before. `byPatterns` is that earlier reading, kept here as the reference.
 */
const US_STYLE = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2}):(\d{2}) ([AP]M)$/i;
const SQL_STYLE = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?Z?$/;

function byPatterns(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  let match = US_STYLE.exec(text);
  if (match) {
    const [, month, day, year, hour, minute, second, half] = match;
    if (+hour! < 1 || +hour! > 12) return null;
    const h12 = Number(hour) % 12;
    const hours = half!.toUpperCase() === 'PM' ? h12 + 12 : h12;
    return viaDate(+year!, +month!, +day!, hours, +minute!, +second!, 0);
  }
  match = SQL_STYLE.exec(text);
  if (match) {
    const [, year, month, day, hour, minute, second, millis] = match;
    const ms = Number((millis ?? '0').padEnd(3, '0'));
    return viaDate(+year!, +month!, +day!, +hour!, +minute!, +second!, ms);
  }
  return null;
}

const viaDate = strictUtcIso;

const US_SEEDS = [
  '4/6/2023 3:23:34 PM',
  '04/06/2023 03:23:34 am',
  '12/31/9999 11:59:59 pM',
  '2/29/2024 12:00:00 Am',
  '1/1/0100 1:00:00 PM',
];
const SQL_SEEDS = [
  '2018-03-06 06:55:46.000',
  '2018-03-06T06:55:46Z',
  '2018-03-06 06:55:46.5Z',
  '2024-02-29 23:59:59.12',
  '0100-01-01 00:00:00',
];

/** Characters a mutation puts in: every separator, both cases of the letters, non-ASCII digits. */
const MUTANTS = [
  ...'0123456789/-: .TtZzAaPpMmx+',
  '\t',
  '\n',
  '\u0661', // ARABIC-INDIC DIGIT ONE: \d does not take it
  '\uff11', // FULLWIDTH DIGIT ONE
  '\u212a', // KELVIN SIGN, which folds to k only under the u flag
  '\u00a0',
  '\ufeff',
];

const mutations = (seed: string): string[] => textMutations(seed, MUTANTS);

/** Every field's range edges in both styles, in every month of a leap and a common year. */
function fieldEdges(): string[] {
  const out: string[] = [];
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  for (const year of [99, 100, 1900, 2000, 2023, 2024, 9999]) {
    for (let month = 0; month <= 13; month += 1) {
      for (const day of [0, 1, 28, 29, 30, 31, 32]) {
        out.push(`${month}/${day}/${pad(year, 4)} 12:00:00 PM`);
        out.push(`${pad(year, 4)}-${pad(month)}-${pad(day)} 00:00:00`);
      }
    }
  }
  for (const hour of [0, 1, 9, 10, 11, 12, 13, 23, 24, 99]) {
    for (const [minute, second] of MINUTE_SECOND_EDGES) {
      for (const half of ['AM', 'PM'])
        out.push(`7/4/2021 ${hour}:${pad(minute)}:${pad(second)} ${half}`);
      out.push(`2021-07-04 ${pad(hour)}:${pad(minute)}:${pad(second)}`);
    }
  }
  for (const fraction of ['', '.', '.0', '.9', '.09', '.999', '.000', '.1234', '.5Z', 'ZZ', 'Z.5'])
    out.push(`2021-07-04 10:11:12${fraction}`);
  return out;
}

describe('parseLeadSquaredDate answers as the patterns and Date.UTC did', () => {
  const cases = [
    null,
    undefined,
    '',
    ' ',
    ...US_SEEDS,
    ...SQL_SEEDS,
    ...[...US_SEEDS, ...SQL_SEEDS].flatMap(mutations),
    ...[...US_SEEDS, ...SQL_SEEDS].map((seed) => ` \u00a0${seed}\n\ufeff`),
    ...fieldEdges(),
  ];

  it('over seeds, their one-character mutations and every field edge', () => {
    const differences = cases.filter((text) => parseLeadSquaredDate(text) !== byPatterns(text));
    expect(differences).toEqual([]);
    // The cases are not all null: both styles and both outcomes are covered.
    const answers = cases.map((text) => byPatterns(text));
    expect(answers.filter((answer) => answer !== null).length).toBeGreaterThan(500);
    expect(answers.filter((answer) => answer === null).length).toBeGreaterThan(500);
  });
});
