import { cpus, platform, release, totalmem } from 'node:os';

export interface Row {
  scenario: string;
  depth: number;
  p50: number;
  p95: number;
  requestsPerSecond: number;
  upstreamCalls: number;
  ratio: number;
}

export function machineLine(): string {
  const cpu = cpus();
  const memory = Math.round(totalmem() / 2 ** 30);
  return `machine: ${cpu[0]?.model ?? 'unknown CPU'} x ${cpu.length}, ${memory} GiB, ${platform()} ${release()}, Node ${process.version}`;
}

const HEADERS = ['scenario', 'depth', 'p50 ms', 'p95 ms', 'req/s', 'calls/query', 'p50/(depth×L)'];

/** A plain-text table: first column left-aligned, figures right-aligned. */
export function formatTable(
  headers: readonly string[],
  cells: readonly (readonly string[])[],
): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...cells.map((line) => line[column]!.length)),
  );
  const format = (line: readonly string[]) =>
    line
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ');
  return [
    format(headers),
    format(widths.map((width) => '-'.repeat(width))),
    ...cells.map(format),
  ].join('\n');
}

export function table(rows: readonly Row[]): string {
  const cells = rows.map((row) => [
    row.scenario,
    String(row.depth),
    row.p50.toFixed(1),
    row.p95.toFixed(1),
    row.requestsPerSecond.toFixed(1),
    row.upstreamCalls.toFixed(1),
    row.ratio.toFixed(2),
  ]);
  return formatTable(HEADERS, cells);
}
