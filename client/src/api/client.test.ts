import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchLinks } from './client';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchLinks', () => {
  it('returns the entities found and the ids the API does not know, in the order asked', async () => {
    const fetch = vi.fn((_url: string, init: RequestInit) => {
      const { variables } = JSON.parse(init.body as string) as { variables: { ids: string[] } };
      const entities = variables.ids.map((id) => (id === 'gone' ? null : { id, relations: [] }));
      return Promise.resolve(new Response(JSON.stringify({ data: { entities } })));
    });
    vi.stubGlobal('fetch', fetch);
    const { found, missing } = await fetchLinks(['b', 'gone', 'a']);
    expect(found.map((e) => e.id)).toEqual(['b', 'a']);
    expect(missing).toEqual(['gone']);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
