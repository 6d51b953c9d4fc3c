import { commandLine, groupCpuMs, processTable } from '../fleet/proc-stats.js';

/**
 * CPU time (user + system, ms) of the simulator process group this process started (`npm run
 * simulators`, its shell and node), read from /proc; undefined off Linux or when none is found.
 * The group is the one led by a child of this process whose command line names the simulators.
 */
export function simulatorCpuMs(): number | undefined {
  const table = processTable();
  const leader = table.find(
    (stat) => stat.ppid === process.pid && commandLine(stat.pid).includes('simulators'),
  );
  return leader ? groupCpuMs(table, leader.pgrp) : undefined;
}
