/**
 * `npm run bench:scale -- --nodes N [--rels M] [--seed S] [--home DIR] [--load-only] [--only TEXT]`: generates a
 * synthetic graph of N entities (or reuses the one cached under the OS temp directory, keyed by N, M, the seed and the
 * real seed's version), bulk-loads it into a fresh local Neo4j (or, with --home, into DIR, kept for the next run with
 * the same --home, which then starts it instead of importing again: database.ts), starts the API server in its own process against it, and times each contract query on random
 * inputs through the API over HTTP and as the same Cypher through neo4j-driver, sequentially and at concurrency 8.
 * Prints p50 / p95 / p99 side by side, and the server's peak RSS. --load-only stops after the bulk load's figures;
 * --only runs just the queries whose name contains TEXT.
 * NEO4J_HEAP and NEO4J_PAGECACHE size the database; BENCH_ITERATIONS (default 100) and BENCH_WARMUP (default 10)
 * set the requests per query and mode, BENCH_BUDGET_MS (default 10 s) the most time each query, mode and side may
 * take (fewer requests are then timed: the `n` column). No timing is asserted: the figures go to bench/scale/RESULTS.md by hand.
 */
import { existsSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { SyntheticGraph } from '../../graph-seed/src/gen/graph';
import { defaultOut, generate, parseGenArgs } from '../../graph-seed/src/gen/run';
import { BULK_FILES } from '../../graph-seed/src/gen/writeBulk';
import { DEFAULT_DATA_DIR, readAndValidateSeed } from '../../graph-seed/src/index';
import { memoryFromEnv } from '../../neo4j-runtime/scripts/conf';
import { runReadQueries } from '../floor';
import { post } from '../http';
import { timePaired, type Timing } from '../paired';
import { percentile } from '../stats';
import { CASES, type Request } from './cases';
import { openBenchDatabase } from './database';
import { drawInputs } from './inputs';
import { startServerProcess } from './serverProcess';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 100);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 10);
const CONCURRENCY = 8;
const QUERY_TIMEOUT_MS = 10_000;
/** Each query and mode stops taking new inputs after this long per side, so one slow query cannot stall the run. */
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 10_000);

/** Kept-alive connections, one per concurrent request: the client's own cost stays out of the API's figures. */
const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

async function overHttp(url: URL, request: Request): Promise<void> {
  const response = await post(agent, url, JSON.stringify(request.graphql));
  const json = JSON.parse(response.text) as { data?: unknown; errors?: { message?: string }[] };
  if (response.status !== 200 || json.errors) throw new Error(json.errors?.[0]?.message ?? `HTTP ${response.status}`);
  const wrong = request.check?.(json.data);
  if (wrong !== undefined) throw new Error(wrong);
}

