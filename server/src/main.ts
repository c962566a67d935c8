/**
 * The server process (`npm start` runs it under the database launcher, neo4j-runtime/scripts/cli.ts, which brings the
 * local Neo4j up first unless NEO4J_URI is set): validates the configuration, connects, loads the seed when needed and
 * serves the app; Ctrl-C or SIGTERM shuts it down cleanly, after which the launcher stops a database it started.
 */
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { startServer } from './server';

async function main(): Promise<void> {
  // Libraries (Express among them) read NODE_ENV to decide whether to show internals; unset means production here.
  if (!process.env.NODE_ENV) process.env.NODE_ENV = 'production';
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const log = createLogger(config.LOG_LEVEL);
  const server = await startServer(config, log);
  log.info(`Dual-Use AI Atlas is ready at ${server.url} (GraphQL: ${server.url}/graphql)`);

  let firstSignalAt = 0;
  const shutdown = (signal: NodeJS.Signals) => {
    // A terminal's Ctrl-C may arrive twice (directly and relayed by npm/tsx); only a deliberate second
    // press, seconds later, skips the clean shutdown.
    if (firstSignalAt > 0) {
      if (Date.now() - firstSignalAt > 2000) {
        log.warn('Second signal: exiting now.');
        process.exit(130);
      }
      return;
    }
    firstSignalAt = Date.now();
    log.info(`${signal} received, shutting down…`);
    server.stop().then(
      () => {
        log.info('Stopped cleanly.');
        process.exit(0);
      },
      (error: unknown) => {
        log.error({ err: error }, 'Error during shutdown');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
