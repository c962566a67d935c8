import { Kind, parse, validate, specifiedRules } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { assert, beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../../server/src/graphql/schema';
import { aliasLimitRule } from '../../server/src/limits/aliases';
import { estimateCost, UNBOUNDED_LIST_ESTIMATE } from '../../server/src/limits/cost';
import { depthLimitRule, selectionDepth } from '../../server/src/limits/depth';
import { DEFAULT_LIMITS } from '../../server/src/limits/config';
import { generatedTypeDefs, recordTypeName } from '../../server/src/records/typeDefs';
import { ENTITY_KINDS } from '#domain';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildApiSchema();
});

function errorsOf(query: string, rules = [depthLimitRule(4), aliasLimitRule(2)]) {
  return validate(schema, parse(query), [...specifiedRules, ...rules]);
}

describe('depth limit', () => {
  it('measures nesting through fragments and inline fragments, not introspection', () => {
    const doc = parse(`
      query { search(text: "x") { ...F } __schema { types { fields { type { ofType { name } } } } } }
      fragment F on Entity { relations { other { ... on Entity { relations { type } } } } }
    `);
    const operation = doc.definitions[0];
    const fragment = doc.definitions[1];
    assert(operation?.kind === Kind.OPERATION_DEFINITION && fragment?.kind === Kind.FRAGMENT_DEFINITION, 'bad doc');
    expect(selectionDepth(operation.selectionSet, { F: fragment })).toBe(5);
  });

  it('rejects a deeper query with a message that gives both numbers', () => {
    expect(errorsOf('{ entity(id: "x") { relations { other { id } } } }')).toEqual([]);
    const [error] = errorsOf('{ entity(id: "x") { relations { other { relations { type } } } } }');
    expect(error?.message).toBe('The query is nested 5 levels deep; the maximum is 4. Ask for fewer nested fields.');
    expect(error?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: 4, actual: 5 });
  });

  it('does not loop on cyclic fragments (reported by the standard rules instead)', () => {
    const errors = errorsOf('{ entity(id: "x") { ...A } } fragment A on Entity { relations { other { ...A } } }');
    expect(errors.some((e) => e.message.includes('Cannot spread fragment "A" within itself'))).toBe(true);
  });
});

describe('alias limit', () => {
  it('counts aliased fields in the whole document', () => {
    expect(errorsOf('{ a: graphStats { nodes } b: graphStats { nodes } }')).toEqual([]);
    const [error] = errorsOf('{ a: graphStats { nodes } b: graphStats { nodes } c: graphStats { n: nodes } }');
    expect(error?.message).toBe('The query uses 4 aliases; the maximum is 2. Split it into several requests.');
    expect(error?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases' });
  });
});

describe('cost estimate', () => {
  const cost = (query: string, variables: Record<string, unknown> = {}) =>
    estimateCost(schema, parse(query), variables, undefined);

  it('charges database round trips and multiplies children by the limit argument', () => {
    expect(cost('{ graphStats { nodes } }')).toBe(11);
    expect(cost('{ relationTypes { name } }')).toBe(2);
    expect(cost('{ search(text: "x") { id } }')).toBe(10 + 20 * 1); // schema default limit 20
    expect(cost('query($n: Int) { search(text: "x", limit: $n) { id name } }', { n: 50 })).toBe(10 + 50 * 2);
    expect(cost('{ entity(id: "x") { relations { type } } }')).toBe(10 + (50 + UNBOUNDED_LIST_ESTIMATE * 1));
    expect(cost('{ technologyRecords(limit: 100) { id nameEn } }')).toBe(10 + 100 * 2);
    expect(cost('{ __schema { types { name } } }')).toBe(0);
  });

  it('puts the default limit between ordinary queries and runaway ones', () => {
    const everything =
      '{ neighborhood(id: "x", limit: 1000) { nodes { id kind name summary aliases sources { document section footnote quote url } } edges { id type from to sources { document section footnote quote url } } } }';
    expect(cost(everything)).toBeLessThan(DEFAULT_LIMITS.maxCost);
    expect(cost('{ search(text: "x", limit: 100) { relations { other { relations { type } } } } }')).toBeGreaterThan(
      DEFAULT_LIMITS.maxCost,
    );
    // One relations round trip per node of a 1000-node neighbourhood is too much; of the default 150, fine.
    expect(cost('{ neighborhood(id: "x", limit: 1000) { nodes { relations { type } } } }')).toBeGreaterThan(
      DEFAULT_LIMITS.maxCost,
    );
    expect(cost('{ neighborhood(id: "x") { nodes { id relations { type other { id name } } } } }')).toBeLessThan(
      DEFAULT_LIMITS.maxCost,
    );
  });
});

describe('generated per-kind schema', () => {
  it('has a read-only Record type with list and connection queries for every kind', () => {
    const fields = Object.keys(schema.getQueryType()?.getFields() ?? {});
    for (const kind of ENTITY_KINDS) {
      const name = recordTypeName(kind);
      expect(schema.getType(name)).toBeDefined();
      const plural = `${name.charAt(0).toLowerCase()}${name.slice(1)}s`;
      expect(fields).toContain(plural);
      expect(fields).toContain(`${plural}Connection`);
    }
    expect(schema.getMutationType()).toBeFalsy();
    expect(generatedTypeDefs()).toContain('@node(labels: ["Technology", "Entity"])');
  });

  it('keeps the hand-written contract intact', () => {
    const fields = schema.getQueryType()?.getFields() ?? {};
    for (const name of ['search', 'entity', 'neighborhood', 'paths', 'coverage', 'graphStats', 'relationTypes']) {
      expect(fields[name]).toBeDefined();
    }
    expect(schema.getType('Entity')?.toString()).toBe('Entity');
  });
});
