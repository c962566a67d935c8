/**
 * Starts the whole back end in-process: database connection (it starts no database; see db/connect.ts), seed check,
 * HTTP + GraphQL.
 * Used by main.ts and by the integration and e2e tests (which listen on port 0).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureSeedLoaded } from '../../graph-seed/src/index';
import { warmUp } from './warmup';
import type { Config } from './config';
import { connectFromConfig, type Connection } from './db/connect';
import { createApp } from './http/app';
import type { Logger } from './logger';

export const CLIENT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'client');

export interface RunningServer {
  readonly url: string;
  readonly connection: Connection;
  stop(): Promise<void>;
}

export async function startServer(
  config: Config,
  log: Logger,
  options: { clientDir?: string } = {},
): Promise<RunningServer> {
  const connection = connectFromConfig(config);
  try {
    log.info(`Using ${connection.description}`);
    await ensureSeedLoaded(
      connection.db.driver,
      (line) => {
        log.info(line);
      },
      connection.db.database,
    );
    await warmUp(connection.db, log);
    const httpServer = createServer();
    const app = await createApp({
      db: connection.db,
      log,
      httpServer,
      clientDir: options.clientDir ?? CLIENT_DIR,
      development: config.NODE_ENV === 'development',
      limits: {
        maxDepth: config.MAX_QUERY_DEPTH,
        maxAliases: config.MAX_QUERY_ALIASES,
        maxCost: config.MAX_QUERY_COST,
        maxTokens: config.MAX_QUERY_TOKENS,
        maxInputDepth: config.MAX_INPUT_DEPTH,
        maxInputNodes: config.MAX_INPUT_NODES,
      },
      http: {
        requestTimeoutMs: config.REQUEST_TIMEOUT_MS,
        maxRequestDbConcurrency: config.MAX_REQUEST_DB_CONCURRENCY,
        maxInFlight: config.MAX_IN_FLIGHT,
        rateLimit: { max: config.RATE_LIMIT_MAX, windowMs: config.RATE_LIMIT_WINDOW_MS },
        trustProxyHops: config.TRUST_PROXY_HOPS,
        introspection: config.GRAPHQL_INTROSPECTION,
        safelist: config.GRAPHQL_SAFELIST,
      },
    });
    httpServer.on('request', app.express);
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.PORT, config.HOST, resolve);
    });
    const { port } = httpServer.address() as AddressInfo;
    const host = config.HOST === '127.0.0.1' || config.HOST === '0.0.0.0' ? 'localhost' : config.HOST;
    let stopping: Promise<void> | undefined;
    return {
      url: `http://${host}:${port}`,
      connection,
      stop() {
        stopping ??= (async () => {
          await app.apollo.stop(); // drains in-flight requests, then closes the HTTP server
          log.info('HTTP server closed.');
          await connection.close();
        })();
        return stopping;
      },
    };
  } catch (error) {
    await connection.close();
    throw error;
  }
}
