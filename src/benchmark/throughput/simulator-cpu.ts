import { readdirSync, readFileSync } from 'node:fs';

/** Linux's USER_HZ: /proc reports CPU time in ticks of 10 ms on every mainstream kernel. */
const TICK_MS = 10;

interface ProcStat {
  readonly pid: number;
  readonly ppid: number;
  readonly pgrp: number;
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

/**
 * CPU time (user + system, ms) of the simulator process group this process started (`npm run
 * simulators`, its shell and node), read from /proc; undefined off Linux or when none is found.
 * The group is the one led by a child of this process whose command line names the simulators.
 */
export function simulatorCpuMs(): number | undefined {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  const stats = pids.map(readStat).filter((stat) => stat !== undefined);
  const leader = stats.find((stat) => {
    if (stat.ppid !== process.pid) return false;
    try {
      return readFileSync(`/proc/${stat.pid}/cmdline`, 'utf8').includes('simulators');
    } catch {
      return false;
    }
  });
  if (!leader) return undefined;
  const group = stats.filter((stat) => stat.pgrp === leader.pgrp);
  return group.reduce((sum, stat) => sum + stat.ticks, 0) * TICK_MS;
}
