/**
 * What a task needs from the simulator to start: the id source, the partner account for ARNs, the
 * current time and how long tasks run. Tasks do not run in the background: their state is worked
 * out from the elapsed time whenever the simulator is asked (the upstream documentation says only
 * that they are asynchronous, docs/upstreams/partner-central.md#operations; the duration is the
 * `taskDurationMs` option).
 */
import type { Random } from '../../../../core/simulator/random.js';

export interface TaskClock {
  readonly ids: Random;
  readonly accountId: string;
  readonly nowMs: number;
  readonly durationMs: number;
}
