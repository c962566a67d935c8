/**
 * `npm start`: validates the configuration, brings up the database (local unless NEO4J_URI is set),
 * loads the seed when needed and serves the app; Ctrl-C or SIGTERM shuts everything down, the JVM included.
 */
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { startServer } from './server';

async function main(): Promise<void> {
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

  let signals = 0;
  const shutdown = (signal: NodeJS.Signals) => {
    signals += 1;
    if (signals > 1) {
      log.warn('Second signal: exiting now.');
      process.exit(130);
    }
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
