/**
 * The real server in a child process, and a raw HTTP client, for the hostile-input, fuzz and fault tests.
 *
 * Why a child process and not startServer() inside the test worker: the inputs these tests send have, before their
 * fixes, pinned the server's CPU for minutes (a synchronous validation rule). In-process, that would freeze the test
 * worker's own event loop, so no timeout could fire and the whole run would hang; in a child, the test sees the stall
 * as a late or missing answer, fails with a clear message, and replaces the wedged server. It also lets the tests
 * watch a normal client being served while the hostile request is in flight, as a real second client would be.
 *
 * The child runs without NODE_ENV (Vitest sets it to `test` for the worker), as an operator's `npm start` does: the
 * server must answer without traces when nobody set it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http, { type IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { targetEnv } from '../../server/src/db/connect';
import { serverNodeArgs } from '../../server/src/heap';
import '../setup/provided';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CHILD_ENTRY = path.join(ROOT, 'tests', 'integration', 'server-child.ts');

export interface ServerProcess {
  /** Base URL on 127.0.0.1 (the address the server listens on), e.g. http://127.0.0.1:41234. */
  readonly url: string;
  readonly pid: number;
  /** Asks the server to shut down cleanly; kills it when it does not exit within 10 s (a wedged server cannot). */
  stop(): Promise<void>;
  /** Kills the server at once (SIGKILL), for a server a hostile request has wedged. */
  kill(): Promise<void>;
  /** Empty while the server runs; otherwise how it exited and the end of its stderr (for assertion messages). */
  exitReport(): string;
}

/** The settings every test server shares: port 0, the integration tier's Neo4j, production mode. */
export function tierSettings(extra: Record<string, string> = {}): Record<string, string> {
  const neo4j = inject('neo4j');
  if (!neo4j.uri) throw new Error('The integration tier needs the Neo4j from tests/setup/global.ts.');
  return {
    PORT: '0',
    ...targetEnv(neo4j),
    NODE_ENV: 'production',
    ...extra,
  };
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
}

/** Starts startServer(loadConfig(settings), createLogger('silent')) in a child process and waits until it listens. */
export async function spawnServer(settings: Record<string, string>, startTimeoutMs = 120_000): Promise<ServerProcess> {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key === 'NODE_ENV' || key.startsWith('VITEST')) continue;
    env[key] = value;
  }
  env.ATLAS_TEST_SERVER_CONFIG = JSON.stringify(settings);
  const child = spawn(process.execPath, [...serverNodeArgs(env), CHILD_ENTRY], {
    cwd: ROOT,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`Could not start ${process.execPath} for the test server.`);
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });

  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The test server did not start within ${startTimeoutMs} ms.\n${stderr}`));
    }, startTimeoutMs);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      const line = stdout.split('\n').find((l) => l.startsWith('{"url":'));
      if (!line) return;
      clearTimeout(timer);
      const listening = new URL((JSON.parse(line) as { url: string }).url);
      // The server listens on 127.0.0.1 only; asking for that address avoids a detour through ::1 for "localhost".
      listening.hostname = '127.0.0.1';
      resolve(listening.origin);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The test server exited during start-up (code ${code}, signal ${signal}).\n${stderr}`));
    });
  });

  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited(child);
  };
  return {
    url,
    pid,
    kill,
    exitReport() {
      if (child.exitCode === null && child.signalCode === null) return '';
      return `the server exited (code ${child.exitCode}, signal ${child.signalCode}): ${stderr.slice(-1500)}`;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.stdin.end();
      const done = exited(child);
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => {
        timer = setTimeout(() => {
          resolve('late');
        }, 10_000);
      });
      const outcome = await Promise.race([done.then(() => 'exited' as const), late]);
      clearTimeout(timer);
      if (outcome === 'late') await kill();
    },
  };
}

export interface Reply {
  /** 0 when no answer came within the timeout (or the connection failed). */
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly text: string;
  /** Wall time from sending the request to the end of the response body. */
  readonly ms: number;
  /** Why there is no answer: 'timeout' or the socket error's message; undefined when there is one. */
  readonly failure: string | undefined;
}

export interface RequestOptions {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string | Buffer;
  readonly timeoutMs?: number;
  /** Source address on the loopback network, to act as another client (e.g. 127.0.0.2). */
  readonly localAddress?: string;
  /** Called once the whole request has been handed to the socket (for "send another request meanwhile"). */
  readonly onSent?: () => void;
}

/**
 * One HTTP request on its own connection, sending exactly the given headers and bytes (fetch would rewrite some of
 * them); resolves in every case, with `failure` set when no answer came, so that callers assert with a message.
 */
export function send(url: string, options: RequestOptions = {}): Promise<Reply> {
  const started = performance.now();
  return new Promise((resolve) => {
    let settled = false;
    const finish = (reply: Omit<Reply, 'ms'>) => {
      if (settled) return;
      settled = true;
      resolve({ ...reply, ms: performance.now() - started });
    };
    const headers: Record<string, string | number> = { ...options.headers };
    if (options.body !== undefined) headers['content-length'] = Buffer.byteLength(options.body);
    const request = http.request(
      url,
      { method: options.method ?? 'GET', headers, agent: false, localAddress: options.localAddress },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          finish({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).toString('utf8'),
            failure: undefined,
          });
        });
        response.on('error', (error) => {
          finish({ status: 0, headers: {}, text: '', failure: error.message });
        });
      },
    );
    request.setTimeout(options.timeoutMs ?? 15_000, () => {
      finish({ status: 0, headers: {}, text: '', failure: 'timeout' });
      request.destroy();
    });
    request.on('error', (error) => {
      finish({ status: 0, headers: {}, text: '', failure: error.message });
    });
    request.end(options.body, () => {
      options.onSent?.();
    });
  });
}

/** POST /graphql with a JSON body (a string is sent as it is). */
export function postGraphql(
  baseUrl: string,
  body: unknown,
  options: Omit<RequestOptions, 'method' | 'body'> = {},
): Promise<Reply> {
  return send(`${baseUrl}/graphql`, {
    ...options,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export interface WireError {
  readonly message: string;
  readonly extensions?: Record<string, unknown>;
}

export interface WireBody {
  readonly data?: Record<string, unknown> | null;
  readonly errors?: WireError[];
}

/** The body as JSON, or undefined when it is not JSON. */
export function jsonOf(reply: Reply): WireBody | undefined {
  try {
    return JSON.parse(reply.text) as WireBody;
  } catch {
    return undefined;
  }
}

/** What must never reach a client: stack frames, absolute paths of this checkout, dependency paths. */
export function traceMarkers(text: string): string[] {
  const markers = ['/work/', ROOT, 'node_modules', '    at ', '"stacktrace"'];
  const found = markers.filter((marker) => text.includes(marker));
  if (/\bat \S+ \(?[^\s()]+\.(?:ts|js|mjs|cjs):\d+:\d+\)?/u.test(text)) found.push('a stack frame');
  return found;
}

/** A one-line description of a reply for assertion messages. */
export function describeReply(reply: Reply): string {
  if (reply.failure) return `no answer after ${Math.round(reply.ms)} ms (${reply.failure})`;
  return `HTTP ${reply.status} after ${Math.round(reply.ms)} ms: ${reply.text.slice(0, 300)}`;
}
