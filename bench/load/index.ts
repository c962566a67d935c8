/**
 * `npm run bench:load`: throughput and latency of the whole API under concurrent load on loopback. Starts a throwaway
 * Neo4j with the seed and the server in-process (rate limiting off: RATE_LIMIT_MAX=0), then, at each concurrency
 * (1, 8, 32, 64), keeps that many clients busy for a fixed time with a realistic query mix: search in English and in
 * Chinese, an entity with its relations, a depth-2 neighbourhood, paths, coverage, a briefing and graph statistics,
 * each on ids and names picked at random (seeded, so runs are comparable) from the database. Prints requests per
 * second, p50 / p95 / p99 latency and errors per concurrency, and a per-query p95 table; writes both to
 * bench/load/RESULTS.md. Everything it started is stopped at the end.
 *
 * BENCH_DURATION_S (default 10) is the measured time per concurrency, BENCH_WARMUP_S (default 2) an untimed run before
 * each, BENCH_CONCURRENCY (default "1,8,32,64") the levels, BENCH_SEED the random seed of the query mix.
 */
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { startThrowawayNeo4j, type LocalNeo4j } from '../../neo4j-runtime/scripts/runtime';
import { loadConfig } from '../../server/src/config';
import { driverFor, resetToSeed, targetEnv } from '../../server/src/db/connect';
import { createLogger } from '../../server/src/logger';
import { startServer, type RunningServer } from '../../server/src/server';
import { post } from '../http';
import { percentile } from '../stats';

const DURATION_MS = Number(process.env.BENCH_DURATION_S ?? 10) * 1000;
const WARMUP_MS = Number(process.env.BENCH_WARMUP_S ?? 2) * 1000;
const LEVELS = (process.env.BENCH_CONCURRENCY ?? '1,8,32,64').split(',').map(Number);
const SEED = Number(process.env.BENCH_SEED ?? 9);
const RESULTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'RESULTS.md');

/** What the mix draws from: real ids and names from the loaded graph. */
interface Pool {
  readonly ids: readonly string[];
  readonly technologyIds: readonly string[];
  readonly englishPrefixes: readonly string[];
  readonly chineseTerms: readonly string[];
}

interface Operation {
  readonly name: string;
  /** Share of the mix, in percent. */
  readonly weight: number;
  readonly build: (pick: <T>(items: readonly T[]) => T) => { query: string; variables: Record<string, unknown> };
}

const ENTITY = 'id kind name summary sources { document section footnote quote }';
const EDGE = 'id type from to sources { document section footnote quote }';

/** Two different ids (paths from an entity to itself is a BAD_USER_INPUT, not a load to measure). */
function distinctPair(pick: <T>(items: readonly T[]) => T, ids: readonly string[]): { a: string; b: string } {
  const a = pick(ids);
  let b = pick(ids);
  while (b === a) b = pick(ids);
  return { a, b };
}

function operations(pool: Pool): Operation[] {
  return [
    {
      name: 'search (EN)',
      weight: 20,
      build: (pick) => ({
        query: `query($t: String!) { search(text: $t) { ${ENTITY} } }`,
        variables: { t: pick(pool.englishPrefixes) },
      }),
    },
    {
      name: 'search (ZH)',
      weight: 10,
      build: (pick) => ({
        query: 'query($t: String!) { search(text: $t) { id kind name(lang: ZH) summary(lang: ZH) } }',
        variables: { t: pick(pool.chineseTerms) },
      }),
    },
    {
      name: 'entity + relations',
      weight: 20,
      build: (pick) => ({
        query: `query($id: ID!) { entity(id: $id) { ${ENTITY} relations { type direction label other { id kind name } sources { document } } } }`,
        variables: { id: pick(pool.ids) },
      }),
    },
    {
      name: 'neighborhood (depth 2)',
      weight: 15,
      build: (pick) => ({
        query: `query($id: ID!) { neighborhood(id: $id, depth: 2) { truncated nodes { ${ENTITY} } edges { ${EDGE} } } }`,
        variables: { id: pick(pool.ids) },
      }),
    },
    {
      name: 'paths',
      weight: 10,
      build: (pick) => ({
        query: `query($a: ID!, $b: ID!) { paths(from: $a, to: $b) { paths { length nodes { id kind name } edges { ${EDGE} } } skippedHubs { id } } }`,
        variables: distinctPair(pick, pool.ids),
      }),
    },
    {
      name: 'coverage',
      weight: 10,
      build: (pick) => ({
        query: `query($id: ID!) { coverage(technologyId: $id) { via instrument { id kind name } path { length nodes { id name } edges { ${EDGE} } } } }`,
        variables: { id: pick(pool.technologyIds) },
      }),
    },
    {
      name: 'briefing (3 entities)',
      weight: 5,
      build: (pick) => ({
        query:
          'query($ids: [ID!]!) { briefing(ids: $ids) { title markdown citations sections { id facts { text } } } }',
        variables: { ids: [...new Set([pick(pool.ids), pick(pool.ids), pick(pool.ids)])] },
      }),
    },
    {
      name: 'graphStats',
      weight: 10,
      build: () => ({
        query: '{ graphStats { nodes relationships seedVersion byKind { kind count } } }',
        variables: {},
      }),
    },
  ];
}

