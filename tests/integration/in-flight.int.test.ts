// The in-flight cap (server/src/http/inFlight.ts) on a real server process: over MAX_IN_FLIGHT, a GraphQL request is
// refused at once with 503, Retry-After and SERVICE_UNAVAILABLE; a slot comes back when its request ends, answered
// or abandoned; the health check is not counted.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeReply,
  jsonOf,
  postGraphql,
  send,
  spawnServer,
  tierSettings,
  traceMarkers,
  type Reply,
  type ServerProcess,
} from './server-process';

const QUERY = { query: '{ graphStats { nodes } }' };
/** Tries before the test calls the server's state unreachable (each try is one quick request, no sleep). */
const TRIES = 200;

/** A POST /graphql whose body never finishes arriving: it holds its slot until destroyed. */
function heldRequest(baseUrl: string): http.ClientRequest {
  const request = http.request(`${baseUrl}/graphql`, {
    method: 'POST',
    agent: false,
    headers: { 'content-type': 'application/json', 'content-length': 1000 },
  });
  request.on('error', () => undefined);
  request.write('{"query":');
  return request;
}

/** Sends the query until `done(reply)` holds, and returns that reply (fails after TRIES). */
async function until(baseUrl: string, done: (reply: Reply) => boolean): Promise<Reply> {
  let last: Reply | undefined;
  for (let i = 0; i < TRIES; i++) {
    last = await postGraphql(baseUrl, QUERY);
    if (done(last)) return last;
  }
  throw new Error(`the server never reached the expected state; last reply: ${last ? describeReply(last) : 'none'}`);
}

describe('in-flight cap', () => {
  let server: ServerProcess;

  beforeAll(async () => {
    server = await spawnServer(tierSettings({ RATE_LIMIT_MAX: '0', MAX_IN_FLIGHT: '1' }));
  });
  afterAll(async () => {
    await server.stop();
  });

  it('answers requests one after another within the cap', async () => {
    for (let i = 0; i < 5; i++) {
      const reply = await postGraphql(server.url, QUERY);
      expect(reply.status, describeReply(reply)).toBe(200);
      expect(jsonOf(reply)?.errors).toBeUndefined();
    }
  });

  it('refuses a request over the cap with 503 and a typed JSON error, then frees the slot when the held one ends', async () => {
    const held = heldRequest(server.url);
    try {
      const refused = await until(server.url, (reply) => reply.status === 503);
      expect(refused.headers['retry-after']).toBe('1');
      expect(traceMarkers(refused.text)).toEqual([]);
      const error = jsonOf(refused)?.errors?.[0];
      expect(error?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(error?.message).toBe('The server is answering as many requests as it can. Please try again in a moment.');
      // The health check is not a GraphQL request: it answers while the cap is reached.
      const health = await send(`${server.url}/healthz`);
      expect(health.status, describeReply(health)).toBe(200);
    } finally {
      held.destroy();
    }
    const after = await until(server.url, (reply) => reply.status !== 503);
    expect(after.status, describeReply(after)).toBe(200);
  });

  it('rejects a cap that is not a whole number of at least 1 at start-up, naming the setting', async () => {
    await expect(spawnServer(tierSettings({ MAX_IN_FLIGHT: '0' }))).rejects.toThrow(/MAX_IN_FLIGHT/u);
  });
});
