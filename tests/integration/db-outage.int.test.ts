// The database goes away and comes back: a throwaway Neo4j of this file's own (not the shared one), stopped while the
// server runs and restarted on the same home and ports. The server answers SERVICE_UNAVAILABLE meanwhile, keeps
// running, and answers normally again within seconds of the database's return.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { freePort } from '../../neo4j-runtime/scripts/ports';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j-runtime/scripts/runtime';
import { loadConfig } from '../../server/src/config';
import { resetToSeed, targetEnv } from '../../server/src/db/connect';
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

  /** The answer to `body`, once it is no longer SERVICE_UNAVAILABLE; throws until then, so vi.waitFor asks again. */
  const answerOnceAvailable = async (body: { query: string }) => {
    const answer = await query(body);
    if (answer.body.errors?.[0]?.extensions?.code === 'SERVICE_UNAVAILABLE') {
      throw new Error('the API still answers SERVICE_UNAVAILABLE after the database restarted');
    }
    return answer.body;
  };

  beforeAll(async () => {
    ports = { boltPort: await freePort() };
    const db = await start();
    await resetToSeed(db);
    server = await startServer(loadConfig({ PORT: '0', ...targetEnv(db), NODE_ENV: 'test' }), createLogger('silent'));
  }, 240_000);

  afterAll(async () => {
    await server?.stop();
    await database?.stop();
    rmSync(home, { recursive: true, force: true });
  }, 120_000);

  it('answers SERVICE_UNAVAILABLE while the database is down and recovers when it is back', async () => {
    const search = { query: 'query { search(text: "Wassenaar") { id } }' };
    const generated = { query: '{ regimeRecords(limit: 1) { id } }' };
    // The first search on a fresh database also plans its query, which on a busy machine can outlast the request
    // deadline; that is not an outage, so the baseline is the first answer that is not SERVICE_UNAVAILABLE.
    const before = await vi.waitFor(() => answerOnceAvailable(search), { timeout: 60_000, interval: 250 });
    expect(before.errors).toBeUndefined();
    const expectedIds = before.data?.search;

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
    const recovered = await vi.waitFor(() => answerOnceAvailable(search), { timeout: 20_000, interval: 250 });
    expect(recovered.errors).toBeUndefined();
    expect(recovered.data?.search).toEqual(expectedIds);
    const generatedAgain = await query(generated);
    expect(generatedAgain.body.errors).toBeUndefined();
  }, 300_000);
});
