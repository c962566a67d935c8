// `entity` and `entities` read the relations the operation asks of them in the same read transaction
// (server/src/entity/lookahead.ts): the same answers as reading them afterwards, in one transaction instead of two.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/src/db/driver';
import { createContext } from '../../server/src/graphql/context';
import { createApollo } from '../../server/src/http/app';
import { createLogger } from '../../server/src/logger';
import { expectCode, idOf } from './api-helpers';
import { testDb } from './harness';

/** A Db that counts the transactions run through it (each `read` or `readTx` is one). */
function counting(db: Db): { db: Db; transactions: () => number } {
  let count = 0;
  const counted: Db = {
    ...db,
    read: (query) => {
      count++;
      return db.read(query);
    },
    readTx: (work, options) => {
      count++;
      return db.readTx(work, options);
    },
  };
  return { db: counted, transactions: () => count };
}

type Apollo = Awaited<ReturnType<typeof createApollo>>;

const PAGES = `
  all: relations { id type direction other { id kind } sources { document } }
  firstTwo: relations(limit: 2) { id }
  nextTwo: relations(limit: 2, offset: 2) { id }
  out: relations(direction: OUT, types: $types) { id type }`;

/** The same selection with every page under `@include(if: true)`, which the lookahead leaves to the field. */
const LATER = PAGES.replace(/\) \{ id/gu, ') @include(if: true) { id').replace(
  'all: relations {',
  'all: relations @include(if: true) {',
);

describe('entity lookahead', () => {
  let db: Db;
  let apollo: Apollo;

  beforeAll(async () => {
    db = testDb();
    apollo = await createApollo({ development: false });
    await apollo.start();
  });
  afterAll(async () => {
    await apollo.stop();
    await db.close();
  });

  /** Runs one operation with a fresh request context (fresh loaders) and counts its transactions. */
  async function run(query: string, variables: Record<string, unknown>) {
    const { db: counted, transactions } = counting(db);
    const contextValue = createContext(counted, createLogger('silent'));
    const response = await apollo.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const { data, errors } = response.body.singleResult;
    return { data, errors, transactions: transactions() };
  }

  it('answers an entity and its pages of relations in one transaction, as reading them afterwards does in two', async () => {
    const wassenaar = await idOf(db, 'Wassenaar Arrangement', 'REGIME');
    const entity = (pages: string) =>
      `query E($id: ID!, $types: [String!]) { entity(id: $id) { id name ...Pages } }
       fragment Pages on Entity { ${pages} }`;
    const variables = { id: wassenaar, types: ['EMPLOYS', 'EXEMPTS', 'MEMBER_OF'] };
    const ahead = await run(entity(PAGES), variables);
    const later = await run(entity(LATER), variables);
    expect(ahead.errors).toBeUndefined();
    expect(later.errors).toBeUndefined();
    expect(ahead.data).toEqual(later.data);
    const answer = ahead.data as { entity: { all: unknown[]; firstTwo: unknown[]; out: unknown[] } };
    expect(answer.entity.all.length).toBeGreaterThan(4);
    expect(answer.entity.out.length).toBeGreaterThan(0);
    expect(answer.entity.firstTwo).toHaveLength(2);
    expect(ahead.transactions).toBe(1);
    // The entity, then one transaction per distinct page (the loader batches one level's keys by page).
    expect(later.transactions).toBe(5);
  });

  it('reads ahead for every entity of `entities`, unknown and repeated ids included', async () => {
    const h100 = await idOf(db, 'NVIDIA H100', 'TECHNOLOGY');
    const wassenaar = await idOf(db, 'Wassenaar Arrangement', 'REGIME');
    const ids = [h100, 'x:unknown', wassenaar, h100];
    const entities = (pages: string) =>
      `query E($ids: [ID!]!, $types: [String!]) { entities(ids: $ids) { id ${pages} } }`;
    const ahead = await run(entities(PAGES), { ids, types: null });
    const later = await run(entities(LATER), { ids, types: null });
    expect(ahead.errors).toBeUndefined();
    expect(ahead.data).toEqual(later.data);
    const list = (ahead.data as { entities: ({ id: string; all: unknown[] } | null)[] }).entities;
    expect(list.map((e) => e?.id ?? null)).toEqual([h100, null, wassenaar, h100]);
    expect(list[0]?.all.length).toBeGreaterThan(0);
    expect(ahead.transactions).toBe(1);
    expect(later.transactions).toBe(5);
  });

  it('leaves a page with arguments out of range to its field, which reports BAD_USER_INPUT as before', async () => {
    const h100 = await idOf(db, 'NVIDIA H100', 'TECHNOLOGY');
    const query = `query E($id: ID!, $limit: Int) { entity(id: $id) { id relations(limit: $limit) { id } } }`;
    const error = expectCode(await run(query, { id: h100, limit: 501 }), 'BAD_USER_INPUT');
    expect(error.extensions?.argumentName).toBe('limit');
    const fine = await run(query, { id: h100, limit: 500 });
    expect(fine.errors).toBeUndefined();
    expect(fine.transactions).toBe(1);
  });

  it('reads an entity without relations in one transaction and nothing else', async () => {
    const h100 = await idOf(db, 'NVIDIA H100', 'TECHNOLOGY');
    const only = await run(`query E($id: ID!) { entity(id: $id) { id name relationCount } }`, { id: h100 });
    expect(only.errors).toBeUndefined();
    expect((only.data as { entity: { relationCount: number } }).entity.relationCount).toBeGreaterThan(0);
    // The entity, then its count: counts are not read ahead.
    expect(only.transactions).toBe(2);
  });
});
