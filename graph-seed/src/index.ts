/**
 * The seed tooling's public API: read and validate the seed, load it into Neo4j, and — for the server at
 * start-up — load it only when the database holds no seed or a different version.
 */
import type { Driver } from 'neo4j-driver';
import { applySchema, loadSeed, readSeedVersion } from './load';
import { DEFAULT_DATA_DIR, readSeedDir } from './read';
import type { Problem } from './read';
import { DEFAULT_REPORT_PATH, readReport } from './report';
import { formatProblem, validateSeed } from './validate';
import type { ValidationResult } from './validate';

export { applySchema, loadSeed, readSeedVersion, SeedLoadError } from './load';
export type { LoadOptions, LoadResult } from './load';
export { DEFAULT_DATA_DIR, parseSeedFiles, readSeedDir } from './read';
export type { Problem, RawSeed, SeedFile } from './read';
export { DEFAULT_REPORT_PATH, parseReport, quoteOccurs, readReport } from './report';
export type { Report } from './report';
export type { Seed, SeedEntity, SeedRelation, SeedSource } from './schema';
export { formatProblem, validateSeed } from './validate';
export type { ValidationResult } from './validate';
export { seedVersion } from './version';
export { normalizeWhitespace } from './normalize';

/** Reads every seed file under `dataDir` and validates it against the report. Never touches a database. */
export async function readAndValidateSeed(
  dataDir = DEFAULT_DATA_DIR,
  reportPath = DEFAULT_REPORT_PATH,
): Promise<ValidationResult> {
  return validateSeed(await readSeedDir(dataDir), readReport(reportPath));
}

export class SeedValidationError extends Error {
  override name = 'SeedValidationError';
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(
      `The seed has ${problems.length} problem${problems.length === 1 ? '' : 's'} ` +
        `(run \`npm run seed -- --check\`):\n${problems.map(formatProblem).join('\n')}`,
    );
    this.problems = problems;
  }
}

export interface EnsureSeedOptions {
  readonly dataDir?: string;
  readonly reportPath?: string;
}

export interface EnsureSeedResult {
  /** `loaded` when this call wrote the graph, `up-to-date` when the database already held this version. */
  readonly status: 'loaded' | 'up-to-date';
  readonly version: string;
  readonly previousVersion: string | null;
}

/**
 * For the server at start-up: validates the seed, then loads it when the database holds no seed or another
 * version. An invalid seed throws SeedValidationError before the database is touched, so a bad edit cannot
 * replace a good graph.
 */
export async function ensureSeedLoaded(
  driver: Driver,
  log: (message: string) => void,
  database?: string,
  options: EnsureSeedOptions = {},
): Promise<EnsureSeedResult> {
  const result = await readAndValidateSeed(options.dataDir, options.reportPath);
  if (!result.ok) throw new SeedValidationError(result.problems);
  const { seed } = result;
  const previousVersion = await readSeedVersion(driver, { database });
  if (previousVersion === seed.version) {
    // The graph is current, but make sure its indexes exist (cheap when they do): search depends on them.
    await applySchema(driver, database);
    log(`Seed ${seed.version} is already loaded.`);
    return { status: 'up-to-date', version: seed.version, previousVersion };
  }
  log(
    previousVersion === null
      ? `The database holds no seed; loading seed ${seed.version}.`
      : `The seed changed (${previousVersion} → ${seed.version}); reloading.`,
  );
  const loaded = await loadSeed(driver, seed, { database });
  log(`Loaded seed ${loaded.version}: ${loaded.nodes} entities, ${loaded.relationships} relationships.`);
  return { status: 'loaded', version: seed.version, previousVersion };
}
