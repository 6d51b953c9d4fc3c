import autocannon from 'autocannon';

export interface RotatingLoadOptions {
  readonly url: string;
  /** The request bodies in rotation: request n carries body n modulo their number. */
  readonly bodies: readonly string[];
  readonly headers: Readonly<Record<string, string>>;
  readonly connections: number;
  /** How long to run, in seconds; or, with `amount`, until that many requests are answered. */
  readonly seconds?: number;
  readonly amount?: number;
}

/**
 * autocannon's programmatic API with one counter over the bodies for all connections: autocannon
 * calls setupRequest each time a connection sends, so consecutive requests, the ones in flight
 * together, carry consecutive bodies, and with more bodies than connections no two requests in
 * flight are the same (a server that shares identical calls in flight shares none).
 */
export interface RotatingLoadResult extends autocannon.Result {
  /**
   * Answers with HTTP 2xx whose body holds `"errors"`: GraphQL answers a failed upstream call with
   * 200 and an error, quickly, and a server failing fast must not count as a server answering
   * fast (the baseline does not queue for Account Engagement's 5 concurrent requests, so its
   * sixth gets error 66).
   */
  graphqlErrors: number;
}

export async function rotatingLoad(options: RotatingLoadOptions): Promise<RotatingLoadResult> {
  const bodies = options.bodies.map((body) => Buffer.from(body));
  if (bodies.length === 0) throw new Error('rotatingLoad needs at least one body');
  let next = 0;
  let graphqlErrors = 0;
  const result = await autocannon({
    url: options.url,
    method: 'POST',
    headers: { ...options.headers },
    connections: options.connections,
    ...(options.amount === undefined ? { duration: options.seconds ?? 5 } : {}),
    ...(options.amount === undefined ? {} : { amount: options.amount }),
    requests: [
      {
        setupRequest: (request) => {
          request.body = bodies[next % bodies.length];
          next += 1;
          return request;
        },
        onResponse: (status, body) => {
          if (status >= 200 && status < 300 && body.includes('"errors"')) graphqlErrors += 1;
        },
      },
    ],
  });
  return { ...result, graphqlErrors };
}
