import { afterEach, describe, expect, it, vi } from 'vitest';
import { chunks, ENTITIES_BATCH, fetchEntitiesById } from './entities';
import { LinksDocument } from './gql/graphql';

/** Answers `entities(ids)` as the server does: one item per id, null for ids starting with "unknown". */
function stubServer() {
  const requests: string[][] = [];
  const fetch = vi.fn((_url: string, init: RequestInit) => {
    const { variables } = JSON.parse(init.body as string) as { variables: { ids: string[] } };
    requests.push(variables.ids);
    const entities = variables.ids.map((id) => (id.startsWith('unknown') ? null : { id }));
    return Promise.resolve(new Response(JSON.stringify({ data: { entities } })));
  });
  vi.stubGlobal('fetch', fetch);
  return requests;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('chunks', () => {
  it('splits a list into consecutive slices of at most the given size', () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks([1, 2], 2)).toEqual([[1, 2]]);
    expect(chunks([], 2)).toEqual([]);
  });
});

describe('fetchEntitiesById', () => {
  it('asks for at most 200 ids a request and answers in the order of the ids', async () => {
    const requests = stubServer();
    const ids = Array.from({ length: 2 * ENTITIES_BATCH + 1 }, (_, i) => (i === 250 ? 'unknown' : `e${i}`));
    const entities = await fetchEntitiesById<{ id: string }>(LinksDocument, ids, undefined);
    expect(requests.map((r) => r.length)).toEqual([200, 200, 1]);
    expect(requests.flat()).toEqual(ids);
    expect(entities).toHaveLength(ids.length);
    expect(entities[250]).toBeNull();
    expect(entities.map((e, i) => e?.id ?? ids[i])).toEqual(ids);
  });

  it('sends the generated document, with the fragments it spreads', async () => {
    stubServer();
    await fetchEntitiesById(LinksDocument, ['a'], undefined);
    const [[, init]] = vi.mocked(fetch).mock.calls as [[string, RequestInit]];
    const { query } = JSON.parse(init.body as string) as { query: string };
    expect(query).toMatch(/query Links\(\$ids: \[ID!\]!\)/);
    expect(query).toContain('fragment EntityLinks on Entity');
    expect(query).toContain('fragment EntityRef on Entity');
  });

  it('sends nothing for no ids', async () => {
    const requests = stubServer();
    await expect(fetchEntitiesById(LinksDocument, [], undefined)).resolves.toEqual([]);
    expect(requests).toEqual([]);
  });
});
