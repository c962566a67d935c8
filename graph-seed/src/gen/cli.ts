/**
 * `npm run gen -- --nodes N [--rels M] [--seed S] [--out DIR] [--format seed|bulk]`: writes a synthetic graph of
 * N entities and M relationships (the real seed's included; M defaults to 5 × N) in the seed's own format (a data
 * directory for `npm run seed -- --dir`) or as CSV for the bulk loader (neo4j-runtime/scripts/bulkLoad.ts).
 * The same seed gives the same graph. The real seed is read and validated first: its shape is what is copied.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR, formatProblem, readAndValidateSeed } from '../index';
import { generate, parseGenArgs } from './run';

const USAGE = 'usage: npm run gen -- --nodes N [--rels M] [--seed S] [--out DIR] [--format seed|bulk]';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      nodes: { type: 'string' },
      rels: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const parsed = parseGenArgs(values);
  if ('error' in parsed) {
    console.error(`${parsed.error}\n${USAGE}`);
    return 2;
  }
  const real = await readAndValidateSeed();
  if (!real.ok) {
    for (const problem of real.problems) console.error(formatProblem(problem));
    return 1;
  }
  // npm runs scripts from the package root; INIT_CWD is where the command was typed, which a relative --out means.
  const out = parsed.out === '' ? '' : path.resolve(process.env.INIT_CWD ?? process.cwd(), parsed.out);
  const started = performance.now();
  const written = generate(real.seed, { ...parsed, out }, DEFAULT_DATA_DIR);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `Wrote ${written.nodes} entities and ${written.relationships} relationships (${parsed.format}, ` +
      `${(written.bytes / 1e6).toFixed(1)} MB) to ${written.out} in ${seconds.toFixed(1)} s.`,
  );
  return 0;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  return 1;
});
