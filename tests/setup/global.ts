/**
 * Global setup for the integration and e2e tiers: a real Neo4j (the external one when NEO4J_URI is set,
 * otherwise a throwaway local one on free ports so it never clashes with `npm start`), loaded with the real seed;
 * and, for e2e, the built app on a free port. Everything started here is stopped in the teardown.
 */
import type { TestProject } from 'vitest/node';
import type { LocalNeo4j } from '../../neo4j-runtime/scripts/runtime';
import type { Neo4jTarget } from '../../server/src/db/connect';
import type { RunningServer } from '../../server/src/server';
import './provided';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const tiers = new Set(project.vitest.projects.map((p) => p.name));
  project.provide('appUrl', '');
  project.provide('neo4j', { uri: '', user: '', password: '', database: undefined, home: '' });
  if (!tiers.has('integration') && !tiers.has('e2e')) return () => Promise.resolve();

  // Loaded only when a database tier runs, so that unit runs stay free of server and driver code.
  const { startThrowawayNeo4j } = await import('../../neo4j-runtime/scripts/runtime');
  const { loadConfig } = await import('../../server/src/config');
  const { externalTarget, resetToSeed, targetEnv } = await import('../../server/src/db/connect');
  const { createLogger } = await import('../../server/src/logger');
  const { startServer } = await import('../../server/src/server');

  // NEO4J_URI without NEO4J_USER and NEO4J_PASSWORD fails here, naming them, rather than trying a default login.
  let local: LocalNeo4j | undefined;
  const target: Neo4jTarget = externalTarget(loadConfig()) ?? (local = await startThrowawayNeo4j('test'));

  let server: RunningServer | undefined;
  const stopAll = async () => {
    await server?.stop();
    await local?.stop();
  };

  try {
    await resetToSeed(target);
    const { uri, user, password, database } = target;
    project.provide('neo4j', { uri, user, password, database, home: local?.home ?? '' });

    if (tiers.has('e2e')) {
      server = await startServer(
        loadConfig({ PORT: '0', ...targetEnv(target), NODE_ENV: 'test' }),
        createLogger('warn'),
      );
      project.provide('appUrl', server.url);
    }
  } catch (error) {
    await stopAll();
    throw error;
  }
  return stopAll;
}
