import { performance } from 'node:perf_hooks';
import { PAGE_SIZE, type BenchRequest } from './quota-scenarios.js';

/**
 * How a request ended. Unlike the latency benchmark, a failure does not abort the run: under
 * quota pressure failures are part of the figures.
 */
export interface Outcome {
  readonly kind: BenchRequest['kind'];
  /** `ok`; `error`: HTTP failure or errors in the body; `wrong`: an answer that is not the one asked. */
  readonly result: 'ok' | 'error' | 'wrong';
  /** The error codes of the body (extensions.code), or the HTTP status or failure. */
  readonly errorCodes: readonly string[];
}

export interface LoadResult {
  readonly outcomes: readonly Outcome[];
  /** From the first request sent to the last answer received. */
  readonly seconds: number;
}

interface Body {
  data?: {
    opportunity?: { id: string } | null;
    opportunities?: { nodes: unknown[] } | null;
  } | null;
  errors?: { extensions?: { code?: unknown } }[];
}

function judge(request: BenchRequest, body: Body): Outcome['result'] {
  if (body.errors?.length) return 'error';
  if (request.kind === 'lookup') {
    const id = body.data?.opportunity?.id;
    return id?.toLowerCase() === request.expectId?.toLowerCase() ? 'ok' : 'wrong';
  }
  return body.data?.opportunities?.nodes.length === PAGE_SIZE ? 'ok' : 'wrong';
}

export async function send(url: string, request: BenchRequest): Promise<Outcome> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: request.query, variables: request.variables }),
    });
    const body = (await response.json()) as Body;
    const errorCodes = (body.errors ?? []).map((error) => String(error.extensions?.code));
    if (response.status !== 200) {
      return { kind: request.kind, result: 'error', errorCodes: [`HTTP ${response.status}`] };
    }
    return { kind: request.kind, result: judge(request, body), errorCodes };
  } catch (error) {
    return { kind: request.kind, result: 'error', errorCodes: [String(error)] };
  }
}

/**
 * `clients` clients, each sending the next request of `cycle` as soon as its previous one was
 * answered, until `durationMs` is over (requests in flight then are waited for and counted).
 * Client c talks to `urls[c % urls.length]` and starts at cycle position 2c, so look-ups differ
 * from client to client while every client reads the same page.
 */
export async function runClients(
  urls: readonly string[],
  clients: number,
  durationMs: number,
  cycle: readonly BenchRequest[],
): Promise<LoadResult> {
  const outcomes: Outcome[] = [];
  const started = performance.now();
  const end = started + durationMs;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      const url = urls[client % urls.length]!;
      for (let step = 2 * client; performance.now() < end; step += 1) {
        outcomes.push(await send(url, cycle[step % cycle.length]!));
      }
    }),
  );
  return { outcomes, seconds: (performance.now() - started) / 1000 };
}

/** Every request at once, request i to `urls[i % urls.length]`. */
export async function runAtOnce(
  urls: readonly string[],
  requests: readonly BenchRequest[],
): Promise<LoadResult> {
  const started = performance.now();
  const outcomes = await Promise.all(
    requests.map((request, index) => send(urls[index % urls.length]!, request)),
  );
  return { outcomes, seconds: (performance.now() - started) / 1000 };
}
