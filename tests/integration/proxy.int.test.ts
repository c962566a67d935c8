// Behind a load balancer: with TRUST_PROXY_HOPS the rate limit counts the address the balancer forwards, so clients
// keep separate budgets although every request arrives from the balancer; without it a forwarded header is ignored,
// so a client cannot buy a fresh budget by sending one.
import { afterEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadConfig } from '../../server/src/config';
import { targetEnv } from '../../server/src/db/connect';
import { createLogger } from '../../server/src/logger';
import { startServer, type RunningServer } from '../../server/src/server';
import '../setup/provided';

const MAX = 2;

async function start(trustProxyHops: number): Promise<RunningServer> {
  return startServer(
    loadConfig({
      PORT: '0',
      ...targetEnv(inject('neo4j')),
      NODE_ENV: 'test',
      RATE_LIMIT_MAX: String(MAX),
      TRUST_PROXY_HOPS: String(trustProxyHops),
    }),
    createLogger('silent'),
  );
}

async function statuses(server: RunningServer, forwardedFor: string, count: number): Promise<number[]> {
  const result: number[] = [];
  for (let i = 0; i < count; i++) {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ query: '{ graphStats { nodes } }' }),
    });
    await response.arrayBuffer();
    result.push(response.status);
  }
  return result;
}

describe('the rate limit behind a proxy', () => {
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('with TRUST_PROXY_HOPS=1, gives each forwarded client address its own budget', async () => {
    server = await start(1);
    expect(await statuses(server, '203.0.113.7', MAX + 1)).toEqual([200, 200, 429]);
    expect(await statuses(server, '203.0.113.8', MAX)).toEqual([200, 200]);
  });

  it('by default, ignores X-Forwarded-For: every request from one peer shares one budget', async () => {
    server = await start(0);
    expect(await statuses(server, '203.0.113.7', MAX)).toEqual([200, 200]);
    expect(await statuses(server, '203.0.113.8', 1)).toEqual([429]);
  });
});