/** mulberry32: a small seeded generator, so that every run sends the same sequence of queries. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Outcome {
  readonly operation: string;
  readonly ms: number;
  /** undefined for a normal answer; else the first error code, `HTTP <status>` or the socket error. */
  readonly error: string | undefined;
}

async function callOnce(agent: http.Agent, url: URL, operation: Operation, rand: () => number): Promise<Outcome> {
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(rand() * items.length)];
    if (item === undefined) throw new Error('empty pool');
    return item;
  };
  const body = JSON.stringify(operation.build(pick));
  const started = performance.now();
  let error: string | undefined;
  try {
    const { status, text } = await post(agent, url, body);
    const json = JSON.parse(text) as { errors?: { extensions?: { code?: unknown } }[] };
    const code = json.errors?.[0]?.extensions?.code;
    if (json.errors) error = typeof code === 'string' ? code : 'error without a code';
    else if (status !== 200) error = `HTTP ${status}`;
  } catch (failure) {
    error = failure instanceof Error ? failure.message : String(failure);
  }
  return { operation: operation.name, ms: performance.now() - started, error };
}

/** `concurrency` clients, each sending its next request as soon as the previous one is answered, for `durationMs`. */
async function run(
  url: URL,
  ops: readonly Operation[],
  concurrency: number,
  durationMs: number,
  seed: number,
): Promise<Outcome[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const total = ops.reduce((sum, op) => sum + op.weight, 0);
  const outcomes: Outcome[] = [];
  const endAt = performance.now() + durationMs;
  try {
    await Promise.all(
      Array.from({ length: concurrency }, async (_, client) => {
        const rand = random(seed * 1000 + client);
        while (performance.now() < endAt) {
          let roll = rand() * total;
          const operation = ops.find((op) => (roll -= op.weight) < 0) ?? ops[ops.length - 1];
          if (!operation) throw new Error('no operations');
          outcomes.push(await callOnce(agent, url, operation, rand));
        }
      }),
    );
  } finally {
    agent.destroy();
  }
  return outcomes;
}

async function readPool(local: LocalNeo4j): Promise<Pool> {
  const driver = driverFor(local);
  try {
    const { records } = await driver.executeQuery(
      'MATCH (n:Entity) RETURN n.id AS id, n.kind AS kind, n.nameEn AS en, n.nameZh AS zh ORDER BY n.id',
      {},
      { routing: neo4j.routing.READ },
    );
    const rows = records.map((r) => ({
      id: String(r.get('id')),
      kind: String(r.get('kind')),
      en: String(r.get('en') ?? ''),
      zh: String(r.get('zh') ?? ''),
    }));
    const pool: Pool = {
      ids: rows.map((r) => r.id),
      technologyIds: rows.filter((r) => r.kind === 'TECHNOLOGY').map((r) => r.id),
      // What a person types: the first 3–6 letters of an English name, the first two characters of a Chinese one.
      englishPrefixes: rows.map((r, i) => r.en.slice(0, 3 + (i % 4))).filter((t) => t.trim().length >= 3),
      chineseTerms: rows.map((r) => Array.from(r.zh).slice(0, 2).join('')).filter((t) => t.trim().length === 2),
    };
    for (const [name, items] of Object.entries(pool)) {
      if ((items as readonly string[]).length === 0) throw new Error(`No ${name} in the graph.`);
    }
    return pool;
  } finally {
    await driver.close();
  }
}

const fixed = (value: number, width: number, digits = 1) => value.toFixed(digits).padStart(width);

