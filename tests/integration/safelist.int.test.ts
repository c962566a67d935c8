// GRAPHQL_SAFELIST=true: the explorer's own operations, as the client sends them (the documents codegen generates from
// its .graphql files, with the fragments they spread), are answered; any other document, however harmless, is refused
// with OPERATION_NOT_ALLOWED.
import { Kind, parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as generated from '../../client/src/api/gql/graphql';
import { createDb, type Db } from '../../server/src/db/driver';
import { createContext } from '../../server/src/graphql/context';
import { readSafelist } from '../../server/src/graphql/safelist';
import { createApollo } from '../../server/src/http/app';
import { createLogger } from '../../server/src/logger';
import { inject } from 'vitest';
import '../setup/provided';

describe('the operation safelist', () => {
  let db: Db;
  let apollo: Awaited<ReturnType<typeof createApollo>>;

  const execute = async (query: string, variables: Record<string, unknown>) => {
    const response = await apollo.executeOperation(
      { query, variables },
      { contextValue: createContext(db, createLogger('silent')) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult;
  };

  beforeAll(async () => {
    db = createDb({ ...inject('neo4j'), queryTimeoutMs: 10_000 });
    apollo = await createApollo({ development: false, safelist: true });
    await apollo.start();
  });
  afterAll(async () => {
    await apollo.stop();
    await db.close();
  });

  it('is read from every operation in the client', () => {
    const safelist = readSafelist();
    expect(safelist.operations.size).toBeGreaterThanOrEqual(8);
    expect([...safelist.fragments].some((f) => f.startsWith('fragment EntityRef'))).toBe(true);
  });

  it('holds every document the client sends, with each fragment it carries', () => {
    const safelist = readSafelist();
    const documents = Object.entries(generated).filter(([name]) => name.endsWith('Document'));
    expect(documents.map(([name]) => name)).toContain('LinksDocument');
    for (const [name, document] of documents) {
      const definitions = parse(String(document)).definitions;
      const operations = definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      expect(operations, name).toHaveLength(1);
      for (const definition of definitions) {
        const list = definition.kind === Kind.OPERATION_DEFINITION ? safelist.operations : safelist.fragments;
        expect(list.has(print(definition)), `${name}: ${print(definition).slice(0, 60)}`).toBe(true);
      }
    }
  });

  it('answers the client’s own search, sent as the client sends it, and refuses anything else', async () => {
    const search = String(generated.SearchDocument);
    const allowed = await execute(search, { text: 'Wassenaar', limit: 5 });
    expect(allowed.errors).toBeUndefined();
    expect(JSON.stringify(allowed.data)).toContain('regime:wassenaar');

    // The same field, asked for differently: not the client's document.
    const other = await execute('{ search(text: "Wassenaar") { id } }', {});
    expect(other.data).toBeUndefined();
    expect(other.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_ALLOWED');

    // The client's operation whose shared fragment asks for more than the client's does.
    const smuggled = search.replace(/fragment EntityRef on Entity \{/, 'fragment EntityRef on Entity {\n  summary');
    expect(smuggled).not.toBe(search);
    const widened = await execute(smuggled, { text: 'x' });
    expect(widened.data).toBeUndefined();
    expect(widened.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_ALLOWED');
  });
});
