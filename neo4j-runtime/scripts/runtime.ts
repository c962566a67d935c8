/**
 * Starts and stops the project's own Neo4j 5.26 Community (see ../pom.xml) as a child JVM.
 * Attached (npm start, tests): the JVM exits when this Node process goes away, so nothing is orphaned.
 * Detached (npm run db:start): it outlives the launcher and is found again through a pid file.
 * The database requires a password (auth.ts) and speaks Bolt only (conf.ts). While it answers, `<home>/run/connection.json`
 * (../contract/connection.ts) says where, for the programs that connect to it without importing this launcher.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { connectionFilePath, renderLocalConnection } from '../contract/connection';
import { LOCAL_USER, passwordFilePath, preparePassword, readPasswordFile, wrongPasswordMessage } from './auth';
import { jvmFlags, memoryFromEnv, writeNeo4jConf, type Neo4jMemory } from './conf';
import { Neo4jStartError } from './errors';
import { ensureRuntimeInstalled } from './install';
import { findJava } from './java';
import { CLASSES_DIR, DEFAULT_HOME, LIB_DIR } from './paths';
import { isAlive, isProjectNeo4j, removePidFile, runningFromPidFile, writePidFile } from './pid';
import { canConnect, freePort, isPortFree } from './ports';

export { Neo4jStartError } from './errors';
export { isAlive, readPidFile } from './pid';

export interface LocalNeo4jOptions {
  readonly home?: string;
  readonly boltPort?: number;
  /** Heap and page cache; NEO4J_HEAP and NEO4J_PAGECACHE (or the defaults) when not given. */
  readonly memory?: Neo4jMemory;
  /** Keep running after this process exits (db:start). */
  readonly detached?: boolean;
  readonly startTimeoutMs?: number;
  readonly log?: (line: string) => void;
}

export interface LocalNeo4j {
  readonly uri: string;
  readonly user: string;
  /** The database's password, read from its password file (see auth.ts). */
  readonly password: string;
  readonly home: string;
  readonly logsDir: string;
  readonly pid: number;
  /** True when this call started the database (false when it reused a running one). */
  readonly startedHere: boolean;
  stop(): Promise<void>;
}

function tail(file: string, lines = 25): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

type BoltProbe = 'ok' | 'unauthorized' | 'unavailable';

async function probeBolt(uri: string, password: string): Promise<BoltProbe> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(LOCAL_USER, password), { connectionTimeout: 2000 });
  try {
    await driver.executeQuery('RETURN 1', {}, { database: 'neo4j' });
    return 'ok';
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' && code.startsWith('Neo.ClientError.Security.') ? 'unauthorized' : 'unavailable';
  } finally {
    await driver.close();
  }
}

/** NEO4J_LOCAL_BOLT_PORT, or 7687. */
export function boltPortFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.NEO4J_LOCAL_BOLT_PORT;
  if (raw === undefined || raw === '') return 7687;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new Neo4jStartError(`NEO4J_LOCAL_BOLT_PORT must be a port number between 1 and 65535, got "${raw}".`);
  }
  return value;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(200);
  }
  return !isAlive(pid);
}

/** SIGTERM (Neo4j's shutdown hook checkpoints and closes the store cleanly), then SIGKILL after a minute. */
async function terminate(pid: number): Promise<void> {
  process.kill(pid, 'SIGTERM');
  if (!(await waitForExit(pid, 60_000))) process.kill(pid, 'SIGKILL');
}

/** Tells the programs that connect (the server, the seed CLI, the export) where this home's database listens. */
function writeConnectionFile(home: string, uri: string): void {
  mkdirSync(path.join(home, 'run'), { recursive: true });
  writeFileSync(
    connectionFilePath(home),
    renderLocalConnection({ uri, user: LOCAL_USER, passwordFile: passwordFilePath(home) }),
  );
}

function removeConnectionFile(home: string): void {
  rmSync(connectionFilePath(home), { force: true });
}

