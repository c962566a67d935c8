// The plans of search and of Entity.relations on the real seed: every search branch starts from a full-text index and the
// relations start from the id's unique index; none reads all entities.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/src/db/driver';
import { relationCountsQuery, relationsQuery } from '../../server/src/entity/query';
import { searchQuery } from '../../server/src/search/query';
import { testDb } from './harness';
import { profiledOperators, SCAN_OPERATORS } from './plan-helpers';

/** One of each shape: Latin words (full-text with prefix and fuzzy), Chinese, one character, no word, kinds. */
const SHAPES = [
  { what: 'a Latin word', text: 'Wassenaar', kinds: null },
  { what: 'several Latin words', text: 'export control', kinds: null },
  { what: 'a short prefix', text: 'a', kinds: null },
  { what: 'Chinese', text: '出口管制', kinds: null },
  { what: 'one Chinese character', text: '芯', kinds: null },
  { what: 'text without a letter or digit', text: '///', kinds: null },
  { what: 'a kind filter', text: 'wass', kinds: ['REGIME', 'TREATY'] },
] as const;

describe('query plans', () => {
  let db: Db;

  beforeAll(() => {
    db = testDb();
  });
  afterAll(async () => {
    await db.close();
  });

  it.each(SHAPES)('search reads no label or all-nodes scan for $what ($text)', async ({ text, kinds }) => {
    const operators = await profiledOperators(db, searchQuery(text, kinds, 20));
    expect(operators.filter((op) => SCAN_OPERATORS.has(op.name))).toEqual([]);
    // The two name branches and the two full-text branches are all in the plan (the planner turns the index names
    // into parameters, so each call is told apart by its query: the builder's unit test ties each to its index).
    const queries = operators
      .filter((op) => op.name === 'ProcedureCall')
      .map((op) => /queryNodes\(\$\w+, (\$?\w+),/u.exec(op.details)?.[1]);
    expect(queries.sort()).toEqual(['$keys', '$lucene', '$luceneEn', 'tokens']);
  });

  it.each([
    ['a page of relations', relationsQuery(['tech:artificial-intelligence', 'regime:wassenaar'], null, null)],
    [
      'a filtered page',
      relationsQuery(['tech:artificial-intelligence'], ['EXAMPLE_OF'], 'IN', { limit: 5, offset: 5 }),
    ],
    ['the count', relationCountsQuery(['tech:artificial-intelligence', 'regime:wassenaar'], null, null)],
    ['a filtered count', relationCountsQuery(['tech:artificial-intelligence'], ['EXAMPLE_OF'], 'OUT')],
  ])('relations seek the entity by id and scan no label for %s', async (_what, query) => {
    const operators = await profiledOperators(db, query);
    expect(operators.filter((op) => SCAN_OPERATORS.has(op.name))).toEqual([]);
    const seek = operators.filter((op) => op.name === 'NodeUniqueIndexSeek');
    expect(seek.map((op) => op.details)).toEqual(['UNIQUE n:Entity(id) WHERE id = entityId']);
  });
});
