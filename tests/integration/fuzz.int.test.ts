/**
 * Property-based fuzzing of the GraphQL endpoint over real HTTP (fast-check). Requests are generated from the served
 * schema (buildApiSchema): random selections of real fields with random, sometimes invalid, arguments, aliases, named
 * and inline fragments, variables (sometimes of the wrong type), too-deep nesting now and then; plus byte-level
 * mutations of valid documents and of whole request bodies, and malformed request envelopes.
 *
 * Properties: no answer is a 5xx, every answer is JSON, every error has a string `extensions.code`, no body carries a
 * trace, nothing hangs; and afterwards the server still answers a known query correctly. A second property asks that
 * well-formed-enough documents are never answered as an internal error.
 *
 * Bounded and reproducible: FUZZ_RUNS cases (default 300) from FUZZ_SEED (default fixed). A failure prints the seed,
 * the path and the failing request as sent; FUZZ_SEED with the same FUZZ_RUNS reproduces it.
 */
import fc from 'fast-check';
import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../../server/src/graphql/schema';
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

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_409);
/** An answer later than this counts as a hang (a generous bound, not a latency requirement). */
const HANG_BOUND_MS = 10_000;

/** Ids that exist in the seed, so that some generated queries reach the database and return data. */
const REAL_IDS = ['regime:wassenaar', 'tech:nvidia-h100', 'tech:gpu', 'treaty:npt', 'tech:no-such-entity'];
/** Characters that stress the lexer, the JSON layer and the string handling when inserted at random. */
const NASTY = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  '$',
  '...',
  '@',
  '"',
  '"""',
  '\\',
  ':',
  '!',
  '#',
  '\n',
  '\u0000',
  '\ud800',
  '😀',
  '中',
  ' on ',
  'fragment ',
  'query ',
  '__schema',
  '-1',
  '1e309',
  '9007199254740993',
];

interface FuzzRequest {
  /** The raw bytes of the body. */
  readonly body: Buffer;
  readonly contentType: string;
  /** What the case is, for the report of a failure. */
  readonly kind: string;
}

type Gen = fc.GeneratorValue;

/** One value from an arbitrary, inside a generator (keeps the value's type). */
const draw = <T>(g: Gen, arbitrary: fc.Arbitrary<T>): T => g(() => arbitrary);

const identifier = (g: Gen, prefix: string) => `${prefix}${draw(g, fc.nat({ max: 999 }))}`;

/** Builds one operation from the schema with an imperative generator, collecting fragments and variables. */
class DocumentBuilder {
  private readonly fragments: string[] = [];
  private readonly variableDefinitions: string[] = [];
  readonly variables: Record<string, unknown> = {};

  constructor(
    private readonly g: Gen,
    private readonly schema: GraphQLSchema,
  ) {}

  document(): string {
    const query = this.schema.getQueryType();
    if (!query) throw new Error('the schema has no Query type');
    // Mostly shallow documents (so many reach the resolvers), now and then deeper than the depth limit.
    const depth = draw(this.g, fc.constantFrom(1, 2, 3, 3, 4, 12));
    const selection = this.selectionSet(query, depth);
    const name = draw(this.g, fc.boolean()) ? ` ${identifier(this.g, 'Op')}` : '';
    const variables = this.variableDefinitions.length > 0 ? `(${this.variableDefinitions.join(', ')})` : '';
    return [`query${name}${variables} ${selection}`, ...this.fragments].join('\n');
  }

