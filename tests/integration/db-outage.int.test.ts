// The database goes away and comes back: a throwaway Neo4j of this file's own (not the shared one), stopped while the
// server runs and restarted on the same home and ports. The server answers SERVICE_UNAVAILABLE meanwhile, keeps
// running, and answers normally again within seconds of the database's return.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed, readAndValidateSeed } from '../../graph-seed/src/index';
import { freePort } from '../../neo4j-runtime/scripts/ports';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j-runtime/scripts/runtime';
import { loadConfig } from '../../server/src/config';
import { createLogger } from '../../server/src/logger';
import { startServer, type RunningServer } from '../../server/src/server';

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

describe('database outage', () => {
  const home = mkdtempSync(path.join(os.tmpdir(), 'atlas-outage-neo4j-'));
  let ports: { boltPort: number };
  let database: LocalNeo4j | undefined;
  let server: RunningServer | undefined;

  const start = async () => {
    database = await startLocalNeo4j({ home, ...ports, log: () => undefined });
    return database;
  };

  const query = async (body: { query: string; variables?: Record<string, unknown> }) => {
    const response = await fetch(`${server?.url ?? ''}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as GraphQLBody };
  };

  beforeAll(async () => {
    ports = { boltPort: await freePort() };
    const db = await start();
    const seed = await readAndValidateSeed();
    if (!seed.ok) throw new Error('The seed is invalid; run `npm run seed -- --check`.');
    const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.user, db.password));
    try {
      await loadSeed(driver, seed.seed, { reset: true });
    } finally {
      await driver.close();
    }
    server = await startServer(
      loadConfig({
        PORT: '0',
        NEO4J_URI: db.uri,
        NEO4J_USER: db.user,
        NEO4J_PASSWORD: db.password,
        NODE_ENV: 'test',
      }),
      createLogger('silent'),
    );
  }, 240_000);

  afterAll(async () => {
    await server?.stop();
    await database?.stop();
    rmSync(home, { recursive: true, force: true });
  }, 120_000);

  it('answers SERVICE_UNAVAILABLE while the database is down and recovers when it is back', async () => {
    const search = { query: 'query { search(text: "Wassenaar") { id } }' };
    const generated = { query: '{ regimeRecords(limit: 1) { id } }' };
    const before = await query(search);
    expect(before.body.errors).toBeUndefined();
    const expectedIds = before.body.data?.search;

    await database?.stop();

    for (const body of [search, generated, { query: '{ graphStats { nodes } }' }]) {
      const started = Date.now();
      const down = await query(body);
      expect(Date.now() - started).toBeLessThan(15_000);
      const [error] = down.body.errors ?? [];
      expect(error?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(error?.message).toBe('The graph database cannot be reached right now. Please try again in a moment.');
      expect(error?.extensions).not.toHaveProperty('stacktrace');
      expect(JSON.stringify(down.body)).not.toMatch(/ECONNREFUSED|Neo4jError|bolt:\/\/|at .*\.(ts|js):\d+/);
    }
    const health = await fetch(`${server?.url ?? ''}/healthz`);
    expect(health.status).toBe(503);

    const firstPassword = database?.password;
    // The same home again: the database keeps the password it was given at its first start.
    expect((await start()).password).toBe(firstPassword);
    const restarted = Date.now();
    let recovered: GraphQLBody | undefined;
    while (Date.now() - restarted < 20_000) {
      const attempt = await query(search);
      if (!attempt.body.errors) {
        recovered = attempt.body;
        break;
      }
      expect(attempt.body.errors[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(recovered, 'the API did not recover within 20 s of the database restarting').toBeDefined();
    expect(recovered?.data?.search).toEqual(expectedIds);
    const generatedAgain = await query(generated);
    expect(generatedAgain.body.errors).toBeUndefined();
  }, 300_000);
});
