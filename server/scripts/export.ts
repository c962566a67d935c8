/**
 * `npm run -s export -- --format json|graphml|cypher [--out FILE]`: writes the whole graph, read from the database,
 * to stdout or FILE. `-s` keeps npm's own banner out of stdout (or use --out).
 *   json     nodes and edges with their sources and the data version
 *   graphml  for Gephi, yEd or Cytoscape desktop
 *   cypher   a script that rebuilds the graph in any Neo4j 5 (cypher-shell -f FILE)
 * The database is NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) when set; otherwise the local one from
 * `npm run db:start`, or a local one started for this run and stopped afterwards. Progress goes to stderr.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { toCypherScript, toGraphML, toJson } from '#domain';
import type { ExportGraph } from '#domain';
import { ensureLocalNeo4j } from '../../neo4j-runtime/scripts/runtime';
import { ConfigError, loadConfig } from '../src/config';
import { connectFromConfig } from '../src/db/connect';
import { fetchExportGraph } from '../src/export/repository';

const FORMATS = {
  json: (graph: ExportGraph) => toJson(graph),
  graphml: (graph: ExportGraph) => toGraphML(graph),
  cypher: (graph: ExportGraph) => toCypherScript(graph),
} as const;
type Format = keyof typeof FORMATS;
const FORMAT_NAMES = Object.keys(FORMATS) as Format[];

const USAGE = `usage: npm run -s export -- --format ${FORMAT_NAMES.join('|')} [--out FILE]`;

class UsageError extends Error {
  override name = 'UsageError';
}

function isFormat(value: string): value is Format {
  return (FORMAT_NAMES as string[]).includes(value);
}

function parseCommandLine(argv: string[]): { format: Format; out: string | undefined } | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return 'help';
  const format = values.format;
  if (format === undefined) throw new UsageError('--format is required.');
  if (!isFormat(format)) {
    throw new UsageError(`Unknown format "${format}": expected one of ${FORMAT_NAMES.join(', ')}.`);
  }
  // npm runs scripts from the package root; INIT_CWD is where the command was typed, which a relative --out means.
  const out = values.out === undefined ? undefined : path.resolve(process.env.INIT_CWD ?? process.cwd(), values.out);
  return { format, out };
}

async function main(): Promise<number> {
  const command = parseCommandLine(process.argv.slice(2));
  if (command === 'help') {
    console.log(USAGE);
    return 0;
  }
  const config = loadConfig();
  // Progress (a local database starting, for instance) goes to stderr: stdout carries the export.
  const local = await ensureLocalNeo4j(process.env, (line) => {
    console.error(line);
  });
  let graph: ExportGraph;
  let description: string;
  try {
    // The whole graph in one read: more time than an API request gets.
    const connection = connectFromConfig({ ...config, QUERY_TIMEOUT_MS: Math.max(config.QUERY_TIMEOUT_MS, 60_000) });
    description = connection.description;
    try {
      graph = await fetchExportGraph(connection.db);
    } catch (error) {
      throw new Error(`${error instanceof Error ? error.message : String(error)} (${description})`, { cause: error });
    } finally {
      await connection.close();
    }
  } finally {
    if (local?.startedHere) await local.stop();
  }
  if (graph.nodes.length === 0) {
    console.error(`Warning: ${description} holds no entities (load one with \`npm run seed\`).`);
  }
  const output = FORMATS[command.format](graph);
  if (command.out === undefined) {
    await new Promise<void>((resolve, reject) => {
      process.stdout.write(output, (error) => {
        if (error) reject(error);
        else resolve();
      });
    });
  } else {
    writeFileSync(command.out, output);
  }
  console.error(
    `Exported ${graph.nodes.length} entities and ${graph.edges.length} relationships` +
      `${graph.version ? ` (data version ${graph.version})` : ''} from ${description} as ${command.format}` +
      `${command.out === undefined ? '' : ` to ${command.out}`}.`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    if (error instanceof UsageError) {
      console.error(USAGE);
      process.exitCode = 2;
    } else {
      if (error instanceof ConfigError) process.exitCode = 2;
      else process.exitCode = 1;
    }
  },
);