function handle(
  home: string,
  pid: number,
  boltPort: number,
  password: string,
  startedHere: boolean,
  child?: ChildProcess,
): LocalNeo4j {
  let stopping: Promise<void> | undefined;
  return {
    uri: `bolt://127.0.0.1:${boltPort}`,
    user: LOCAL_USER,
    password,
    home,
    logsDir: path.join(home, 'logs'),
    pid,
    startedHere,
    stop() {
      stopping ??= (async () => {
        if (child && child.exitCode === null && isAlive(pid)) await terminate(pid);
        // Found through the pid file: signal it only while that pid is still this home's Neo4j.
        if (!child && isProjectNeo4j(pid, home)) await terminate(pid);
        removePidFile(home);
        removeConnectionFile(home);
      })();
      return stopping;
    },
  };
}

/**
 * Returns the database already running in `home` (started by db:start), if any. A stale pid file is removed with a
 * message. Throws when the running database refuses the stored password.
 */
export async function findRunningLocalNeo4j(
  home = DEFAULT_HOME,
  log: (line: string) => void = console.log,
): Promise<LocalNeo4j | undefined> {
  const running = runningFromPidFile(home, log);
  if (!running) return undefined;
  const password = readPasswordFile(home);
  if (password === undefined) {
    throw new Neo4jStartError(
      `The local Neo4j (pid ${running.pid}) is running but ${passwordFilePath(home)} is missing. ` +
        'Stop it with `npm run db:stop` and start it again; a database whose password was lost needs its data ' +
        `folder (${path.join(home, 'data')}) deleted.`,
    );
  }
  const uri = `bolt://127.0.0.1:${running.boltPort}`;
  const probe = await probeBolt(uri, password);
  if (probe === 'unauthorized') throw new Neo4jStartError(wrongPasswordMessage(home, uri));
  if (probe === 'unavailable') return undefined;
  // Rewritten in case it went missing (a database started before the file existed, or a deleted run folder).
  writeConnectionFile(home, uri);
  return handle(home, running.pid, running.boltPort, password, false);
}

/**
 * `npm run db:stop`: stops the detached Neo4j of `home` if its pid file names this project's Neo4j, and removes the
 * pid file in every case. A pid that is not this home's Neo4j is never signalled.
 */
export async function stopFromPidFile(
  home = DEFAULT_HOME,
  log: (line: string) => void = console.log,
): Promise<'stopped' | 'not-running'> {
  const running = runningFromPidFile(home, log);
  if (!running) {
    log('No local Neo4j started by `npm run db:start` is running.');
    return 'not-running';
  }
  await terminate(running.pid);
  removePidFile(home);
  removeConnectionFile(home);
  log(`Stopped Neo4j (pid ${running.pid}).`);
  return 'stopped';
}

