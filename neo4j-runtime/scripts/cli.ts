/** `npm run db:start` / `npm run db:stop`: the local Neo4j as a background service for development. */
import { DEFAULT_HOME } from './paths';
import { findRunningLocalNeo4j, isAlive, readPidFile, startLocalNeo4j } from './runtime';

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
    const db = await startLocalNeo4j({
      detached: true,
      boltPort: port('NEO4J_LOCAL_BOLT_PORT', 7687),
      httpPort: port('NEO4J_LOCAL_HTTP_PORT', 7474),
    });
    console.log(`Neo4j is up on ${db.uri} (pid ${db.pid}). Stop it with: npm run db:stop`);
    return;
  }
  if (command === 'stop') {
    const pidFile = readPidFile(DEFAULT_HOME);
    if (!pidFile || !isAlive(pidFile.pid)) {
      console.log('No local Neo4j started by `npm run db:start` is running.');
      return;
    }
    process.kill(pidFile.pid, 'SIGTERM');
    const deadline = Date.now() + 60_000;
    while (isAlive(pidFile.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    if (isAlive(pidFile.pid)) process.kill(pidFile.pid, 'SIGKILL');
    console.log(`Stopped Neo4j (pid ${pidFile.pid}).`);
    return;
  }
  throw new Error('usage: tsx neo4j-runtime/scripts/cli.ts start|stop');
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