  private selectionSet(type: GraphQLCompositeType, depth: number): string {
    const g = this.g;
    if (isUnionType(type)) {
      const members = draw(g, fc.subarray([...type.getTypes()], { minLength: 1 }));
      return `{ __typename ${members.map((m) => `... on ${m.name} ${this.selectionSet(m, depth)}`).join(' ')} }`;
    }
    const fields = Object.values(type.getFields()).filter((f) => !f.name.startsWith('__'));
    const chosen = draw(g, fc.subarray(fields, { minLength: 1, maxLength: Math.min(4, fields.length) }));
    const parts = chosen.map((field) => this.field(field, depth));
    // Some wrong selections: a field that does not exist, an introspection field.
    if (draw(g, fc.nat({ max: 19 })) === 0) parts.push(identifier(g, 'noSuchField'));
    if (draw(g, fc.nat({ max: 19 })) === 0) parts.push('__typename');
    const body = `{ ${parts.join(' ')} }`;
    // Now and then the selection goes into a named or an inline fragment.
    const wrap = draw(g, fc.nat({ max: 9 }));
    if (wrap === 0) {
      const name = identifier(g, 'Frag');
      if (!this.fragments.some((f) => f.startsWith(`fragment ${name} `))) {
        this.fragments.push(`fragment ${name} on ${type.name} ${body}`);
      }
      return `{ ...${name} }`;
    }
    if (wrap === 1 && (isObjectType(type) || isInterfaceType(type))) return `{ ... on ${type.name} ${body} }`;
    return body;
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number): string {
    const g = this.g;
    const alias = draw(g, fc.nat({ max: 4 })) === 0 ? `${identifier(g, 'a')}: ` : '';
    const args = this.arguments(field.args);
    const named = getNamedType(field.type);
    let selection = '';
    if (isCompositeType(named)) {
      // At the depth budget, ask for __typename only; once in a while forget the selection (a validation error).
      if (draw(g, fc.nat({ max: 29 })) === 0) selection = '';
      else selection = depth <= 1 ? '{ __typename }' : this.selectionSet(named, depth - 1);
    } else if (draw(g, fc.nat({ max: 49 })) === 0) {
      selection = '{ id }'; // a selection on a scalar: a validation error
    }
    return `${alias}${field.name}${args} ${selection}`.trim();
  }

  private arguments(args: readonly GraphQLArgument[]): string {
    const g = this.g;
    const parts: string[] = [];
    for (const arg of args) {
      const required = isNonNullType(arg.type);
      // Required arguments are nearly always given (leaving one out is a validation error); optional ones half the time.
      if (required ? draw(g, fc.nat({ max: 19 })) === 0 : draw(g, fc.boolean())) continue;
      if (draw(g, fc.nat({ max: 4 })) === 0) {
        const name = `v${this.variableDefinitions.length}`;
        // The declared type is the argument's, or now and then another one (a validation error).
        const declared =
          draw(g, fc.nat({ max: 9 })) === 0
            ? draw(g, fc.constantFrom('Int', 'String!', '[ID!]', 'Boolean'))
            : String(arg.type);
        this.variableDefinitions.push(`$${name}: ${declared}`);
        this.variables[name] = this.jsonValue(arg.type, 3);
        parts.push(`${arg.name}: $${name}`);
      } else {
        parts.push(`${arg.name}: ${this.literal(arg.type, 3)}`);
      }
    }
    if (draw(g, fc.nat({ max: 24 })) === 0) parts.push(`${identifier(g, 'unknownArg')}: 1`);
    return parts.length > 0 ? `(${parts.join(', ')})` : '';
  }

  /** A GraphQL literal for `type`, sometimes of the wrong type or out of range. */
  private literal(type: GraphQLInputType, depth: number): string {
    const g = this.g;
    if (draw(g, fc.nat({ max: 14 })) === 0) return this.wrongLiteral();
    if (isNonNullType(type)) return this.literal(type.ofType, depth);
    if (isListType(type)) {
      if (depth <= 0) return '[]';
      const n = draw(g, fc.nat({ max: 3 }));
      return `[${Array.from({ length: n }, () => this.literal(type.ofType, depth - 1)).join(', ')}]`;
    }
    if (isEnumType(type)) return draw(g, fc.constantFrom(...type.getValues().map((v) => v.name), 'NOT_A_VALUE'));
    if (isInputObjectType(type)) {
      if (depth <= 0) return '{}';
      const all = Object.values(type.getFields());
      const fields = draw(g, fc.subarray(all, { maxLength: Math.min(3, all.length) }));
      return `{ ${fields.map((f) => `${f.name}: ${this.literal(f.type, depth - 1)}`).join(', ')} }`;
    }
    if (isScalarType(type)) {
      const value = this.scalar(type.name);
      return typeof value === 'string' ? JSON.stringify(value) : String(value);
    }
    return 'null';
  }

  /** A JSON variable value for `type`, sometimes of the wrong type. */
  private jsonValue(type: GraphQLInputType, depth: number): unknown {
    const g = this.g;
    if (draw(g, fc.nat({ max: 9 })) === 0)
      return draw(g, fc.constantFrom(null, 'text', 42, -1, true, [], {}, [1, 'x'], { a: 1 }));
    if (isNonNullType(type)) return this.jsonValue(type.ofType, depth);
    if (isListType(type)) {
      if (depth <= 0) return [];
      return Array.from({ length: draw(g, fc.nat({ max: 3 })) }, () => this.jsonValue(type.ofType, depth - 1));
    }
    if (isEnumType(type)) return draw(g, fc.constantFrom(...type.getValues().map((v) => v.name), 'NOT_A_VALUE'));
    if (isInputObjectType(type)) {
      if (depth <= 0) return {};
      const all = Object.values(type.getFields());
      const fields = draw(g, fc.subarray(all, { maxLength: Math.min(3, all.length) }));
      return Object.fromEntries(fields.map((f) => [f.name, this.jsonValue(f.type, depth - 1)]));
    }
    if (isScalarType(type)) return this.scalar(type.name);
    return null;
  }

