/**
 * `npm run bench:api`: p50 / p95 latency of each contract query over HTTP (the whole API: Express, Apollo, limits,
 * resolvers, driver) and of the same Cypher, from the same builders, run straight through neo4j-driver (the database
 * floor), in one run, the two sides in turns; prints both, their ratio and their difference (the API's overhead over
 * the floor), and the API server's peak resident memory.
 *
 * The server runs in its own Node process, as in production, so its memory is its own; the client is node:http with
 * one keep-alive connection, the lightest client Node has, so that the API figures measure the API and not `fetch`.
 *
 * Uses the Neo4j named by NEO4J_URI (+ NEO4J_USER / NEO4J_PASSWORD), loading the seed if it is missing or stale;
 * otherwise starts a throwaway local Neo4j on free ports, loads the seed, and stops it at the end.
 * BENCH_ITERATIONS (default 200) and BENCH_WARMUP (default 20) set the number of timed and untimed runs.
 */
import http from 'node:http';
import os from 'node:os';
import neo4j, { type Driver } from 'neo4j-driver';
import { startThrowawayNeo4j, type LocalNeo4j } from '../../neo4j-runtime/scripts/runtime';
import { loadConfig } from '../../server/src/config';
import { MAX_INSTRUMENTS } from '../../server/src/coverage/query';
import { readCoverage } from '../../server/src/coverage/repository';
import type { FloorWork } from '../floor';
import { externalTarget, resetToSeed, type Neo4jTarget } from '../../server/src/db/connect';
import { entityQuery, relationsQuery } from '../../server/src/entity/query';
import { neighborhoodQuery } from '../../server/src/neighborhood/query';
import { NO_PATH_FILTERS, pathsAsk } from '../../server/src/paths/query';
import { readPaths } from '../../server/src/paths/repository';
import { utcToday } from '../../server/src/graphql/date';
import { searchQuery } from '../../server/src/search/query';
import { graphStatsQuery } from '../../server/src/stats/query';
import { readMatrix } from '../../server/src/matrix/repository';
import { timelineQuery } from '../../server/src/timeline/query';
import { runReadQueries } from '../floor';
import { startServerProcess, type ServerProcess } from '../scale/serverProcess';
import { post } from '../http';
import { timePaired, type Timing } from '../paired';
import { percentile } from '../stats';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);
const QUERY_TIMEOUT_MS = 5000;

interface Case {
  readonly name: string;
  readonly graphql: { query: string; variables: Record<string, unknown> };
  /** The Cypher the resolvers run for this operation, in order. */
  readonly cypher: FloorWork;
}

interface Latency {
  readonly p50: number;
  readonly p95: number;
}

/** p50 and p95 of one side's runs; any failed run ends the benchmark, since a figure over fewer runs would mislead. */
function latency(name: string, side: string, timing: Timing): Latency {
  if (timing.errors > 0) throw new Error(`${name} (${side}) failed ${timing.errors} times: ${timing.firstError ?? ''}`);
  return { p50: percentile(timing.times, 50), p95: percentile(timing.times, 95) };
}

async function lookUpId(driver: Driver, database: string | undefined, name: string, kind: string): Promise<string> {
  const result = await driver.executeQuery(
    `MATCH (n:Entity {kind: $kind}) WHERE toLower(n.nameEn) = toLower($name) OR $name IN n.aliases
     RETURN n.id AS id ORDER BY n.id LIMIT 1`,
    { name, kind },
    { database, routing: neo4j.routing.READ },
  );
  const id: unknown = result.records[0]?.get('id');
  if (typeof id !== 'string') throw new Error(`No ${kind} named "${name}" in the graph.`);
  return id;
}

