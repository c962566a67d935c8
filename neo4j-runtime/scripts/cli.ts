/** `npm run db:start` / `npm run db:stop`: the local Neo4j as a background service for development. */
import { passwordFilePath } from './auth';
import { DEFAULT_HOME } from './paths';
import { findRunningLocalNeo4j, startLocalNeo4j, stopFromPidFile } from './runtime';

function port(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new Error(`${name} must be a port number between 1 and 65535, got "${raw}".`);
  }
  return value;
}

async function main(command: string | undefined): Promise<void> {
  if (command === 'start') {
    const running = await findRunningLocalNeo4j();
    if (running) {
      console.log(`Neo4j is already running on ${running.uri} (pid ${running.pid}); logs in ${running.logsDir}`);
      return;
    }
    const db = await startLocalNeo4j({ detached: true, boltPort: port('NEO4J_LOCAL_BOLT_PORT', 7687) });
    console.log(
      `Neo4j is up on ${db.uri} (pid ${db.pid}), user ${db.user}, password in ${passwordFilePath(db.home)}. ` +
        'Stop it with: npm run db:stop',
    );
    return;
  }
  if (command === 'stop') {
    await stopFromPidFile(DEFAULT_HOME);
    return;
  }
  throw new Error('usage: tsx neo4j-runtime/scripts/cli.ts start|stop');
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
