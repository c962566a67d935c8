// The API over real HTTP: batching refused, CSRF prevention on POST, limits answered 400, and one structured log line
// per request with its request id and duration, plus server-side error lines that carry what clients do not see.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../server/src/config';
import { startServer, type RunningServer } from '../../server/src/server';
import '../setup/provided';

describe('API over HTTP', () => {
  let server: RunningServer;
  const lines: Record<string, unknown>[] = [];

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  beforeAll(async () => {
    const neo4j = inject('neo4j');
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
          lines.push(JSON.parse(line) as Record<string, unknown>);
        }
        done();
      },
    });
    server = await startServer(
      loadConfig({
        PORT: '0',
        NEO4J_URI: neo4j.uri,
        NEO4J_USER: neo4j.user,
        NEO4J_PASSWORD: neo4j.password || 'x',
        NODE_ENV: 'test',
        MAX_QUERY_DEPTH: '6',
      }),
      pino({ level: 'debug' }, sink),
    );
  });
  afterAll(async () => {
    await server.stop();
  });

  it('refuses a batched (JSON array) request with a clear 400', async () => {
    const response = await post([{ query: '{ graphStats { nodes } }' }, { query: '{ graphStats { nodes } }' }]);
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text.toLowerCase()).toContain('batching');
  });

  it('keeps CSRF prevention on for simple POST requests', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ graphStats { nodes } }' }),
    });
    expect(response.status).toBe(400);
  });

  it('answers limit violations with status 400, the code and the configured limit', async () => {
    const deep = await post({
      query: '{ entity(id: "x") { relations { other { relations { other { relations { type } } } } } } }',
    });
    expect(deep.status).toBe(400);
    const body = (await deep.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(body.errors[0]?.message).toContain('the maximum is 6');

    const costly = await post({
      query: '{ search(text: "a", limit: 100) { relations { other { relations { type } } } } }',
    });
    expect(costly.status).toBe(400);
    const costBody = (await costly.json()) as { errors: { extensions: { code: string } }[] };
    expect(costBody.errors[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('logs one line per request with its request id and duration, and user errors on the server side', async () => {
    const response = await post(
      {
        query: 'query Lookup { neighborhood(id: "tech:missing-for-log-test") { truncated } }',
        operationName: 'Lookup',
      },
      { 'x-request-id': 'log-test-1' },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('log-test-1');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const requestLines = lines.filter((l) => l.msg === 'request' && l.requestId === 'log-test-1');
    expect(requestLines).toHaveLength(1);
    expect(requestLines[0]).toMatchObject({ method: 'POST', path: '/graphql', status: 200, operationName: 'Lookup' });
    expect(typeof requestLines[0]?.durationMs).toBe('number');
    const errorLine = lines.find((l) => l.msg === 'graphql error' && l.requestId === 'log-test-1');
    expect(errorLine).toMatchObject({ code: 'NOT_FOUND', operationName: 'Lookup' });
    expect(JSON.stringify(errorLine?.err)).toContain('stack');
  });
});
