/**
 * The one way to reach Neo4j from the environment, for the server, the seed CLI, the export, the benchmarks and the
 * tests: the external database named by NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD, both required), or else the
 * project's local one, found through the connection file its launcher writes (neo4j-runtime/contract/connection.ts)
 * and the password file that names. This module only connects: starting the local database is the launcher's job
 * (`npm start`, `npm run db:start`), so the server carries no launcher code.
 */
import { readFileSync } from 'node:fs';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadSeed, readAndValidateSeed, SeedValidationError } from '../../../graph-seed/src/index';
import { connectionFilePath, DEFAULT_HOME, parseLocalConnection } from '../../../neo4j-runtime/contract/connection';
import { ConfigError, loadConfig, type Config } from '../config';
import { createDb, type Db } from './driver';

/** Where a database is and how to log in (a started local Neo4j is one too). No database: the server's default. */
export interface Neo4jTarget {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database?: string | undefined;
}

/** NEO4J_URI is set but NEO4J_USER or NEO4J_PASSWORD is not: there is no default login for someone else's database. */
export class MissingCredentialsError extends ConfigError {
  override name = 'MissingCredentialsError';
}

/** No NEO4J_URI, and the local Neo4j is not running (its launcher left no connection file). */
export class LocalNeo4jNotRunningError extends Error {
  override name = 'LocalNeo4jNotRunningError';
}

type TargetConfig = Pick<Config, 'NEO4J_URI' | 'NEO4J_USER' | 'NEO4J_PASSWORD' | 'NEO4J_DATABASE'>;

/** The external database the configuration names, or undefined when NEO4J_URI is unset. */
export function externalTarget(config: TargetConfig): Neo4jTarget | undefined {
  const { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password } = config;
  if (uri === undefined) return undefined;
  if (user === undefined || password === undefined) {
    const missing = [user === undefined ? 'NEO4J_USER' : [], password === undefined ? 'NEO4J_PASSWORD' : []].flat();
    throw new MissingCredentialsError(
      `NEO4J_URI is set (${uri}) but ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not.`,
    );
  }
  return { uri, user, password, database: config.NEO4J_DATABASE };
}

/** The local Neo4j of `home` as its launcher left it; throws when it is not running. */
export function localTarget(home = DEFAULT_HOME): Neo4jTarget {
  const file = connectionFilePath(home);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new LocalNeo4jNotRunningError(
      `The local Neo4j is not running (${file} is missing). Start it with \`npm run db:start\` (\`npm start\` does ` +
        'this for you), or set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD to use another Neo4j.',
    );
  }
  const local = parseLocalConnection(text, file);
  return { uri: local.uri, user: local.user, password: readFileSync(local.passwordFile, 'utf8').trim() };
}

/** The database the configuration means: NEO4J_URI's, else the local one of `home`. */
export function targetFromConfig(config: TargetConfig, home = DEFAULT_HOME): Neo4jTarget {
  return externalTarget(config) ?? localTarget(home);
}

/** The environment that makes loadConfig (and so connectFromEnv or startServer) name `target`. */
export function targetEnv(target: Neo4jTarget): Record<string, string> {
  return {
    NEO4J_URI: target.uri,
    NEO4J_USER: target.user,
    NEO4J_PASSWORD: target.password,
    ...(target.database === undefined ? {} : { NEO4J_DATABASE: target.database }),
  };
}

export interface Connection {
  readonly db: Db;
  readonly target: Neo4jTarget;
  /** Which database this is, for logs and messages; never the password. */
  readonly description: string;
  close(): Promise<void>;
}

export function connectTo(
  target: Neo4jTarget,
  options: { queryTimeoutMs: number; maxConnectionPoolSize?: number },
): Connection {
  const db = createDb({ ...target, ...options });
  const description = `Neo4j at ${target.uri}${target.database === undefined ? '' : ` (database ${target.database})`}`;
  return { db, target, description, close: () => db.close() };
}

/** Connects as the validated configuration says (see targetFromConfig). */
export function connectFromConfig(config: Config, home = DEFAULT_HOME): Connection {
  return connectTo(targetFromConfig(config, home), {
    queryTimeoutMs: config.QUERY_TIMEOUT_MS,
    maxConnectionPoolSize: config.NEO4J_MAX_POOL_SIZE,
  });
}

/** Connects as the environment says; an invalid environment throws ConfigError naming the variables. */
export function connectFromEnv(env: NodeJS.ProcessEnv = process.env): Connection {
  return connectFromConfig(loadConfig(env));
}

/** A plain driver for work outside the API (loading the seed, setting up tests): the driver's own retries and timeouts. */
export function driverFor(target: Neo4jTarget): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
}

/**
 * Replaces the whole graph of `target` with the real seed (tests, benchmarks). The load is one transaction under the
 * database's timeout, which a machine busy with other work can run out; it is idempotent, so `attempts` may retry it.
 */
export async function resetToSeed(target: Neo4jTarget, options: { attempts?: number } = {}): Promise<void> {
  const seed = await readAndValidateSeed();
  if (!seed.ok) throw new SeedValidationError(seed.problems);
  const driver = driverFor(target);
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await loadSeed(driver, seed.seed, { reset: true, database: target.database });
        return;
      } catch (error) {
        if (attempt >= (options.attempts ?? 1)) throw error;
      }
    }
  } finally {
    await driver.close();
  }
}