export async function startLocalNeo4j(options: LocalNeo4jOptions = {}): Promise<LocalNeo4j> {
  const log =
    options.log ??
    ((line: string) => {
      console.log(line);
    });
  // Absolute, so that the pid check can match the JVM's --home-dir argument exactly.
  const home = path.resolve(options.home ?? DEFAULT_HOME);
  const boltPort = options.boltPort ?? 7687;
  const memory = options.memory ?? memoryFromEnv();

  const java = findJava();
  ensureRuntimeInstalled(log);
  if (!(await isPortFree(boltPort))) {
    throw new Neo4jStartError(
      `Port ${boltPort} (Bolt) on 127.0.0.1 is already in use, so the local Neo4j cannot start. ` +
        'Stop whatever holds it (an earlier `npm run db:start`? then run `npm run db:stop`), ' +
        'choose another port with NEO4J_LOCAL_BOLT_PORT, or set NEO4J_URI to use an external Neo4j.',
    );
  }

  const confDir = writeNeo4jConf(home, { boltPort, memory });
  const password = await preparePassword(home, confDir, java, log);
  const logsDir = path.join(home, 'logs');
  mkdirSync(logsDir, { recursive: true });
  mkdirSync(path.join(home, 'run'), { recursive: true });
  const consoleLog = path.join(logsDir, 'console.log');
  const out = openSync(consoleLog, 'a');
  const detached = options.detached ?? false;
  const child = spawn(
    java.bin,
    [
      ...jvmFlags(memory),
      ...(detached ? ['-Datlas.detached=true'] : []),
      '-cp',
      `${CLASSES_DIR}${path.delimiter}${path.join(LIB_DIR, '*')}`,
      'atlas.LocalNeo4j',
      `--home-dir=${home}`,
      `--config-dir=${confDir}`,
    ],
    // Always its own process group, so a terminal's Ctrl-C reaches only the launcher, which then stops the
    // server first and the database last. Attached, it keeps a stdin pipe: when we die, the JVM exits too.
    { stdio: [detached ? 'ignore' : 'pipe', out, out], detached: true },
  );
  closeSync(out);
  const pid = child.pid;
  if (pid === undefined) throw new Neo4jStartError(`Could not start Java (${java.bin}).`);
  if (detached) {
    child.unref();
    writePidFile(home, { pid, boltPort });
  }
  log(`Starting Neo4j 5.26 (Java ${java.major}) on bolt://127.0.0.1:${boltPort}; logs in ${logsDir}`);

  const instance = handle(home, pid, boltPort, password, true, child);
  const deadline = Date.now() + (options.startTimeoutMs ?? 180_000);
  const uri = instance.uri;
  for (;;) {
    if (child.exitCode !== null || !isAlive(pid)) {
      removePidFile(home);
      removeConnectionFile(home);
      throw new Neo4jStartError(
        `Neo4j exited during startup. Logs: ${logsDir}\n--- neo4j.log ---\n${tail(path.join(logsDir, 'neo4j.log'))}\n` +
          `--- console.log ---\n${tail(consoleLog)}`,
      );
    }
    if (await canConnect(boltPort)) {
      const probe = await probeBolt(uri, password);
      if (probe === 'ok') {
        writeConnectionFile(home, uri);
        return instance;
      }
      if (probe === 'unauthorized') {
        await instance.stop();
        throw new Neo4jStartError(wrongPasswordMessage(home, uri));
      }
    }
    if (Date.now() > deadline) {
      await instance.stop();
      throw new Neo4jStartError(`Neo4j did not answer on ${uri} in time. Logs: ${logsDir}`);
    }
    await sleep(500);
  }
}

/**
 * For a command that needs the database (npm start, npm run seed, npm run export): nothing when NEO4J_URI names an
 * external one; otherwise the local Neo4j already running in the default home (db:start), or one started for this
 * process, which the caller stops when done (`startedHere`). Either way the connection file then says where it is.
 */
export async function ensureLocalNeo4j(
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = console.log,
): Promise<LocalNeo4j | undefined> {
  if (env.NEO4J_URI) return undefined;
  const running = await findRunningLocalNeo4j(DEFAULT_HOME, log);
  if (running) {
    log(`Using the local Neo4j on ${running.uri} (pid ${running.pid}).`);
    return running;
  }
  return startLocalNeo4j({ boltPort: boltPortFromEnv(env), memory: memoryFromEnv(env), log });
}

/**
 * A disposable Neo4j for tests and benchmarks: a fresh temp directory and a free port, so it never clashes with
 * `npm start` or another run. stop() also deletes its files; a failed start deletes them at once.
 */
export async function startThrowawayNeo4j(name: string): Promise<LocalNeo4j> {
  const home = mkdtempSync(path.join(os.tmpdir(), `atlas-${name}-neo4j-`));
  try {
    const local = await startLocalNeo4j({ home, boltPort: await freePort(), log: () => undefined });
    return {
      ...local,
      async stop() {
        await local.stop();
        rmSync(home, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
}
