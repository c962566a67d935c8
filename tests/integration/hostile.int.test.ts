/**
 * Hostile requests over real HTTP, reproduced from the hardening review (issue 9): fragment doubling, a nested-relations
 * bomb whose cost estimate used to fail open, deep and wide `where` filters, too many tokens, malformed bodies,
 * charsets and encodings, an unknown operation name, negative pagination. Each must be refused within a second with
 * its stable code while a normal query sent at the same time still answers correctly, and no answer may carry a trace.
 * Also the deliberate production choices: security headers, rate limiting per client IP, introspection switch.
 *
 * The server runs in a child process (see server-process.ts): before the fixes, some of these requests pinned its CPU
 * for minutes, and a test must be able to notice that, fail, and replace the server, rather than hang the run.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
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

/** A refusal must come this fast: generous for a shared 2-core machine, far below the seconds-long stalls it guards. */
const REFUSAL_BOUND_MS = 1000;
/** How long a request may go unanswered before the test calls the server stuck (not a latency requirement). */
const HANG_BOUND_MS = 15_000;

const NORMAL_QUERY = { query: '{ entity(id: "regime:wassenaar") { id } }' };

/** `fragment F0 … { name }`, then each Fi spreads F(i-1) twice: 2^levels `name` fields behind one spread. */
function fragmentDoubling(levels: number): string {
  const fragments = ['fragment F0 on RelationTypeInfo { name }'];
  for (let i = 1; i <= levels; i++) fragments.push(`fragment F${i} on RelationTypeInfo { ...F${i - 1} ...F${i - 1} }`);
  return `${fragments.join('\n')}\nquery { relationTypes { ...F${levels} } }`;
}

/**
 * Four levels of two aliased `relations { other { … } } }` each below 100 search hits (within the depth and alias
 * limits; estimated cost about 1.4 billion, since every Entity.relations is one database query per entity), plus a
 * fragment-doubling block whose 2^14 spreads made the cost estimator throw "too many nodes", which let it all run.
 */
function relationsBomb(): string {
  const fragments = ['fragment L4 on Entity { id }'];
  for (let level = 3; level >= 0; level--) {
    const next = `L${level + 1}`;
    fragments.push(
      `fragment L${level} on Entity { a: relations { other { ...${next} } } b: relations { other { ...${next} } } }`,
    );
  }
  fragments.push('fragment D0 on Entity { id }');
  for (let i = 1; i <= 14; i++) fragments.push(`fragment D${i} on Entity { ...D${i - 1} ...D${i - 1} }`);
  return `${fragments.join('\n')}\nquery Bomb { search(text: "a", limit: 100) { ...L0 ...D14 } }`;
}

/** A generated-query filter `NOT` nested `depth` times (this overflowed Neo4j's stack at 300–500). */
function deepNotFilter(depth: number): string {
  let where = '{ id: { eq: "tech:nvidia-h100" } }';
  for (let i = 0; i < depth; i++) where = `{ NOT: ${where} }`;
  return `{ technologyRecords(where: ${where}) { id } }`;
}

/** A generated-query filter `AND` list `width` entries wide (empty filters keep it under the body limit). */
function wideAndFilter(width: number): string {
  return `{ technologyRecords(where: { AND: [${Array.from({ length: width }, () => '{}').join(' ')}] }) { id } }`;
}

