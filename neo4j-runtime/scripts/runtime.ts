/**
 * Starts and stops the project's own Neo4j 5.26 Community (see ../pom.xml) as a child JVM.
 * Attached (npm start, tests): the JVM exits when this Node process goes away, so nothing is orphaned.
 * Detached (npm run db:start): it outlives the launcher and is found again through a pid file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { writeNeo4jConf, JVM_FLAGS } from './conf';
import { ensureRuntimeInstalled } from './install';
import { findJava } from './java';
import { CLASSES_DIR, DEFAULT_HOME, LIB_DIR } from './paths';
import { canConnect, freePort, isPortFree } from './ports';

export class Neo4jStartError extends Error {
  override name = 'Neo4jStartError';
}

export interface LocalNeo4jOptions {
  readonly home?: string;
  readonly boltPort?: number;
  readonly httpPort?: number;
  /** Keep running after this process exits (db:start). */
  readonly detached?: boolean;
  readonly startTimeoutMs?: number;
  readonly log?: (line: string) => void;
}

export interface LocalNeo4j {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly home: string;
  readonly logsDir: string;
  readonly pid: number;
  /** True when this call started the database (false when it reused a running one). */
  readonly startedHere: boolean;
  stop(): Promise<void>;
}

interface PidFile {
  readonly pid: number;
  readonly boltPort: number;
  readonly httpPort: number;
}

const pidFilePath = (home: string) => path.join(home, 'run', 'atlas-neo4j.json');

export function readPidFile(home: string): PidFile | undefined {
  try {
    return JSON.parse(readFileSync(pidFilePath(home), 'utf8')) as PidFile;
  } catch {
    return undefined;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function tail(file: string, lines = 25): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

async function boltAnswers(uri: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'neo4j'), { connectionTimeout: 2000 });
  try {
    await driver.executeQuery('RETURN 1', {}, { database: 'neo4j' });
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
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

function handle(home: string, pid: number, boltPort: number, startedHere: boolean, child?: ChildProcess): LocalNeo4j {
  let stopping: Promise<void> | undefined;
  return {
    uri: `bolt://127.0.0.1:${boltPort}`,
    user: 'neo4j',
    password: 'neo4j',
    home,
    logsDir: path.join(home, 'logs'),
    pid,
    startedHere,
    stop() {
      stopping ??= (async () => {
        if (child && child.exitCode !== null) return;
        if (!isAlive(pid)) return;
        process.kill(pid, 'SIGTERM'); // Neo4j's shutdown hook checkpoints and closes the store cleanly
        if (!(await waitForExit(pid, 60_000))) process.kill(pid, 'SIGKILL');
        rmSync(pidFilePath(home), { force: true });
      })();
      return stopping;
    },
  };
}

/** Returns the database already running in `home` (started by db:start), if any. */
export async function findRunningLocalNeo4j(home = DEFAULT_HOME): Promise<LocalNeo4j | undefined> {
  const pidFile = readPidFile(home);
  if (!pidFile || !isAlive(pidFile.pid)) return undefined;
  if (!(await boltAnswers(`bolt://127.0.0.1:${pidFile.boltPort}`))) return undefined;
  return handle(home, pidFile.pid, pidFile.boltPort, false);
}

export async function startLocalNeo4j(options: LocalNeo4jOptions = {}): Promise<LocalNeo4j> {
  const log =
    options.log ??
    ((line: string) => {
      console.log(line);
    });
  const home = options.home ?? DEFAULT_HOME;
  const boltPort = options.boltPort ?? 7687;
  const httpPort = options.httpPort ?? 7474;

  const java = findJava();
  ensureRuntimeInstalled(log);
  for (const [port, what] of [
    [boltPort, 'Bolt'],
    [httpPort, 'HTTP'],
  ] as const) {
    if (!(await isPortFree(port))) {
      throw new Neo4jStartError(
        `Port ${port} (${what}) on 127.0.0.1 is already in use, so the local Neo4j cannot start. ` +
          'Stop whatever holds it (an earlier `npm run db:start`? then run `npm run db:stop`), ' +
          'choose other ports with NEO4J_LOCAL_BOLT_PORT / NEO4J_LOCAL_HTTP_PORT, or set NEO4J_URI to use an external Neo4j.',
      );
    }
  }

  const confDir = writeNeo4jConf(home, { boltPort, httpPort });
  const logsDir = path.join(home, 'logs');
  mkdirSync(logsDir, { recursive: true });
  mkdirSync(path.join(home, 'run'), { recursive: true });
  const consoleLog = path.join(logsDir, 'console.log');
  const out = openSync(consoleLog, 'a');
  const detached = options.detached ?? false;
  const child = spawn(
    java.bin,
    [
      ...JVM_FLAGS,
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
    writeFileSync(pidFilePath(home), JSON.stringify({ pid, boltPort, httpPort } satisfies PidFile));
  }
  log(`Starting Neo4j 5.26 (Java ${java.major}) on bolt://127.0.0.1:${boltPort}; logs in ${logsDir}`);

  const instance = handle(home, pid, boltPort, true, child);
  const deadline = Date.now() + (options.startTimeoutMs ?? 180_000);
  const uri = instance.uri;
  for (;;) {
    if (child.exitCode !== null || !isAlive(pid)) {
      throw new Neo4jStartError(
        `Neo4j exited during startup. Logs: ${logsDir}\n--- neo4j.log ---\n${tail(path.join(logsDir, 'neo4j.log'))}\n` +
          `--- console.log ---\n${tail(consoleLog)}`,
      );
    }
    if ((await canConnect(boltPort)) && (await boltAnswers(uri))) return instance;
    if (Date.now() > deadline) {
      await instance.stop();
      throw new Neo4jStartError(`Neo4j did not answer on ${uri} in time. Logs: ${logsDir}`);
    }
    await sleep(500);
  }
}

/**
 * A disposable Neo4j for tests and benchmarks: a fresh temp directory and free ports, so it never clashes with
 * `npm start` or another run. stop() also deletes its files; a failed start deletes them at once.
 */
export async function startThrowawayNeo4j(name: string): Promise<LocalNeo4j> {
  const home = mkdtempSync(path.join(os.tmpdir(), `atlas-${name}-neo4j-`));
  try {
    const local = await startLocalNeo4j({
      home,
      boltPort: await freePort(),
      httpPort: await freePort(),
      log: () => undefined,
    });
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
