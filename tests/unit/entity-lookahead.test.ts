// Which `relations` pages the lookahead of `entity` / `entities` reads ahead (server/src/entity/lookahead.ts).
import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { pagesAhead, relationsKey, relationsPage, requestedRelations } from '../../server/src/entity/lookahead';

const schema = buildSchema(`
  enum Direction { OUT IN }
  type Entity {
    id: ID!
    relations(types: [String!], direction: Direction, limit: Int, offset: Int): [Relation!]!
    relationCount: Int!
  }
  type Relation { id: ID! other: Entity! }
  type Other { relations: [String!]! }
  union Thing = Entity | Other
  type Query { entity: Entity thing: Thing }
`);

/** The resolve info `entity` (or `thing`) receives for this operation. */
async function infoOf(source: string, variableValues: Record<string, unknown> = {}): Promise<GraphQLResolveInfo> {
  let captured: GraphQLResolveInfo | undefined;
  const capture = (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
    captured = info;
    return null;
  };
  const result = await graphql({ schema, source, variableValues, rootValue: { entity: capture, thing: capture } });
  expect(result.errors).toBeUndefined();
  if (!captured) throw new Error('the root field did not run');
  return captured;
}

describe('requestedRelations', () => {
  it('reads nothing when the operation asks for no relations', async () => {
    expect(requestedRelations(await infoOf('{ entity { id relationCount } }'))).toEqual([]);
  });

  it('reads the arguments of each distinct page, literals and variables alike', async () => {
    const info = await infoOf(
      `query($types: [String!], $limit: Int) {
        entity {
          relations { id }
          again: relations { other { id } }
          out: relations(direction: OUT, types: $types, limit: $limit) { id }
        }
      }`,
      { types: ['CONTROLLED_BY'], limit: 5 },
    );
    expect(requestedRelations(info)).toEqual([{}, { direction: 'OUT', types: ['CONTROLLED_BY'], limit: 5 }]);
  });

  it('follows fragment spreads and inline fragments on Entity, once per fragment', async () => {
    const info = await infoOf(`
      query { entity { ...A ... on Entity { b: relations(offset: 2) { id } } ... { c: relations(limit: 3) { id } } } }
      fragment A on Entity { ...B ...B }
      fragment B on Entity { a: relations(limit: 1) { id } }`);
    expect(requestedRelations(info)).toEqual([{ limit: 1 }, { offset: 2 }, { limit: 3 }]);
  });

  it('leaves to their resolvers the fields under @skip or @include, the other type of a union, and nested relations', async () => {
    const info = await infoOf(`{
      thing {
        ... on Other { texts: relations }
        ... on Entity {
          a: relations(limit: 9) @include(if: true) { id }
          b: relations(limit: 8) @skip(if: false) { id }
          nested: relations(limit: 7) { other { relations(limit: 6) { id } } }
        }
      }
    }`);
    expect(requestedRelations(info)).toEqual([{ limit: 7 }]);
  });
});

describe('relationsPage and pagesAhead', () => {
  it('defaults and checks a page as the relations resolver does, the id first in the key', () => {
    expect(JSON.stringify(relationsKey('x', relationsPage({})))).toBe(
      JSON.stringify({ id: 'x', types: null, direction: null, limit: 100, offset: 0 }),
    );
    expect(() => relationsPage({ limit: 0 })).toThrow(/limit must be between 1 and 500/);
    expect(() => relationsPage({ offset: -1 })).toThrow(/offset must be 0 or more/);
    expect(() => relationsPage({ types: ['NOT_A_TYPE'] })).toThrow(/NOT_A_TYPE/);
  });

  it('leaves out a page whose arguments fail their checks, so its field reports the error', async () => {
    const info = await infoOf('{ entity { bad: relations(limit: 0) { id } good: relations(limit: 2) { id } } }');
    expect(pagesAhead(info)).toEqual([{ types: null, direction: null, limit: 2, offset: 0 }]);
  });
});