const cell = (timing: Timing, p: number) => percentile(timing.times, p).toFixed(1).padStart(7);
const triple = (timing: Timing) => [50, 95, 99].map((p) => cell(timing, p)).join(' |');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      nodes: { type: 'string' },
      rels: { type: 'string' },
      seed: { type: 'string' },
      home: { type: 'string' },
      'load-only': { type: 'boolean', default: false },
      only: { type: 'string' },
    },
    allowPositionals: false,
  });
  const options = parseGenArgs({ nodes: values.nodes, rels: values.rels, seed: values.seed, format: 'bulk' });
  if ('error' in options)
    throw new Error(
      `${options.error}\nusage: npm run bench:scale -- --nodes N [--rels M] [--seed S] [--home DIR] [--load-only] [--only TEXT]`,
    );
  const real = await readAndValidateSeed();
  if (!real.ok) throw new Error('the seed is invalid: run `npm run seed -- --check`');
  const dir = defaultOut(options, 'bulk', real.seed.version);
  if (existsSync(path.join(dir, BULK_FILES.meta))) console.log(`Reusing the generated graph in ${dir}.`);
  else {
    const started = performance.now();
    const written = generate(real.seed, { ...options, out: dir }, DEFAULT_DATA_DIR);
    console.log(
      `Generated ${written.nodes} entities and ${written.relationships} relationships ` +
        `(${(written.bytes / 1e6).toFixed(0)} MB of CSV) in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
    );
  }

  const memory = memoryFromEnv();
  const loaded = await openBenchDatabase(
    dir,
    values.home === undefined ? undefined : path.resolve(values.home),
    memory,
  );
  const { local } = loaded;
  const driver = neo4j.driver(local.uri, neo4j.auth.basic(local.user, local.password), {
    disableLosslessIntegers: true,
  });
  let server: Awaited<ReturnType<typeof startServerProcess>> | undefined;
  try {
    if (values['load-only']) return;
    server = await startServerProcess(local, QUERY_TIMEOUT_MS);
    const graphqlUrl = new URL(`${server.url}/graphql`);
    const inputs = await drawInputs(new SyntheticGraph(real.seed, options), driver, ITERATIONS + WARMUP);
    const rows: Record<'sequential' | 'concurrent', string[]> = { sequential: [], concurrent: [] };
    for (const c of CASES.filter((c) => values.only === undefined || c.name.includes(values.only))) {
      console.log(`${c.name}…`);
      const api = (i: number) => overHttp(graphqlUrl, c.build(inputs, i));
      const db = (i: number) => runReadQueries(driver, undefined, c.build(inputs, i).cypher, QUERY_TIMEOUT_MS);
      await timePaired([api, db], { count: WARMUP, concurrency: 1, budgetMs: BUDGET_MS });
      for (const [mode, concurrency] of [
        ['sequential', 1],
        ['concurrent', CONCURRENCY],
      ] as const) {
        const offset = (i: number) => WARMUP + i;
        const [apiTiming, dbTiming] = await timePaired([(i) => api(offset(i)), (i) => db(offset(i))], {
          count: ITERATIONS,
          concurrency,
          budgetMs: BUDGET_MS,
        });
        const ratio = percentile(apiTiming.times, 50) / percentile(dbTiming.times, 50);
        const errors = apiTiming.errors + dbTiming.errors;
        const n = `${apiTiming.times.length}/${dbTiming.times.length}`;
        rows[mode].push(
          `| ${c.name.padEnd(24)} | ${triple(apiTiming)} | ${triple(dbTiming)} | ${`${ratio.toFixed(2)}×`.padStart(6)} | ${n.padStart(7)} | ` +
            `${String(errors).padStart(3)} ${apiTiming.firstError ?? dbTiming.firstError ?? ''} |`,
        );
      }
    }
    const header = [
      '| query                    | API p50 | API p95 | API p99 |  DB p50 |  DB p95 |  DB p99 | p50 ×  |  n API/DB | err |',
      '|--------------------------|--------:|--------:|--------:|--------:|--------:|--------:|-------:|----------:|-----|',
    ];
    console.log(
      `\n${loaded.nodes} entities, ${loaded.relationships} relationships; ${ITERATIONS} requests per query and mode ` +
        `after ${WARMUP} warm-up; latency in ms. Node ${process.version}, ${os.cpus().length} CPUs, ` +
        `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${(os.loadavg()[0] ?? 0).toFixed(1)}; ` +
        `Neo4j 5.26 heap ${memory.heapMb} MiB, page cache ${memory.pageCacheMb} MiB.`,
    );
    console.log(`\nSequential:\n${[...header, ...rows.sequential].join('\n')}`);
    console.log(`\nConcurrency ${CONCURRENCY}:\n${[...header, ...rows.concurrent].join('\n')}`);
    console.log(
      `\nAPI server RSS: peak ${server.peakRssMb().toFixed(0)} MB, at the end ${server.currentRssMb().toFixed(0)} MB.`,
    );
  } finally {
    await server?.stop();
    agent.destroy();
    await driver.close();
    await loaded.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
