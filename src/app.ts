import type { Config } from './config.js';
import type { Logger } from './logging/logger.js';
import { buildSubgraph } from './schema/build.js';
import { createServer, type GraphServer } from './server.js';
import { startSources, type RunningSources } from './bootstrap/start-sources.js';

export interface RunningApp {
  readonly url: string;
  readonly server: GraphServer;
  readonly sources: RunningSources;
  /** Graceful: stop accepting, finish in-flight requests, then close clients and simulators. */
  stop(): Promise<void>;
}

/** Config -> sources (simulators where no credentials) -> server -> listen. Used by main and tests. */
export async function startApp(config: Config, logger: Logger): Promise<RunningApp> {
  const sources = await startSources(config, logger);
  try {
    const server = createServer({
      schema: await buildSubgraph(),
      services: sources.services,
      readiness: sources.readiness,
      logger,
      nodeEnv: config.nodeEnv,
      requestTimeoutMs: config.requestTimeoutMs,
      http: config.http,
    });
    const url = await server.listen(config.port, config.host);
    return {
      url,
      server,
      sources,
      async stop() {
        await server.stop();
        await sources.close();
      },
    };
  } catch (error) {
    await sources.close();
    throw error;
  }
}
