// The limits against documents built to be expensive: fragment chains that double at each level, filters nested
// hundreds deep, negative page sizes, and a limit whose own analysis fails (it must refuse, not let the query through).
import { GraphQLError, parse, specifiedRules, validate, Kind } from 'graphql';
import type { GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../../server/src/graphql/schema';
import { analyseOperation, DEFAULT_INPUT_LIMITS } from '../../server/src/limits/analysis';
import { costLimitPlugin, estimateCost } from '../../server/src/limits/cost';
import { depthLimitRule } from '../../server/src/limits/depth';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildApiSchema();
});

/** `levels` fragments, each spreading the previous one twice: 2^levels copies of the leaf once expanded. */
function fragmentChain(levels: number, leafType: string, leaf: string, root: string): string {
  const parts = [`fragment F0 on ${leafType} { ${leaf} }`];
  for (let i = 1; i <= levels; i += 1) parts.push(`fragment F${i} on ${leafType} { ...F${i - 1} ...F${i - 1} }`);
  return `query { ${root.replace('$SPREAD', `...F${levels}`)} }\n${parts.join('\n')}`;
}

function operationOf(query: string): OperationDefinitionNode {
  const operation = parse(query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('no operation');
  return operation;
}

describe('fragment doubling', () => {
  it('measures depth once per fragment, whatever the expansion (40 levels = 2^40 copies)', () => {
    const query = fragmentChain(40, 'RelationTypeInfo', 'name', 'relationTypes { $SPREAD }');
    const started = performance.now();
    const errors = validate(schema, parse(query), [...specifiedRules, depthLimitRule(10)]);
    const depthErrors = errors.filter((e) => e.extensions.code === 'QUERY_TOO_COMPLEX');
    expect(depthErrors).toEqual([]);
    // A bound on work, not a timing test: the unmemoised rule took minutes here.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('estimates the cost of the expansion without expanding it', () => {
    const query = fragmentChain(40, 'Entity', 'id', 'entity(id: "x") { relations { other { $SPREAD } } }');
    const cost = estimateCost(schema, parse(query), {}, undefined);
    // relations: 50 + 20 × (1 + 2^40 × 1)
    expect(cost).toBe(10 + 50 + 20 * (1 + 2 ** 40));
  });

  it('the nested-relations bomb costs far over the limit', () => {
    const block = fragmentChain(12, 'Entity', 'id', '');
    const fragments = block.slice(block.indexOf('fragment'));
    const query = `query { a: search(text: "x", limit: 100) { relations { other { relations { other { ...F12 } } } } } }\n${fragments}`;
    expect(estimateCost(schema, parse(query), {}, undefined)).toBeGreaterThan(10_000_000);
  });
});

describe('argument checks', () => {
  const analyse = (query: string, variables: Record<string, unknown> = {}) =>
    analyseOperation(schema, parse(query), operationOf(query), variables, DEFAULT_INPUT_LIMITS);

  function thrown(fn: () => unknown): GraphQLError {
    try {
      fn();
    } catch (error) {
      if (error instanceof GraphQLError) return error;
      throw error;
    }
    throw new Error('expected a GraphQLError');
  }

  it('refuses negative limit, offset and first, in literals and in variables', () => {
    for (const [query, variables] of [
      ['{ technologyRecords(limit: -1) { id } }', {}],
      ['{ technologyRecords(offset: -5) { id } }', {}],
      ['{ technologyRecordsConnection(first: -1) { totalCount } }', {}],
      ['query($n: Int) { technologyRecords(limit: $n) { id } }', { n: -3 }],
    ] as const) {
      const error = thrown(() => analyse(query, variables));
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/must not be negative/);
    }
    expect(analyse('{ technologyRecords(limit: 0) { id } }')).toBeGreaterThan(0);
  });

  it('refuses filters nested deeper or wider than the input limits', () => {
    let deep = '{ id_EQ: "x" }';
    for (let i = 0; i < 400; i += 1) deep = `{ NOT: ${deep} }`;
    const deepError = thrown(() => analyse(`{ technologyRecords(where: ${deep}) { id } }`));
    expect(deepError.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'input', argumentName: 'where' });

    const wide = `{ OR: [${Array.from({ length: 2000 }, (_, i) => `{ id_EQ: "t${i}" }`).join(', ')}] }`;
    const wideError = thrown(() => analyse(`{ technologyRecords(where: ${wide}) { id } }`));
    expect(wideError.extensions.code).toBe('QUERY_TOO_COMPLEX');

    const deepVariable: Record<string, unknown> = { id_EQ: 'x' };
    let nested: Record<string, unknown> = deepVariable;
    for (let i = 0; i < 50; i += 1) nested = { NOT: nested };
    const variableError = thrown(() =>
      analyse('query($w: TechnologyRecordWhere) { technologyRecords(where: $w) { id } }', { w: nested }),
    );
    expect(variableError.extensions.code).toBe('QUERY_TOO_COMPLEX');

    expect(analyse('{ technologyRecords(where: { NOT: { id_EQ: "x" } }) { id } }')).toBeGreaterThan(0);
  });

  it('refuses an aggregate node that asks only for __typename (the library would fail on it)', () => {
    const error = thrown(() => analyse('{ jurisdictionRecordsConnection { aggregate { node { __typename } } } }'));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'JurisdictionRecordAggregate.node' });
    expect(analyse('{ jurisdictionRecordsConnection { aggregate { node { nameEn { longest } } } } }')).toBeGreaterThan(
      0,
    );
  });

  it('answers variables of the wrong type as BAD_USER_INPUT', () => {
    const error = thrown(() => analyse('query($n: Int) { search(text: "x", limit: $n) { id } }', { n: 'many' }));
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('the cost plugin fails closed', () => {
  async function didResolveOperation(
    query: string,
    variables: Record<string, unknown>,
    operation: OperationDefinitionNode = operationOf(query),
  ) {
    const plugin = costLimitPlugin<object>(50_000);
    const listener = await plugin.requestDidStart?.({} as never);
    return listener?.didResolveOperation?.({
      schema,
      document: parse(query),
      operation,
      request: { variables },
    } as never);
  }

  it('refuses with QUERY_TOO_COMPLEX when the analysis itself breaks', async () => {
    const query = '{ search(text: "x") { id } }';
    // An operation the walk cannot read: stands in for any bug or library failure inside the limit.
    const broken = new Proxy(operationOf(query), {
      get(target, property, receiver) {
        if (property === 'selectionSet') throw new TypeError('unexpected');
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    await expect(didResolveOperation(query, {}, broken)).rejects.toMatchObject({
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'analysis' },
    });
  });

  it('refuses an operation over the cost limit and lets a normal one through', async () => {
    await expect(
      didResolveOperation('{ search(text: "x", limit: 100) { relations { other { relations { type } } } } }', {}),
    ).rejects.toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'cost' } });
    await expect(didResolveOperation('{ search(text: "x") { id } }', {})).resolves.toBeUndefined();
  });
});

describe('the cost plugin remembers costs without letting anything through', () => {
  /** One plugin, as one server has: every call is a request with the same parsed operation. */
  async function requests(query: string, variableSets: Record<string, unknown>[]) {
    const plugin = costLimitPlugin<object>(50_000);
    const document = parse(query);
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    return Promise.allSettled(
      variableSets.map(async (variables) => {
        const listener = await plugin.requestDidStart?.({} as never);
        return listener?.didResolveOperation?.({ schema, document, operation, request: { variables } } as never);
      }),
    );
  }

  it('refuses a variable-free operation over the limit on every request, not only the first', async () => {
    const outcomes = await requests(
      '{ search(text: "x", limit: 100) { relations { other { relations { type } } } } }',
      [{}, {}, {}],
    );
    for (const outcome of outcomes) {
      expect(outcome).toMatchObject({ status: 'rejected', reason: { extensions: { limit: 'cost' } } });
    }
  });

  it('analyses an operation with variables on each request, with the values that request sends', async () => {
    const outcomes = await requests(
      'query($n: Int) { search(text: "x", limit: $n) { relations { other { relations { type } } } } }',
      [{ n: 1 }, { n: 100 }, { n: 1 }],
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(outcomes[1]).toMatchObject({ reason: { extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'cost' } } });
  });
});