  private scalar(name: string): string | number | boolean {
    const g = this.g;
    switch (name) {
      case 'Int':
        return draw(
          g,
          fc.oneof(fc.integer({ min: -3, max: 120 }), fc.constantFrom(-1, 0, 2_147_483_647, -2_147_483_648)),
        );
      case 'Float':
        return draw(g, fc.double({ noNaN: true, noDefaultInfinity: true }));
      case 'Boolean':
        return draw(g, fc.boolean());
      case 'ID':
        return draw(g, fc.oneof(fc.constantFrom(...REAL_IDS), fc.string({ maxLength: 30 })));
      default:
        return draw(
          g,
          fc.oneof(fc.constantFrom('a', 'Wass', '瓦森纳', 'chip', ...REAL_IDS), fc.string({ maxLength: 40 })),
        );
    }
  }

  private wrongLiteral(): string {
    return draw(
      this.g,
      fc.constantFrom('"text"', '42', '-1', '3.5', 'true', 'null', '[]', '{}', 'SOME_ENUM', '$undeclared'),
    );
  }
}

/** Applies 1–4 random edits (delete, insert, duplicate, replace) to a text. */
function mutateText(g: Gen, text: string): string {
  let result = text;
  const edits = draw(g, fc.integer({ min: 1, max: 4 }));
  for (let i = 0; i < edits; i++) {
    const at = draw(g, fc.nat({ max: result.length }));
    const length = draw(g, fc.nat({ max: 12 }));
    switch (draw(g, fc.nat({ max: 3 }))) {
      case 0:
        result = result.slice(0, at) + result.slice(at + length);
        break;
      case 1:
        result = result.slice(0, at) + draw(g, fc.constantFrom(...NASTY)) + result.slice(at);
        break;
      case 2:
        result = result.slice(0, at) + result.slice(at, at + length).repeat(2) + result.slice(at + length);
        break;
      default:
        result = result.slice(0, at) + draw(g, fc.string({ maxLength: 3 })) + result.slice(at + 1);
    }
  }
  return result;
}

/** Flips, inserts or deletes random bytes of a body (which may then be invalid UTF-8 or invalid JSON). */
function mutateBytes(g: Gen, bytes: Buffer): Buffer {
  const copy = [...bytes];
  const edits = draw(g, fc.integer({ min: 1, max: 6 }));
  for (let i = 0; i < edits; i++) {
    const at = draw(g, fc.nat({ max: Math.max(0, copy.length - 1) }));
    const byte = draw(g, fc.nat({ max: 255 }));
    const op = draw(g, fc.nat({ max: 2 }));
    if (op === 0) copy[at] = byte;
    else if (op === 1) copy.splice(at, 0, byte);
    else copy.splice(at, 1);
  }
  return Buffer.from(copy);
}

function fuzzRequests(schema: GraphQLSchema): fc.Arbitrary<FuzzRequest> {
  const json = 'application/json';
  return fc.gen().map((g): FuzzRequest => {
    const builder = new DocumentBuilder(g, schema);
    const query = builder.document();
    const envelope = { query, variables: builder.variables };
    switch (draw(g, fc.nat({ max: 9 }))) {
      case 0:
      case 1: {
        const mutated = { ...envelope, query: mutateText(g, query) };
        return { body: Buffer.from(JSON.stringify(mutated)), contentType: json, kind: 'mutated document' };
      }
      case 2:
        return { body: mutateBytes(g, Buffer.from(JSON.stringify(envelope))), contentType: json, kind: 'mutated body' };
      case 3: {
        // A malformed envelope: wrong member types, stray members, an operation name that may not exist.
        const odd = {
          query: draw(g, fc.constantFrom(query, 42, null, [query], { query })),
          variables: draw(g, fc.constantFrom(builder.variables, 'x', [1], null, 7)),
          operationName: draw(g, fc.constantFrom(undefined, 'Op1', '', 5, 'Missing')),
          extensions: draw(
            g,
            fc.constantFrom(undefined, {}, { persistedQuery: { version: 1, sha256Hash: 'abc' } }, 'x'),
          ),
        };
        return { body: Buffer.from(JSON.stringify(odd)), contentType: json, kind: 'odd envelope' };
      }
      case 4: {
        const contentType = draw(
          g,
          fc.constantFrom('application/json; charset=latin1', 'application/graphql', 'text/xml'),
        );
        return { body: Buffer.from(JSON.stringify(envelope)), contentType, kind: 'odd content type' };
      }
      default:
        return { body: Buffer.from(JSON.stringify(envelope)), contentType: json, kind: 'generated document' };
    }
  });
}

