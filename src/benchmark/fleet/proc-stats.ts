import { readdirSync, readFileSync } from 'node:fs';

/** Linux's USER_HZ: /proc reports CPU time in ticks of 10 ms on every mainstream kernel. */
const TICK_MS = 10;

/** One process as /proc/<pid>/stat describes it. */
export interface ProcStat {
  readonly pid: number;
  readonly ppid: number;
  readonly pgrp: number;
  /** User + system CPU time in ticks. */
  readonly ticks: number;
}

function readStat(pid: string): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may itself hold spaces and parentheses.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return {
      pid: Number(pid),
      ppid: Number(fields[1]),
      pgrp: Number(fields[2]),
      ticks: Number(fields[11]) + Number(fields[12]),
    };
  } catch {
    return undefined; // gone between the listing and the read
  }
}

/** Every process /proc lists; empty off Linux. */
export function processTable(): ProcStat[] {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  return pids.map(readStat).filter((stat) => stat !== undefined);
}

/** The command line of `pid` with its arguments joined by spaces; '' when it is gone. */
export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return '';
  }
}

/** CPU time (user + system, ms) of every process in group `pgrp`. */
export function groupCpuMs(table: readonly ProcStat[], pgrp: number): number {
  return (
    table.filter((stat) => stat.pgrp === pgrp).reduce((sum, stat) => sum + stat.ticks, 0) * TICK_MS
  );
}

/** Resident set size of `pid` in bytes (VmRSS); undefined when it is gone or off Linux. */
export function residentBytes(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}