function cases(ids: { h100: string; npt: string; wassenaar: string; weights: string }): Case[] {
  const entityFields = 'id kind name summary aliases sources { document section footnote quote url supplementary }';
  const edgeFields = 'id type from to sources { document section footnote quote }';
  return [
    {
      name: 'search (EN prefix)',
      graphql: {
        query: `query($text: String!) { search(text: $text) { ${entityFields} } }`,
        variables: { text: 'Wass' },
      },
      cypher: [searchQuery('Wass', null, 20)],
    },
    {
      name: 'search (ZH)',
      graphql: {
        query: `query($text: String!) { search(text: $text) { ${entityFields} } }`,
        variables: { text: '出口管制' },
      },
      cypher: [searchQuery('出口管制', null, 20)],
    },
    {
      name: 'entity + relations',
      graphql: {
        query: `query($id: ID!) { entity(id: $id) { ${entityFields} relations { type direction label other { id kind name } sources { document } } } }`,
        variables: { id: ids.wassenaar },
      },
      // One transaction, the two statements pipelined, as the resolver reads them.
      cypher: (run) => Promise.all([run(entityQuery(ids.wassenaar)), run(relationsQuery(ids.wassenaar, null, null))]),
    },
    {
      name: 'neighborhood (depth 2)',
      graphql: {
        query: `query($id: ID!) { neighborhood(id: $id, depth: 2) { truncated nodes { ${entityFields} } edges { ${edgeFields} } } }`,
        variables: { id: ids.wassenaar },
      },
      cypher: [neighborhoodQuery(ids.wassenaar, 2, null, null, 150, utcToday())],
    },
    {
      name: 'paths (max 6, 5 paths)',
      graphql: {
        query: `query($from: ID!, $to: ID!) { paths(from: $from, to: $to) { paths { length nodes { ${entityFields} } edges { ${edgeFields} } } skippedHubs { id } } }`,
        variables: { from: ids.h100, to: ids.npt },
      },
      // The resolver's own search: bibliographic links left out first, then the hubs it may have skipped.
      cypher: (run) =>
        readPaths(
          run,
          pathsAsk({ from: ids.h100, to: ids.npt, maxLength: 6, limit: 5, asOf: utcToday() }, NO_PATH_FILTERS),
        ),
    },
    {
      name: 'coverage',
      graphql: {
        query: `query($id: ID!) { coverage(technologyId: $id) { via instrument { ${entityFields} } path { length nodes { id kind name } edges { ${edgeFields} } } } }`,
        variables: { id: ids.h100 },
      },
      cypher: (run) => readCoverage(run, [ids.h100], { asOf: utcToday(), cap: MAX_INSTRUMENTS, kinds: null }),
    },
    {
      name: 'coverage asOf 2025-03-01',
      graphql: {
        query: `query($id: ID!) { coverage(technologyId: $id, asOf: "2025-03-01") { via basis instrument { ${entityFields} } path { length nodes { id kind name } edges { ${edgeFields} } } } }`,
        variables: { id: ids.weights },
      },
      cypher: (run) => readCoverage(run, [ids.weights], { asOf: '2025-03-01', cap: MAX_INSTRUMENTS, kinds: null }),
    },
    {
      name: 'coverageMatrix (all)',
      graphql: {
        query: `{ coverageMatrix { asOf columns { id kind name } rows { gap strongest technology { id name } category { id } cells { instrumentId basis via path { length nodes { id } edges { id type } } } } } }`,
        variables: {},
      },
      cypher: (run) => readMatrix(run, null, null, utcToday()),
    },
    {
      name: 'timeline (all)',
      graphql: {
        query: `{ timeline { truncated events { date written change entity { id } edge { id type } subjects { id name } sources { document url } } } }`,
        variables: {},
      },
      cypher: [timelineQuery(null)],
    },
    {
      name: 'graphStats',
      graphql: {
        query: '{ graphStats { nodes relationships seedVersion byKind { kind count } } }',
        variables: {},
      },
      cypher: [graphStatsQuery()],
    },
  ];
}

const ms = (value: number) => value.toFixed(2).padStart(8);

