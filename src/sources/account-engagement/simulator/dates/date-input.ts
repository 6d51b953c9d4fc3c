/**
 * Date filter values: keywords or a time in GNU date input syntax
 * (docs/upstreams/account-engagement.md#date-filters).
 *
 * Keywords are instants relative to the simulator clock, in UTC (the simulated user's zone):
 * `today` = 00:00:00 today, `yesterday` = 00:00:00 yesterday, `last_7_days` = 00:00:00 seven days
 * before today, `this_month` = 00:00:00 on the 1st of this month, `last_month` = the same for the
 * previous month. So `created_after=yesterday` includes today, and `created_before=today` is
 * "before today" as the documentation's example says.
 *
 * The GNU subset: `now`, `tomorrow`; `@<epoch seconds>`; `<n> <unit>[s] ago`; ISO-like
 * `YYYY-MM-DD[( |T)HH:MM[:SS[.fff]]][Z|UTC|GMT|±HH[:]MM]`; US `MM/DD/YYYY [HH:MM[:SS]]`;
 * `DD Mon YYYY [time]` and `Mon DD[,] YYYY [time]`. Times without a zone are UTC. Anything else,
 * and impossible dates (2019-02-30, 24:59:59), is undefined, which callers answer with error 7.
 */
import { startOfUtcDay, startOfUtcMonth } from './timestamps.js';

const DAY_MS = 86_400_000;

const KEYWORDS: Readonly<Record<string, (nowMs: number) => number>> = {
  today: (now) => startOfUtcDay(now),
  yesterday: (now) => startOfUtcDay(now, -1),
  last_7_days: (now) => startOfUtcDay(now, -7),
  this_month: (now) => startOfUtcMonth(now),
  last_month: (now) => startOfUtcMonth(now, -1),
  now: (now) => now,
  tomorrow: (now) => startOfUtcDay(now, 1),
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const TIME = String.raw`(?:[ t](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?`;
const ZONE = String.raw`\s*(z|utc|gmt|[+-]\d{2}:?\d{2})?`;
const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}${ZONE}$`);
const US = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4})${TIME}${ZONE}$`);
const DAY_MONTH_YEAR = new RegExp(String.raw`^(\d{1,2}) ([a-z]{3})[a-z]* (\d{4})${TIME}${ZONE}$`);
const MONTH_DAY_YEAR = new RegExp(String.raw`^([a-z]{3})[a-z]* (\d{1,2}),? (\d{4})${TIME}${ZONE}$`);
const AGO = /^(\d{1,6}) (second|sec|minute|min|hour|day|week|fortnight|month|year)s? ago$/;
const EPOCH = /^@(-?\d{1,12})$/;

interface Parts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** [hour, minute, second, fraction, zone] as matched, possibly undefined. */
  readonly time: readonly (string | undefined)[];
}

function zoneOffsetMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined || zone === 'z' || zone === 'utc' || zone === 'gmt') return 0;
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (match === null) return undefined;
  const [, sign, hours = '', minutes = ''] = match;
  if (Number(hours) > 14 || Number(minutes) > 59) return undefined;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

function instantOf({ year, month, day, time }: Parts): number | undefined {
  const [hourText, minuteText, secondText, fraction, zone] = time;
  const [hour, minute, second] = [hourText, minuteText, secondText].map((part) =>
    Number(part ?? 0),
  );
  if (month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  if ((hour ?? 0) > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59) return undefined;
  const offset = zoneOffsetMinutes(zone);
  if (offset === undefined) return undefined;
  const millis = fraction === undefined ? 0 : Number(fraction.padEnd(3, '0').slice(0, 3));
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(hour ?? 0, minute ?? 0, second ?? 0, millis);
  return utc.getTime() - offset * 60_000;
}

function relativeAgo(amount: number, unit: string, nowMs: number): number {
  const d = new Date(nowMs);
  switch (unit) {
    case 'month':
      return d.setUTCMonth(d.getUTCMonth() - amount);
    case 'year':
      return d.setUTCFullYear(d.getUTCFullYear() - amount);
    default: {
      const unitMs: Record<string, number> = {
        second: 1_000,
        sec: 1_000,
        minute: 60_000,
        min: 60_000,
        hour: 3_600_000,
        day: DAY_MS,
        week: 7 * DAY_MS,
        fortnight: 14 * DAY_MS,
      };
      return nowMs - amount * (unitMs[unit] ?? 0);
    }
  }
}

const monthNumber = (name: string): number => MONTHS.indexOf(name.slice(0, 3)) + 1;

/** Epoch ms for a filter value, or undefined when it is not one the simulator understands. */
export function parseDateInput(raw: string, nowMs: number): number | undefined {
  const text = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  if (Object.hasOwn(KEYWORDS, text)) return KEYWORDS[text]?.(nowMs);
  let match = EPOCH.exec(text);
  if (match !== null) return Number(match[1]) * 1_000;
  match = AGO.exec(text);
  if (match !== null) return relativeAgo(Number(match[1]), match[2] ?? '', nowMs);
  match = ISO.exec(text);
  if (match !== null) {
    const [, y, m, d, ...time] = match;
    return instantOf({ year: Number(y), month: Number(m), day: Number(d), time });
  }
  match = US.exec(text);
  if (match !== null) {
    const [, m, d, y, ...time] = match;
    return instantOf({ year: Number(y), month: Number(m), day: Number(d), time });
  }
  match = DAY_MONTH_YEAR.exec(text);
  if (match !== null) {
    const [, d, name = '', y, ...time] = match;
    return instantOf({ year: Number(y), month: monthNumber(name), day: Number(d), time });
  }
  match = MONTH_DAY_YEAR.exec(text);
  if (match !== null) {
    const [, name = '', d, y, ...time] = match;
    return instantOf({ year: Number(y), month: monthNumber(name), day: Number(d), time });
  }
  return undefined;
}
