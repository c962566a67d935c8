/**
 * `npm run seed`: validates the seed and loads it into Neo4j.
 *   npm run seed -- --check        validate only; print every problem and exit 1 if there is any
 *   npm run seed -- --reset        delete all entities first (in the load's transaction)
 *   npm run seed -- --dir <path>   use another data directory
 * The database is NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) when set; otherwise the local one
 * from `npm run db:start`, or a local one started for this run and stopped afterwards.
 * Validation always runs first: an invalid seed never reaches the database.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { findRunningLocalNeo4j, startLocalNeo4j } from '../../neo4j-runtime/scripts/runtime';
import type { LocalNeo4j } from '../../neo4j-runtime/scripts/runtime';
import { DEFAULT_DATA_DIR, formatProblem, loadSeed, readAndValidateSeed } from './index';

const USAGE = 'usage: npm run seed -- [--check] [--reset] [--dir <data directory>]';

function envPort(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new Error(`${name} must be a port number between 1 and 65535, got "${raw}".`);
  }
  return value;
}

interface Connection {
  readonly driver: Driver;
  readonly where: string;
  readonly database: string | undefined;
  close(): Promise<void>;
}

async function connect(): Promise<Connection> {
  const database = process.env.NEO4J_DATABASE === '' ? undefined : process.env.NEO4J_DATABASE;
  const uri = process.env.NEO4J_URI;
  if (uri !== undefined && uri !== '') {
    const driver = neo4j.driver(
      uri,
      neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
    );
    return { driver, where: uri, database, close: () => driver.close() };
  }
  let local: LocalNeo4j | undefined = await findRunningLocalNeo4j();
  if (local) console.log(`Using the local Neo4j on ${local.uri}.`);
  else {
    // Its password comes from the database home's password file (neo4j-runtime/scripts/auth.ts).
    local = await startLocalNeo4j({ boltPort: envPort('NEO4J_LOCAL_BOLT_PORT', 7687) });
  }
  const instance = local;
  const driver = neo4j.driver(instance.uri, neo4j.auth.basic(instance.user, instance.password));
  return {
    driver,
    where: instance.uri,
    database,
    async close() {
      try {
        await driver.close();
      } finally {
        // Stop only a database this run started; one from `npm run db:start` keeps running.
        if (instance.startedHere) await instance.stop();
      }
    },
  };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      reset: { type: 'boolean', default: false },
      dir: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  // npm runs scripts from the package root; INIT_CWD is where the command was typed, which a relative --dir means.
  const dataDir =
    values.dir === undefined ? DEFAULT_DATA_DIR : path.resolve(process.env.INIT_CWD ?? process.cwd(), values.dir);

  const result = await readAndValidateSeed(dataDir);
  if (!result.ok) {
    for (const problem of result.problems) console.error(formatProblem(problem));
    const count = result.problems.length;
    console.error(`\nSeed invalid: ${count} problem${count === 1 ? '' : 's'}. Nothing was loaded.`);
    return 1;
  }
  const { seed } = result;
  const summary = `${seed.entities.length} entities, ${seed.relations.length} relations (version ${seed.version})`;
  if (values.check) {
    console.log(`Seed OK: ${summary}`);
    return 0;
  }

  const connection = await connect();
  try {
    const loaded = await loadSeed(connection.driver, seed, {
      reset: values.reset,
      ...(connection.database === undefined ? {} : { database: connection.database }),
    });
    console.log(
      `Loaded seed ${loaded.version} into ${connection.where}${values.reset ? ' (reset)' : ''}: ` +
        `${loaded.nodes} entities, ${loaded.relationships} relationships.`,
    );
    return 0;
  } finally {
    await connection.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      console.error(USAGE);
    }
    process.exitCode = 1;
  },
);
