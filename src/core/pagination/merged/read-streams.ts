import type { OpportunityRecord } from '../../domain/opportunity.js';
import { BadUserInputError } from '../../errors/index.js';
import type { SourcePosition, StreamOutcome } from '../index.js';
import type { MergeStream } from './stream.js';

export interface StreamReads {
  outcomes: Record<string, StreamOutcome<OpportunityRecord>>;
  /** The streams that failed, in stream order, with what they threw. */
  failures: { stream: MergeStream; error: unknown }[];
}

/**
 * Asks every stream that is not finished, all at once, for at most `count` records from where
 * `start` left it. Nothing waits for anything else: the calls are independent, so their latencies
 * overlap instead of adding up.
 */
export async function readStreams(
  streams: readonly MergeStream[],
  start: Readonly<Record<string, SourcePosition>>,
  count: number,
): Promise<StreamReads> {
  const outcomes: StreamReads['outcomes'] = {};
  const failed = new Map<MergeStream, unknown>();
  await Promise.all(
    streams.map(async (stream) => {
      const at = start[stream.spec.name];
      if (at?.kind === 'done') return;
      try {
        outcomes[stream.spec.name] = { ok: true, page: await stream.read(at, count) };
      } catch (error) {
        outcomes[stream.spec.name] = { ok: false };
        failed.set(stream, error);
      }
    }),
  );
  const failures = streams
    .filter((stream) => failed.has(stream))
    .map((stream) => ({ stream, error: failed.get(stream) }));
  return { outcomes, failures };
}

/**
 * A merge cursor's positions must be those the streams write. Its binding already names the
 * streams, so a mismatch means a cursor we did not issue; refuse it before any call.
 */
export function checkStart(
  start: Readonly<Record<string, SourcePosition>>,
  streams: readonly MergeStream[],
  cursor: string | null | undefined,
  argument = 'after',
): void {
  for (const [name, position] of Object.entries(start)) {
    const stream = streams.find((candidate) => candidate.spec.name === name);
    if (
      stream === undefined ||
      (position.kind !== 'done' && position.kind !== stream.positionKind)
    ) {
      throw new BadUserInputError(
        argument,
        `must be a cursor returned by this connection: it holds a position for ${name} that this connection does not write`,
        cursor,
      );
    }
  }
}
