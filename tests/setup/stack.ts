/**
 * What the database test tiers run against: a real Neo4j (the external one when NEO4J_URI is set, otherwise a
 * throwaway local one on free ports so it never clashes with `npm start`) loaded with the real seed, and for the
 * browser tests the built app on a free port. Vitest's global setup (integration) and Playwright's (browser
 * tests) both start it here; `stop` stops everything started.
 */
import type { LocalNeo4j } from '../../neo4j-runtime/scripts/runtime';
import type { Neo4jTarget } from '../../server/src/db/connect';
import type { RunningServer } from '../../server/src/server';
import type { ProvidedNeo4j } from './provided';

export interface TestStack {
  readonly neo4j: ProvidedNeo4j;
  /** Base URL of the app; empty when it was not asked for. */
  readonly appUrl: string;
  stop(): Promise<void>;
}

export interface TestStackOptions {
  readonly app: boolean;
  /** Settings for the app beyond the test defaults (e.g. longer deadlines for a benchmark on a busy machine). */
  readonly appEnv?: Readonly<Record<string, string>>;
}

/** bolt:// → neo4j:// and bolt+s:// → neo4j+s://; a URI that already routes is returned as it is. */
export function routingUri(uri: string): string {
  return uri.replace(/^bolt(\+s|\+ssc)?:\/\//, (_match, tls: string | undefined) => `neo4j${tls ?? ''}://`);
}

/** Whether TEST_NEO4J_ROUTING asks for a neo4j:// URI: true or 1 do; unset, empty, false or 0 do not; else an error. */
export function routingRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.TEST_NEO4J_ROUTING ?? '';
  if (value === '' || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  throw new Error(`TEST_NEO4J_ROUTING must be true or false, not "${value}".`);
}

export async function startTestStack(options: TestStackOptions): Promise<TestStack> {
  // Loaded here, so that a unit run that imports the global setup stays free of server and driver code.
  const { startThrowawayNeo4j } = await import('../../neo4j-runtime/scripts/runtime');
  const { loadConfig } = await import('../../server/src/config');
  const { externalTarget, resetToSeed, targetEnv } = await import('../../server/src/db/connect');
  const { createLogger } = await import('../../server/src/logger');
  const { startServer } = await import('../../server/src/server');

  const routing = routingRequested(); // a typo fails before anything starts
  // NEO4J_URI without NEO4J_USER and NEO4J_PASSWORD fails here, naming them, rather than trying a default login.
  let local: LocalNeo4j | undefined;
  const found: Neo4jTarget = externalTarget(loadConfig()) ?? (local = await startThrowawayNeo4j('test'));
  const target: Neo4jTarget = routing ? { ...found, uri: routingUri(found.uri) } : found;

  let server: RunningServer | undefined;
  const stop = async () => {
    await server?.stop();
    await local?.stop();
  };

  try {
    await resetToSeed(target);
    if (options.app) {
      server = await startServer(
        loadConfig({ PORT: '0', ...targetEnv(target), NODE_ENV: 'test', ...options.appEnv }),
        createLogger('warn'),
      );
    }
  } catch (error) {
    await stop();
    throw error;
  }
  const { uri, user, password, database } = target;
  return { neo4j: { uri, user, password, database, home: local?.home ?? '' }, appUrl: server?.url ?? '', stop };
}