/** Generated documents only (no byte or envelope damage): these reach parsing, validation and the resolvers. */
function documentRequests(schema: GraphQLSchema): fc.Arbitrary<FuzzRequest> {
  return fc.gen().map((g): FuzzRequest => {
    const builder = new DocumentBuilder(g, schema);
    const body = JSON.stringify({ query: builder.document(), variables: builder.variables });
    return { body: Buffer.from(body), contentType: 'application/json', kind: 'generated document' };
  });
}

const show = (request: FuzzRequest) => `${request.kind} (${request.contentType}): ${request.body.toString('utf8')}`;

/** Everything wrong with one answer under the contract; empty when nothing is. */
function contractProblems(reply: Reply): string[] {
  if (reply.failure) return [describeReply(reply)];
  const problems: string[] = [];
  if (reply.status >= 500) problems.push(`status ${reply.status}`);
  const leaks = traceMarkers(reply.text);
  if (leaks.length > 0) problems.push(`leaks ${leaks.join(', ')}`);
  const body = jsonOf(reply);
  if (!body || typeof body !== 'object') return [...problems, `not JSON: ${reply.text.slice(0, 200)}`];
  if (body.errors !== undefined) {
    if (!Array.isArray(body.errors)) return [...problems, 'errors is not a list'];
    body.errors.forEach((error, i) => {
      if (typeof error.extensions?.code !== 'string') problems.push(`errors[${i}] has no string extensions.code`);
      if (error.extensions && 'stacktrace' in error.extensions) problems.push(`errors[${i}] has a stacktrace`);
    });
  } else if (body.data === undefined) {
    problems.push('neither data nor errors');
  }
  return problems;
}

describe('fuzzing the GraphQL endpoint', () => {
  let server: ServerProcess;
  let schema: GraphQLSchema;

  const post = (request: FuzzRequest) =>
    send(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': request.contentType },
      body: request.body,
      timeoutMs: HANG_BOUND_MS,
    });

  beforeAll(async () => {
    schema = await buildApiSchema();
    // Rate limiting off: the fuzzer sends far more than the default budget on purpose.
    server = await spawnServer(tierSettings({ RATE_LIMIT_MAX: '0' }));
  });
  afterAll(async () => {
    await server.stop();
  });

  it(`answers ${RUNS} generated and damaged requests without a 5xx, a trace or an untyped error`, async () => {
    await fc.assert(
      fc.asyncProperty(fuzzRequests(schema), async (request) => {
        const problems = contractProblems(await post(request));
        if (problems.length > 0) throw new Error(`${problems.join('; ')}\nrequest: ${show(request)}`);
      }),
      // No shrinking: generated requests shrink slowly (minutes), and the failure message already holds the request.
      { numRuns: RUNS, seed: SEED, endOnFailure: true, plugins: [fc.interruptAfterTimeLimit(240_000)] },
    );

    // The server is still well: a known query answers correctly after the storm.
    const known = await postGraphql(server.url, { query: '{ entity(id: "regime:wassenaar") { id kind } }' });
    expect(known.status, describeReply(known)).toBe(200);
    expect(jsonOf(known)).toEqual({ data: { entity: { id: 'regime:wassenaar', kind: 'REGIME' } } });
  }, 300_000);

  it('never answers a generated document as an internal error', async () => {
    await fc.assert(
      fc.asyncProperty(documentRequests(schema), async (request) => {
        const reply = await post(request);
        const codes = (jsonOf(reply)?.errors ?? []).map((e) => e.extensions?.code);
        if (reply.failure || reply.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR')) {
          throw new Error(`${describeReply(reply)}\nrequest: ${show(request)}`);
        }
      }),
      {
        numRuns: Math.ceil(RUNS / 3),
        seed: SEED + 1,
        endOnFailure: true,
        plugins: [fc.interruptAfterTimeLimit(120_000)],
      },
    );
  }, 180_000);
});