describe('hostile requests', () => {
  let server: ServerProcess;
  /** Set when a request went unanswered or the normal client was not served: the next test gets a fresh server. */
  let replaceServer = false;
  // Rate limiting off: this file sends more requests than the default budget, and 429s would hide what is tested.
  const settings = () => tierSettings({ RATE_LIMIT_MAX: '0' });

  beforeAll(async () => {
    server = await spawnServer(settings());
  });

  beforeEach(async () => {
    if (!replaceServer) return;
    await server.kill();
    server = await spawnServer(settings());
    replaceServer = false;
  });

  afterAll(async () => {
    await server.stop();
  });

  /** What is wrong with an answer that must be JSON without a trace (empty when nothing is). */
  function jsonProblems(reply: Reply, what: string): string[] {
    if (reply.failure) return [`${what}: ${describeReply(reply)} ${server.exitReport()}`.trim()];
    const problems: string[] = [];
    if (!/json/u.test(String(reply.headers['content-type']))) {
      problems.push(`${what}: content type ${String(reply.headers['content-type'])}, not JSON`);
    }
    const leaks = traceMarkers(reply.text);
    if (leaks.length > 0) problems.push(`${what} leaks ${leaks.join(', ')}: ${reply.text.slice(0, 300)}`);
    if (!jsonOf(reply)) problems.push(`${what}: the body is not JSON: ${reply.text.slice(0, 300)}`);
    return problems;
  }

  interface Refusal {
    /** Sends the hostile request; calls onSent once its bytes are on the wire. */
    readonly request: (onSent: () => void) => Promise<Reply>;
    /** Accepted codes for errors[0].extensions.code (usually one). */
    readonly codes: readonly string[];
    /** Accepted HTTP statuses; any 4xx when not given. */
    readonly statuses?: readonly number[];
  }

  /**
   * Sends the hostile request and, as soon as it is on the wire, a normal query from another connection; expects the
   * refusal (fast, its code, 4xx or the given statuses, JSON without a trace) and the normal query answered correctly
   * meanwhile. Every shortfall is listed in one assertion, so a failing test says all that is wrong at once.
   */
  async function expectRefusedWhileOthersServed(refusal: Refusal): Promise<void> {
    let normal: Promise<Reply> | undefined;
    const sendNormal = () => postGraphql(server.url, NORMAL_QUERY, { timeoutMs: HANG_BOUND_MS * 2 });
    const hostile = await refusal.request(() => {
      normal = sendNormal();
    });
    // The hostile request may be answered before its body is fully sent (e.g. 413); the normal query still goes out.
    const normalReply = await (normal ?? sendNormal());
    const normalBody = jsonOf(normalReply);

    const problems = jsonProblems(hostile, 'the refusal');
    if (!hostile.failure) {
      const body = jsonOf(hostile);
      const first = Array.isArray(body?.errors) ? body.errors[0] : undefined;
      if (hostile.ms >= REFUSAL_BOUND_MS) problems.push(`refused after ${Math.round(hostile.ms)} ms`);
      const statusOk = refusal.statuses
        ? refusal.statuses.includes(hostile.status)
        : hostile.status >= 400 && hostile.status < 500;
      if (!statusOk) problems.push(`status ${hostile.status}, expected ${refusal.statuses?.join(' or ') ?? '4xx'}`);
      const code = first?.extensions?.code;
      if (typeof code !== 'string' || !refusal.codes.includes(code)) {
        problems.push(`code ${String(code)}, expected ${refusal.codes.join(' or ')}: ${hostile.text.slice(0, 300)}`);
      }
      if (typeof first?.message !== 'string') problems.push('errors[0] has no message');
      if (first?.extensions && 'stacktrace' in first.extensions) problems.push('a stacktrace extension');
    }

    problems.push(...jsonProblems(normalReply, 'the normal query sent meanwhile'));
    const served =
      normalReply.status === 200 &&
      normalBody?.errors === undefined &&
      JSON.stringify(normalBody?.data) === JSON.stringify({ entity: { id: 'regime:wassenaar' } });
    if (!normalReply.failure && !served) {
      problems.push(`the normal query sent meanwhile was not served: ${describeReply(normalReply)}`);
    }
    if (hostile.failure || !served) replaceServer = true;
    expect(problems).toEqual([]);
  }

  const graphql =
    (body: unknown, headers: Record<string, string> = {}) =>
    (onSent: () => void) =>
      postGraphql(server.url, body, { headers, timeoutMs: HANG_BOUND_MS, onSent });

  const raw = (headers: Record<string, string>, body: string | Buffer) => (onSent: () => void) =>
    send(`${server.url}/graphql`, { method: 'POST', headers, body, timeoutMs: HANG_BOUND_MS, onSent });

  const TOO_COMPLEX = { codes: ['QUERY_TOO_COMPLEX'], statuses: [400] } as const;

  describe('query limits refuse in time linear in the document, and fail closed', () => {
    it('refuses fragment doubling at 22 levels (1.2 KB that stalled every client for 7 s)', async () => {
      await expectRefusedWhileOthersServed({ request: graphql({ query: fragmentDoubling(22) }), ...TOO_COMPLEX });
    });

    it('refuses fragment doubling at 40 levels (1.7 KB that held the CPU for over 10 minutes)', async () => {
      await expectRefusedWhileOthersServed({ request: graphql({ query: fragmentDoubling(40) }), ...TOO_COMPLEX });
    });

    it('refuses the nested-relations bomb whose cost estimate failed open', async () => {
      await expectRefusedWhileOthersServed({ request: graphql({ query: relationsBomb() }), ...TOO_COMPLEX });
    });

    it('refuses a generated-query filter with NOT nested 400 deep (it overflowed the database stack)', async () => {
      await expectRefusedWhileOthersServed({ request: graphql({ query: deepNotFilter(400) }), ...TOO_COMPLEX });
    });

    it('refuses a generated-query filter with an AND list 10,000 wide', async () => {
      await expectRefusedWhileOthersServed({ request: graphql({ query: wideAndFilter(10_000) }), ...TOO_COMPLEX });
    });

    it('refuses a document of 18,000 tokens before parsing it all', async () => {
      const query = `{ relationTypes { ${Array.from({ length: 18_000 }, () => 'name').join(' ')} } }`;
      await expectRefusedWhileOthersServed({ request: graphql({ query }), ...TOO_COMPLEX });
    });

    it('refuses too deep, too many aliases and too costly with 400 QUERY_TOO_COMPLEX', async () => {
      let deep = 'id';
      for (let i = 0; i < 6; i++) deep = `relations { other { ${deep} } }`;
      const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: graphStats { nodes }`).join(' ');
      for (const query of [
        `{ entity(id: "regime:wassenaar") { ${deep} } }`,
        `{ ${aliases} }`,
        '{ search(text: "a", limit: 100) { relations { other { relations { type other { id } } } } } }',
      ]) {
        await expectRefusedWhileOthersServed({ request: graphql({ query }), ...TOO_COMPLEX });
      }
    });
  });

  describe('malformed HTTP answers JSON with a stable code, never an HTML page or a trace', () => {
    const json = { 'content-type': 'application/json' };
    const validBody = JSON.stringify(NORMAL_QUERY);

    it('answers malformed JSON 400 BAD_REQUEST', async () => {
      await expectRefusedWhileOthersServed({
        request: raw(json, '{"query": "{ graphStats { nodes } }"'),
        codes: ['BAD_REQUEST'],
        statuses: [400],
      });
    });

    it.each(['foo', 'utf-16'])('answers an unsupported charset (%s) with BAD_REQUEST', async (charset) => {
      await expectRefusedWhileOthersServed({
        request: raw({ 'content-type': `application/json; charset=${charset}` }, validBody),
        codes: ['BAD_REQUEST'],
      });
    });

    it('answers an unsupported content encoding (compress) with BAD_REQUEST', async () => {
      await expectRefusedWhileOthersServed({
        request: raw({ ...json, 'content-encoding': 'compress' }, validBody),
        codes: ['BAD_REQUEST'],
      });
    });

    it('answers a gzip body that is not gzip, and a truncated one, with 400 BAD_REQUEST', async () => {
      const truncated = gzipSync(Buffer.from(validBody)).subarray(0, 20);
      for (const body of [Buffer.from('this is not gzip at all'), truncated]) {
        await expectRefusedWhileOthersServed({
          request: raw({ ...json, 'content-encoding': 'gzip' }, body),
          codes: ['BAD_REQUEST'],
          statuses: [400],
        });
      }
    });

    it('answers an unsupported content type with 400 or 415', async () => {
      await expectRefusedWhileOthersServed({
        request: raw({ 'content-type': 'application/xml' }, '<query>{ graphStats { nodes } }</query>'),
        codes: ['BAD_REQUEST', 'UNSUPPORTED_MEDIA_TYPE'],
        statuses: [400, 415],
      });
    });

    it('answers a body over the size limit with 413', async () => {
      const body = JSON.stringify({ query: `{ graphStats { nodes } } # ${'x'.repeat(200 * 1024)}` });
      await expectRefusedWhileOthersServed({
        request: raw(json, body),
        codes: ['BAD_REQUEST', 'PAYLOAD_TOO_LARGE'],
        statuses: [413],
      });
    });

    it('answers an unknown operationName 400, for an anonymous and for a named operation (it was a 500)', async () => {
      for (const body of [
        { query: '{ graphStats { nodes } }', operationName: 'Missing' },
        { query: 'query Present { graphStats { nodes } }', operationName: 'Missing' },
        { query: 'query A { graphStats { nodes } } query B { graphStats { nodes } }', operationName: 'Missing' },
      ]) {
        await expectRefusedWhileOthersServed({
          request: graphql(body),
          codes: ['OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST'],
          statuses: [400],
        });
      }
    });

    it('answers a persisted-query hash that does not match its query with a client error (it was INTERNAL_SERVER_ERROR)', async () => {
      await expectRefusedWhileOthersServed({
        request: graphql({
          query: '{ graphStats { nodes } }',
          extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } },
        }),
        codes: ['BAD_REQUEST', 'PERSISTED_QUERY_NOT_SUPPORTED', 'PERSISTED_QUERY_NOT_FOUND'],
        // Apollo answers PERSISTED_QUERY_NOT_SUPPORTED with 200, which persisted-query clients expect as their cue.
        statuses: [200, 400],
      });
    });
  });

  describe('negative pagination is the caller’s error', () => {
    it.each([
      '{ technologyRecords(limit: -1) { id } }',
      '{ technologyRecords(offset: -1) { id } }',
      '{ regimeRecords(limit: -1, offset: -5) { id } }',
      '{ technologyRecordsConnection(first: -1) { totalCount } }',
      '{ search(text: "a", limit: -1) { id } }',
      '{ neighborhood(id: "regime:wassenaar", limit: -1) { truncated } }',
      '{ overview(limit: -1) { truncated } }',
      '{ paths(from: "regime:wassenaar", to: "tech:nvidia-h100", limit: -1) { paths { length } } }',
    ])('%s answers BAD_USER_INPUT', async (query) => {
      await expectRefusedWhileOthersServed({
        request: graphql({ query }),
        codes: ['BAD_USER_INPUT'],
        statuses: [200, 400],
      });
    });

    it('answers BAD_USER_INPUT for a negative limit passed as a variable', async () => {
      await expectRefusedWhileOthersServed({
        request: graphql({ query: 'query($n: Int) { technologyRecords(limit: $n) { id } }', variables: { n: -1 } }),
        codes: ['BAD_USER_INPUT'],
        statuses: [200, 400],
      });
    });
  });

  describe('production choices', () => {
    it('sets the security headers on every kind of response', async () => {
      const replies: [string, Reply][] = [
        ['POST /graphql', await postGraphql(server.url, NORMAL_QUERY)],
        ['POST /graphql, bad JSON', await postGraphql(server.url, '{')],
        ['GET /healthz', await send(`${server.url}/healthz`)],
        [
          'GET /graphql as an API client',
          await send(`${server.url}/graphql`, { headers: { accept: 'application/json' } }),
        ],
        ['GET /no-such-file.js', await send(`${server.url}/no-such-file.js`)],
      ];
      for (const [what, reply] of replies) {
        expect.soft(reply.failure, `${what}: ${describeReply(reply)}`).toBeUndefined();
        const csp = String(reply.headers['content-security-policy'] ?? '');
        expect.soft(csp, `${what}: Content-Security-Policy`).not.toBe('');
        expect.soft(csp, `${what}: CSP frame-ancestors`).toMatch(/frame-ancestors 'none'/u);
        expect.soft(csp, `${what}: CSP without unsafe-eval`).not.toContain('unsafe-eval');
        expect.soft(reply.headers['x-content-type-options'], `${what}: X-Content-Type-Options`).toBe('nosniff');
        const referrer = String(reply.headers['referrer-policy'] ?? '');
        expect.soft(referrer, `${what}: Referrer-Policy`).toMatch(/^(no-referrer|same-origin|strict-origin)/u);
        expect.soft(traceMarkers(reply.text), `${what}: ${reply.text.slice(0, 300)}`).toEqual([]);
      }
    });

    it('keeps introspection on by default (the local GraphQL IDE needs it)', async () => {
      const reply = await postGraphql(server.url, { query: '{ __schema { types { name } } }' });
      const body = jsonOf(reply);
      expect(reply.status, describeReply(reply)).toBe(200);
      expect(body?.errors).toBeUndefined();
      const types = (body?.data?.__schema as { types: { name: string }[] } | undefined)?.types;
      expect(types?.map((t) => t.name)).toContain('Entity');
    });
  });
});