async function main(): Promise<void> {
  let local: LocalNeo4j | undefined;
  let server: RunningServer | undefined;
  try {
    console.log('Starting a throwaway Neo4j with the seed…');
    local = await startThrowawayNeo4j('load');
    await resetToSeed(local);
    server = await startServer(
      loadConfig({
        PORT: '0',
        ...targetEnv(local),
        NODE_ENV: 'production',
        LOG_LEVEL: 'silent',
        RATE_LIMIT_MAX: '0',
      }),
      createLogger('silent'),
    );
    const url = new URL('/graphql', server.url.replace('localhost', '127.0.0.1'));
    const pool = await readPool(local);
    const ops = operations(pool);

    const loadAverage = os.loadavg()[0] ?? 0;
    const mainRows: string[] = [];
    const perQuery = new Map<string, string[]>(ops.map((op) => [op.name, []]));
    for (const concurrency of LEVELS) {
      if (WARMUP_MS > 0) await run(url, ops, concurrency, WARMUP_MS, SEED + 500);
      console.log(`Concurrency ${concurrency}: ${DURATION_MS / 1000} s…`);
      const outcomes = await run(url, ops, concurrency, DURATION_MS, SEED);
      const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
      const errors = outcomes.filter((o) => o.error !== undefined);
      const byError = new Map<string, number>();
      for (const o of errors) byError.set(o.error ?? '', (byError.get(o.error ?? '') ?? 0) + 1);
      const detail = [...byError].map(([code, n]) => `${code} ×${n}`).join(', ');
      mainRows.push(
        `| ${String(concurrency).padStart(11)} | ${String(outcomes.length).padStart(8)} | ` +
          `${fixed(outcomes.length / (DURATION_MS / 1000), 7)} | ${fixed(percentile(times, 50), 7)} | ` +
          `${fixed(percentile(times, 95), 7)} | ${fixed(percentile(times, 99), 7)} | ${String(errors.length).padStart(6)} | ${detail} |`,
      );
      for (const op of ops) {
        const mine = outcomes
          .filter((o) => o.operation === op.name)
          .map((o) => o.ms)
          .sort((a, b) => a - b);
        perQuery.get(op.name)?.push(mine.length > 0 ? fixed(percentile(mine, 95), 7) : '      –');
      }
    }

    const header =
      `Load on loopback, server and clients in one Node process: ${DURATION_MS / 1000} s per concurrency after a ` +
      `${WARMUP_MS / 1000} s warm-up, keep-alive connections, rate limiting off. Node ${process.version}, ` +
      `${os.cpus().length} CPUs, load average ${loadAverage.toFixed(1)} at the start and ` +
      `${(os.loadavg()[0] ?? 0).toFixed(1)} at the end, throwaway local Neo4j 5.26, ` +
      `${pool.ids.length} entities.`;
    const mix = ops.map((op) => `${op.name} ${op.weight} %`).join(', ');
    const table = [
      '| concurrency | requests |   req/s | p50 ms  | p95 ms  | p99 ms  | errors | error codes |',
      '|------------:|---------:|--------:|--------:|--------:|--------:|-------:|-------------|',
      ...mainRows,
    ];
    const queryTable = [
      `| p95 ms by query          | ${LEVELS.map((c) => `c=${c}`.padStart(7)).join(' | ')} |`,
      `|--------------------------|${LEVELS.map(() => '--------:').join('|')}|`,
      ...ops.map((op) => `| ${op.name.padEnd(24)} | ${(perQuery.get(op.name) ?? []).join(' | ')} |`),
    ];
    const output = [header, '', `Query mix: ${mix}.`, '', ...table, '', ...queryTable].join('\n');
    console.log(`\n${output}`);
    writeFileSync(
      RESULTS,
      [
        '# Load benchmark results',
        '',
        'Output of `npm run bench:load` (bench/load/index.ts): the whole API (Express, Apollo, limits, resolvers, driver)',
        'under concurrent clients on loopback, each client sending its next request as soon as the previous one is',
        'answered. Ids and search terms are picked at random (seeded) from the graph. The clients share the server’s',
        'Node process and its CPU, so the figures are a floor for what the server alone would do; on a shared machine',
        'expect noise, mostly in the p99 column. An error is any answer that is not HTTP 200 without errors.',
        '',
        '```text',
        output,
        '```',
        '',
      ].join('\n'),
    );
    console.log(`\nWritten to ${path.relative(process.cwd(), RESULTS)}`);
  } finally {
    await server?.stop();
    await local?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
