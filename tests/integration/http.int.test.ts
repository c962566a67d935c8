// One smoke test over real HTTP on port 0: GraphQL POST, the IDE on a browser GET, CSRF prevention and body limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadConfig } from '../../server/src/config';
import { createLogger } from '../../server/src/logger';
import { startServer, type RunningServer } from '../../server/src/server';
import '../setup/provided';

describe('HTTP server', () => {
  let server: RunningServer;

  beforeAll(async () => {
    const neo4j = inject('neo4j');
    server = await startServer(
      loadConfig({
        PORT: '0',
        NEO4J_URI: neo4j.uri,
        NEO4J_USER: neo4j.user,
        NEO4J_PASSWORD: neo4j.password || 'x',
        NODE_ENV: 'test',
      }),
      createLogger('silent'),
    );
  });
  afterAll(async () => {
    await server.stop();
  });

  it('answers a GraphQL POST with graph statistics', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ graphStats { nodes } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBeTruthy();
    const body = (await response.json()) as { data: { graphStats: { nodes: number } } };
    expect(body.data.graphStats.nodes).toBeGreaterThan(0);
  });

  it('serves the local GraphQL IDE to a browser GET', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('GraphQL IDE');
    expect(html).not.toMatch(/https?:\/\/(cdn|unpkg|embeddable-sandbox)/);
  });

  it('blocks a simple cross-site GET query (CSRF prevention)', async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ graphStats { nodes } }')}`);
    expect(response.status).toBe(400);
  });

  it('rejects an oversized body with a clear JSON error', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ graphStats { nodes } } # ${'x'.repeat(200_000)}` }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toContain('larger than');
  });

  it('serves the built explorer at /', async () => {
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="root">');
  });
});
