/**
 * The local Neo4j's launcher:
 *   db:start / db:stop       the local Neo4j as a background service for development (idempotent);
 *   run -- <command> [args]  runs a command (npm start: the server) with the database up: an external one when
 *                            NEO4J_URI is set, else the running local one, else a local one started for the command
 *                            and stopped after it. The command finds the local database through its connection
 *                            file (../contract/connection.ts), never by importing this launcher.
 *   serve                    `run` of the API server (npm start) with its heap budget (server/src/heap.ts).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverNodeArgs } from '../../server/src/heap';
import { passwordFilePath } from './auth';
import { DEFAULT_HOME } from './paths';
import { boltPortFromEnv, ensureLocalNeo4j, findRunningLocalNeo4j, startLocalNeo4j, stopFromPidFile } from './runtime';

const USAGE = 'usage: tsx neo4j-runtime/scripts/cli.ts start|stop|serve|run -- <command> [args…]';

const SERVER_MAIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'server', 'src', 'main.ts');

async function start(): Promise<void> {
  const running = await findRunningLocalNeo4j();
  if (running) {
    console.log(`Neo4j is already running on ${running.uri} (pid ${running.pid}); logs in ${running.logsDir}`);
    return;
  }
  const db = await startLocalNeo4j({ detached: true, boltPort: boltPortFromEnv() });
  console.log(
    `Neo4j is up on ${db.uri} (pid ${db.pid}), user ${db.user}, password in ${passwordFilePath(db.home)}. ` +
      'Stop it with: npm run db:stop',
  );
}

/** Runs `command` with the database up; stops a database started here once the command has exited. */
async function run(command: readonly string[]): Promise<number> {
  const [bin, ...args] = command;
  if (bin === undefined) throw new Error(USAGE);
  // The launcher's lines go to stderr: the command's stdout may be data (npm run -s export).
  const local = await ensureLocalNeo4j(process.env, (line) => {
    console.error(line);
  });
  const child = spawn(bin, args, { stdio: 'inherit' });
  // A terminal's Ctrl-C reaches the command directly (same process group); a SIGTERM sent to the launcher alone is
  // passed on. Either way the launcher waits for the command to finish before it stops the database.
  const relay = (signal: NodeJS.Signals) => {
    if (child.exitCode === null) child.kill(signal);
  };
  const onInt = () => undefined;
  process.on('SIGINT', onInt);
  process.on('SIGTERM', relay);
  const code = await new Promise<number>((resolve) => {
    child.once('error', (error) => {
      console.error(`Could not run ${bin}: ${error.message}`);
      resolve(127);
    });
    child.once('exit', (exitCode, signal) => {
      resolve(exitCode ?? (signal === 'SIGINT' ? 130 : 1));
    });
  });
  if (local?.startedHere) {
    console.error('Stopping the local Neo4j…');
    await local.stop();
  }
  process.off('SIGINT', onInt);
  process.off('SIGTERM', relay);
  return code;
}

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'start') await start();
  else if (command === 'stop') await stopFromPidFile(DEFAULT_HOME);
  else if (command === 'run') return run(rest[0] === '--' ? rest.slice(1) : rest);
  else if (command === 'serve') return run([process.execPath, ...serverNodeArgs(process.env), SERVER_MAIN]);
  else throw new Error(USAGE);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