async function main(): Promise<void> {
  let local: LocalNeo4j | undefined;
  let server: ServerProcess | undefined;
  let driver: Driver | undefined;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  let sampler: NodeJS.Timeout | undefined;
  try {
    // NEO4J_URI without NEO4J_USER and NEO4J_PASSWORD is an error naming them, not a default login.
    let target: Neo4jTarget | undefined = externalTarget(loadConfig());
    if (!target) {
      console.log('Starting a throwaway Neo4j for the benchmark…');
      target = local = await startThrowawayNeo4j('bench');
      await resetToSeed(target);
    }
    const { database } = target;

    // The server in its own process (it loads the seed when the database lacks it or holds another version), with
    // the rate limit off: one client sends every timed run, and the per-address limit would measure the limiter.
    server = await startServerProcess(target, QUERY_TIMEOUT_MS);
    const running = server;
    // Start-up (reading and validating the seed, building the schema) peaks apart from serving: both are printed.
    const startupPeakMb = running.peakRssMb();
    let servingPeakMb = running.currentRssMb();
    sampler = setInterval(() => {
      servingPeakMb = Math.max(servingPeakMb, running.currentRssMb());
    }, 200);
    const url = new URL(`${server.url}/graphql`);

    // The floor: its own driver, the same managed read transactions and timeout the API uses.
    const floorDriver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
      disableLosslessIntegers: true,
    });
    driver = floorDriver;
    const ids = {
      h100: await lookUpId(floorDriver, database, 'NVIDIA H100', 'TECHNOLOGY'),
      npt: await lookUpId(floorDriver, database, 'NPT', 'TREATY'),
      wassenaar: await lookUpId(floorDriver, database, 'Wassenaar Arrangement', 'REGIME'),
      weights: await lookUpId(floorDriver, database, 'Large-model weights', 'TECHNOLOGY'),
    };

    const rows: string[] = [];
    for (const c of cases(ids)) {
      const body = JSON.stringify(c.graphql);
      const sides = [
        async () => {
          const response = await post(agent, url, body);
          const json = JSON.parse(response.text) as { errors?: unknown[] };
          if (response.status !== 200 || json.errors) throw new Error(response.text.slice(0, 500));
        },
        () => runReadQueries(floorDriver, database, c.cypher, QUERY_TIMEOUT_MS),
      ] as const;
      const warm = await timePaired(sides, { count: WARMUP, concurrency: 1 });
      latency(c.name, 'warm-up, API', warm[0]);
      latency(c.name, 'warm-up, database', warm[1]);
      const [apiTiming, dbTiming] = await timePaired(sides, { count: ITERATIONS, concurrency: 1 });
      const overHttp = latency(c.name, 'API', apiTiming);
      const direct = latency(c.name, 'database', dbTiming);
      const ratio = (api: number, floor: number) => `${(api / floor).toFixed(2)}×`.padStart(9);
      // The target: at most 1.2× the floor at p50, or under 1 ms more than it, whichever allows more.
      const withinTarget = overHttp.p50 <= Math.max(1.2 * direct.p50, direct.p50 + 1);
      rows.push(
        `| ${c.name.padEnd(24)} | ${ms(overHttp.p50)} | ${ms(overHttp.p95)} | ${ms(direct.p50)} | ${ms(direct.p95)} | ` +
          `${ratio(overHttp.p50, direct.p50)} | ${ratio(overHttp.p95, direct.p95)} | ` +
          `${ms(overHttp.p50 - direct.p50)} | ${(withinTarget ? 'yes' : 'no').padEnd(6)} |`,
      );
    }

    console.log(
      `\nAPI over HTTP vs. the same Cypher through neo4j-driver: ${ITERATIONS} timed runs after ${WARMUP} warm-up runs, ` +
        `sequential, the two sides in turns, latency in ms (Node ${process.version}, ${os.cpus().length} CPUs, ${local ? 'throwaway local Neo4j 5.26' : target.uri})\n`,
    );
    console.log(
      '| query                    | API p50  | API p95  |  DB p50  |  DB p95  | p50 ratio | p95 ratio | p50 diff | target |',
    );
    console.log(
      '|--------------------------|---------:|---------:|---------:|---------:|----------:|----------:|---------:|--------|',
    );
    for (const row of rows) console.log(row);
    servingPeakMb = Math.max(servingPeakMb, running.currentRssMb());
    console.log(
      `\nAPI server process RSS (sampled every 200 ms): at most ${servingPeakMb.toFixed(0)} MB through the timed ` +
        `and warm-up runs, at most ${startupPeakMb.toFixed(0)} MB while starting; target: under 300 MB.`,
    );
  } finally {
    clearInterval(sampler);
    agent.destroy();
    await driver?.close();
    await server?.stop();
    await local?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
