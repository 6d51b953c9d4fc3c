/**
 * A strict reader of the Prometheus text exposition format (version 0.0.4), for tests: every line
 * must be a HELP, a TYPE, another comment, blank, or a sample of a family whose TYPE came first;
 * names, label names, escapes and values must be well formed; a histogram's buckets must carry
 * `le`, grow with it, and end with +Inf equal to its _count. Anything else throws, naming the line.
 */
export type MetricType = 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped';

export interface Sample {
  /** The sample's own name, e.g. `x_bucket` or `x_count` for a histogram `x`. */
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

export interface MetricFamily {
  readonly name: string;
  readonly type: MetricType;
  help?: string;
  readonly samples: Sample[];
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const TYPES = new Set<string>(['counter', 'gauge', 'histogram', 'summary', 'untyped']);
const SUFFIXES: Partial<Record<MetricType, readonly string[]>> = {
  histogram: ['_bucket', '_sum', '_count'],
  summary: ['_sum', '_count'],
};

export function parsePrometheusText(text: string): Map<string, MetricFamily> {
  const families = new Map<string, MetricFamily>();
  const helps = new Map<string, string>();
  if (!text.endsWith('\n')) throw new Error('exposition text must end with a line feed');
  text
    .slice(0, -1)
    .split('\n')
    .forEach((line, index) => {
      try {
        readLine(line, families, helps);
      } catch (error) {
        throw new Error(`line ${index + 1} "${line}": ${(error as Error).message}`);
      }
    });
  for (const family of families.values()) if (family.type === 'histogram') checkHistogram(family);
  return families;
}

function readLine(
  line: string,
  families: Map<string, MetricFamily>,
  helps: Map<string, string>,
): void {
  if (line.trim() === '') return;
  if (line.startsWith('#')) {
    const [, keyword, name, ...rest] = line.split(' ');
    if (keyword === 'TYPE') {
      if (!name || !METRIC_NAME.test(name)) throw new Error('bad metric name');
      if (families.has(name)) throw new Error('second TYPE for the family');
      const type = rest.join(' ');
      if (!TYPES.has(type)) throw new Error(`unknown type ${type}`);
      const help = helps.get(name);
      families.set(name, {
        name,
        type: type as MetricType,
        samples: [],
        ...(help ? { help } : {}),
      });
    } else if (keyword === 'HELP') {
      if (!name || !METRIC_NAME.test(name)) throw new Error('bad metric name');
      if (helps.has(name)) throw new Error('second HELP for the family');
      // prom-client writes HELP before TYPE: kept for the TYPE that follows.
      helps.set(name, unescape(rest.join(' '), false));
      const family = families.get(name);
      if (family) family.help = helps.get(name)!;
    }
    return;
  }
  const sample = readSample(line);
  const family = familyOf(sample.name, families);
  if (!family) throw new Error('sample before its TYPE');
  family.samples.push(sample);
}

function familyOf(name: string, families: Map<string, MetricFamily>): MetricFamily | undefined {
  const exact = families.get(name);
  if (exact && !SUFFIXES[exact.type]) return exact;
  for (const family of families.values())
    for (const suffix of SUFFIXES[family.type] ?? [])
      if (name === `${family.name}${suffix}`) return family;
  return undefined;
}

function readSample(line: string): Sample {
  const nameEnd = line.search(/[{ ]/);
  if (nameEnd <= 0) throw new Error('no value');
  const name = line.slice(0, nameEnd);
  if (!METRIC_NAME.test(name)) throw new Error('bad metric name');
  const labels: Record<string, string> = {};
  let at = nameEnd;
  if (line[at] === '{') at = readLabels(line, at + 1, labels);
  if (line[at] !== ' ') throw new Error('expected a space before the value');
  const [value, timestamp, extra] = line.slice(at + 1).split(' ');
  if (extra !== undefined || (timestamp !== undefined && !/^-?\d+$/.test(timestamp)))
    throw new Error('bad timestamp');
  return { name, labels, value: readValue(value ?? '') };
}

/** Reads `a="x",b="y"}` from `at`; returns the index after the closing brace. */
function readLabels(line: string, at: number, labels: Record<string, string>): number {
  while (line[at] !== '}') {
    const eq = line.indexOf('=', at);
    if (eq === -1) throw new Error('label without a value');
    const label = line.slice(at, eq);
    if (!LABEL_NAME.test(label)) throw new Error(`bad label name ${label}`);
    if (label in labels) throw new Error(`label ${label} twice`);
    if (line[eq + 1] !== '"') throw new Error('label value must be quoted');
    let end = eq + 2;
    while (end < line.length && line[end] !== '"') end += line[end] === '\\' ? 2 : 1;
    if (end >= line.length) throw new Error('unterminated label value');
    labels[label] = unescape(line.slice(eq + 2, end), true);
    at = end + 1;
    if (line[at] === ',') at += 1;
    else if (line[at] !== '}') throw new Error('expected , or } after a label');
  }
  return at + 1;
}

function unescape(text: string, quoted: boolean): string {
  return text.replace(/\\(.)/g, (escape, char: string) => {
    if (char === '\\') return '\\';
    if (char === 'n') return '\n';
    if (char === '"' && quoted) return '"';
    throw new Error(`bad escape ${escape}`);
  });
}

/**
 * A value as the format defines it, by Go's ParseFloat: decimal floats, and NaN and (signed) Inf
 * or Infinity in any case (prom-client writes an empty gauge's NaN as `Nan`).
 */
function readValue(text: string): number {
  const special = /^([-+]?)(inf|infinity|nan)$/i.exec(text);
  if (special) {
    if (special[2]!.toLowerCase() === 'nan') return NaN;
    return special[1] === '-' ? -Infinity : Infinity;
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) throw new Error(`bad value ${text}`);
  return Number(text);
}

/** Per label set: buckets grow with `le`, the last is +Inf, and it equals _count. */
function checkHistogram(family: MetricFamily): void {
  const series = new Map<string, { buckets: [number, number][]; count?: number }>();
  for (const sample of family.samples) {
    const { le, ...rest } = sample.labels;
    const key = JSON.stringify(Object.entries(rest).sort());
    const entry = series.get(key) ?? { buckets: [] };
    series.set(key, entry);
    if (sample.name.endsWith('_bucket')) {
      if (le === undefined) throw new Error(`${family.name}: a bucket without le`);
      entry.buckets.push([readValue(le), sample.value]);
    } else if (sample.name.endsWith('_count')) entry.count = sample.value;
  }
  for (const [key, { buckets, count }] of series) {
    const last = buckets.at(-1);
    if (!last || last[0] !== Infinity || last[1] !== count)
      throw new Error(`${family.name}${key}: the +Inf bucket must equal _count`);
    buckets.reduce((previous, [le, value]) => {
      if (le <= previous[0] || value < previous[1])
        throw new Error(`${family.name}${key}: buckets must grow with le`);
      return [le, value];
    });
  }
}

/** The sum of the samples named `sample` (e.g. `x_total`, `x_count`) whose labels include `match`. */
export function sumOf(
  families: Map<string, MetricFamily>,
  sample: string,
  match: Record<string, string> = {},
): number {
  return (familyOf(sample, families)?.samples ?? [])
    .filter(({ name }) => name === sample)
    .filter(({ labels }) => Object.entries(match).every(([key, value]) => labels[key] === value))
    .reduce((total, sample) => total + sample.value, 0);
}
