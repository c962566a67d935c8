/**
 * The API server for the scale benchmark, in its own Node process started as `npm start` starts it (heap.ts), so that its resident memory
 * is its own and not the benchmark client's: started against the bulk-loaded database, polled until /healthz
 * answers, its RSS sampled from /proc while the benchmark runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../neo4j-runtime/scripts/ports';
import { targetEnv, type Neo4jTarget } from '../../server/src/db/connect';
import { serverNodeArgs } from '../../server/src/heap';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ServerProcess {
  readonly url: string;
  /** The largest RSS seen so far, in MB. */
  peakRssMb(): number;
  currentRssMb(): number;
  stop(): Promise<void>;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+) kB/u.exec(status)?.[1];
  return kb === undefined ? Number.NaN : Number(kb) / 1024;
}

async function waitUntilUp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API server exited (code ${child.exitCode}) during start-up`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the API server did not answer on ${url} in time`);
}

export async function startServerProcess(target: Neo4jTarget, queryTimeoutMs: number): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [...serverNodeArgs(process.env), path.join(REPO_ROOT, 'server', 'src', 'main.ts')],
    {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        ...targetEnv(target),
        PORT: String(port),
        NODE_ENV: 'production',
        LOG_LEVEL: 'silent',
        RATE_LIMIT_MAX: '0',
        QUERY_TIMEOUT_MS: String(queryTimeoutMs),
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start the API server');
  const url = `http://127.0.0.1:${port}`;
  let peak = 0;
  const sample = () => {
    if (child.exitCode === null) peak = Math.max(peak, rssMb(pid));
  };
  const timer = setInterval(sample, 200);
  const stop = async () => {
    clearInterval(timer);
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  };
  try {
    await waitUntilUp(url, child, 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    peakRssMb: () => {
      sample();
      return peak;
    },
    currentRssMb: () => rssMb(pid),
    stop,
  };
}
