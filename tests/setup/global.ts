/**
 * Global setup for the integration and e2e tiers: a real Neo4j (the external one when NEO4J_URI is set,
 * otherwise a throwaway local one on free ports so it never clashes with `npm start`), loaded with the real seed;
 * and, for e2e, the built app on a free port. Everything started here is stopped in the teardown.
 */
import type { TestProject } from 'vitest/node';
import type { LocalNeo4j } from '../../neo4j-runtime/scripts/runtime';
import type { RunningServer } from '../../server/src/server';
import './provided';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const tiers = new Set(project.vitest.projects.map((p) => p.name));
  project.provide('appUrl', '');
  project.provide('neo4j', { uri: '', user: '', password: '', database: undefined, home: '' });
  if (!tiers.has('integration') && !tiers.has('e2e')) return () => Promise.resolve();

  // Loaded only when a database tier runs, so that unit runs stay free of server and driver code.
  const { default: neo4j } = await import('neo4j-driver');
  const { loadSeed, readAndValidateSeed } = await import('../../graph-seed/src/index');
  const { startThrowawayNeo4j } = await import('../../neo4j-runtime/scripts/runtime');
  const { loadConfig } = await import('../../server/src/config');
  const { createLogger } = await import('../../server/src/logger');
  const { startServer } = await import('../../server/src/server');

  let local: LocalNeo4j | undefined;
  let target;
  if (process.env.NEO4J_URI) {
    target = {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE || undefined,
    };
  } else {
    local = await startThrowawayNeo4j('test');
    target = { uri: local.uri, user: local.user, password: local.password, database: undefined };
  }

  let server: RunningServer | undefined;
  const stopAll = async () => {
    await server?.stop();
    await local?.stop();
  };

  try {
    const seed = await readAndValidateSeed();
    if (!seed.ok) {
      throw new Error(
        `The seed is invalid:\n${seed.problems.map((p) => `${p.file}: ${p.entityId}: ${p.message}`).join('\n')}`,
      );
    }
    const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
    try {
      await loadSeed(driver, seed.seed, { reset: true, database: target.database });
    } finally {
      await driver.close();
    }
    project.provide('neo4j', { ...target, home: local?.home ?? '' });

    if (tiers.has('e2e')) {
      const config = loadConfig({
        PORT: '0',
        NEO4J_URI: target.uri,
        NEO4J_USER: target.user,
        NEO4J_PASSWORD: target.password || 'unused',
        ...(target.database ? { NEO4J_DATABASE: target.database } : {}),
        NODE_ENV: 'test',
      });
      server = await startServer(config, createLogger('warn'));
      project.provide('appUrl', server.url);
    }
  } catch (error) {
    await stopAll();
    throw error;
  }
  return stopAll;
}
