/**
 * Sends an answer whose body misbehaves on purpose (the `truncateBody` and `trickle` faults). The
 * headers announce the whole body in Content-Length, as a real server's would; then the body comes
 * at `bytesPerSecond` when set, and with `truncate` only its first half arrives before the
 * connection is closed, so the client sees a body that stopped short of its length.
 */
import type { ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import type { BodyFault } from './fault-injector.js';
import type { SimulatorResponse } from './types.js';
import { writeHead } from './write-head.js';

/** A trickle writes this often a second: smooth enough for a deadline, few enough timers. */
const TICKS_PER_SECOND = 10;

function write(res: ServerResponse, chunk: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    res.write(chunk, (error) => (error ? reject(error) : resolve()));
  });
}

/** Aborts when the client goes away, so a trickle to nobody stops at once. */
function closedSignal(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => controller.abort());
  return controller.signal;
}

async function trickle(
  res: ServerResponse,
  bytes: Buffer,
  bytesPerSecond: number,
  signal: AbortSignal,
): Promise<void> {
  const chunk = Math.max(1, Math.floor(bytesPerSecond / TICKS_PER_SECOND));
  const started = performance.now();
  for (let at = 0; at < bytes.length; at += chunk) {
    // Each chunk on its schedule from the start, so timer lateness does not add up.
    const due = started + (at / bytesPerSecond) * 1000;
    const wait = due - performance.now();
    if (wait > 0) await delay(wait, undefined, { signal });
    await write(res, bytes.subarray(at, at + chunk));
  }
}

/**
 * Resolves when the body is sent (or cut); never rejects. `lifetime` is the server's: stopping it
 * ends a trickle with the connection.
 */
export async function sendFaultyBody(
  res: ServerResponse,
  response: SimulatorResponse,
  fault: BodyFault,
  lifetime: AbortSignal,
): Promise<void> {
  const body = writeHead(res, response);
  if (!body) return;
  // The headers leave now, even when no byte of the body will follow them.
  res.flushHeaders();
  const sent = fault.truncate ? body.subarray(0, Math.floor(body.length / 2)) : body;
  try {
    const signal = AbortSignal.any([lifetime, closedSignal(res)]);
    if (fault.bytesPerSecond === undefined) await write(res, sent);
    else await trickle(res, sent, fault.bytesPerSecond, signal);
  } catch {
    // The client went away or the server is stopping: nothing more to send to anyone.
    res.destroy();
    return;
  }
  if (fault.truncate) res.destroy();
  else res.end();
}
