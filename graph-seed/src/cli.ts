/**
 * `npm run seed`: validates the seed and loads it into Neo4j.
 *   npm run seed -- --check        validate only; print every problem and exit 1 if there is any
 *   npm run seed -- --reset        delete all entities first (in the load's transaction)
 *   npm run seed -- --dir <path>   use another data directory
 * The database is NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD, both required, and NEO4J_DATABASE) when set;
 * otherwise the local one from `npm run db:start`, or a local one started for this run and stopped afterwards.
 * Validation always runs first: an invalid seed never reaches the database.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureLocalNeo4j } from '../../neo4j-runtime/scripts/runtime';
import { connectFromEnv } from '../../server/src/db/connect';
import { DEFAULT_DATA_DIR, formatProblem, loadSeed, readAndValidateSeed } from './index';

const USAGE = 'usage: npm run seed -- [--check] [--reset] [--dir <data directory>]';

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

  // Without NEO4J_URI: the local database from `npm run db:start`, or one started for this run and stopped after it.
  const local = await ensureLocalNeo4j();
  try {
    const connection = connectFromEnv();
    try {
      const loaded = await loadSeed(connection.db.driver, seed, {
        reset: values.reset,
        database: connection.db.database,
      });
      console.log(
        `Loaded seed ${loaded.version} into ${connection.description}${values.reset ? ' (reset)' : ''}: ` +
          `${loaded.nodes} entities, ${loaded.relationships} relationships.`,
      );
      return 0;
    } finally {
      await connection.close();
    }
  } finally {
    if (local?.startedHere) await local.stop();
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