describe('GRAPHQL_INTROSPECTION=false', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await spawnServer(tierSettings({ RATE_LIMIT_MAX: '0', GRAPHQL_INTROSPECTION: 'false' }));
  });
  afterAll(async () => {
    await server.stop();
  });

  it('refuses a schema introspection query with GRAPHQL_VALIDATION_FAILED and still answers queries', async () => {
    const reply = await postGraphql(server.url, { query: '{ __schema { types { name } } }' });
    const body = jsonOf(reply);
    expect(traceMarkers(reply.text)).toEqual([]);
    expect(Array.isArray(body?.errors), describeReply(reply)).toBe(true);
    expect(body?.errors?.[0]?.extensions?.code, describeReply(reply)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body?.data ?? undefined).toBeUndefined();

    const normal = jsonOf(await postGraphql(server.url, NORMAL_QUERY));
    expect(normal?.data).toEqual({ entity: { id: 'regime:wassenaar' } });
  });
});

describe('rate limiting per client IP', () => {
  const MAX = 5;
  let server: ServerProcess;
  beforeAll(async () => {
    server = await spawnServer(tierSettings({ RATE_LIMIT_MAX: String(MAX), RATE_LIMIT_WINDOW_MS: '60000' }));
  });
  afterAll(async () => {
    await server.stop();
  });

  it('answers 429 RATE_LIMITED with Retry-After past the limit, and keeps serving another client', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < MAX; i++) statuses.push((await postGraphql(server.url, NORMAL_QUERY)).status);
    expect(statuses).toEqual(Array.from({ length: MAX }, () => 200));

    const limited = await postGraphql(server.url, NORMAL_QUERY);
    expect(limited.status, describeReply(limited)).toBe(429);
    const retryAfter = Number(limited.headers['retry-after']);
    expect(Number.isInteger(retryAfter) && retryAfter > 0 && retryAfter <= 60, `Retry-After: ${retryAfter}`).toBe(true);
    expect(String(limited.headers['content-type'])).toMatch(/json/u);
    const body = jsonOf(limited);
    expect(body?.errors?.[0]?.extensions?.code, describeReply(limited)).toBe('RATE_LIMITED');
    expect(traceMarkers(limited.text)).toEqual([]);

    // Another address on the loopback network is another client, with its own budget (Linux routes all of 127/8).
    const other = await postGraphql(server.url, NORMAL_QUERY, { localAddress: '127.0.0.2' });
    expect(other.status, describeReply(other)).toBe(200);
    expect(jsonOf(other)?.data).toEqual({ entity: { id: 'regime:wassenaar' } });
  });
});
