import { describe, expect, it } from 'vitest';
import type { PathsQueryVariables } from '../../api/gql/graphql';
import { DEFAULT_PATH_FILTER, pathQueryPlan } from '../../domain/pathFilter';
import { searchPaths } from './search';

const ends = { from: 'a', to: 'b', maxLength: 6, limit: 5 };

/** A fake server that answers by the excluded types, and records what it was asked. */
function fakeServer(answers: Record<string, string[]>) {
  const asked: PathsQueryVariables[] = [];
  const fetch = (variables: PathsQueryVariables) => {
    asked.push(variables);
    const key = (variables.excludeRelationTypes as string[] | null)?.join() ?? 'default';
    return Promise.resolve({ paths: answers[key] ?? [] });
  };
  return { asked, fetch };
}

describe('searchPaths', () => {
  const signal = new AbortController().signal;

  it('asks once when the first request finds paths', async () => {
    const server = fakeServer({ 'ADDRESSES,CITES,PUBLISHED_BY': ['p1'] });
    const found = await searchPaths(server.fetch, ends, pathQueryPlan(DEFAULT_PATH_FILTER, ['ADDRESSES']), signal);
    expect(found.paths).toEqual(['p1']);
    expect(server.asked).toHaveLength(1);
    expect(server.asked[0]).toMatchObject({
      from: 'a',
      to: 'b',
      excludeRelationTypes: ['ADDRESSES', 'CITES', 'PUBLISHED_BY'],
    });
  });

  it('falls back to citation links when nothing else connects', async () => {
    const server = fakeServer({ ADDRESSES: ['through citations'] });
    const found = await searchPaths(server.fetch, ends, pathQueryPlan(DEFAULT_PATH_FILTER, ['ADDRESSES']), signal);
    expect(found.paths).toEqual(['through citations']);
    expect(server.asked.map((v) => v.excludeRelationTypes)).toEqual([
      ['ADDRESSES', 'CITES', 'PUBLISHED_BY'],
      ['ADDRESSES'],
    ]);
  });

  it('leaves the fallback to the server when it sends no filter', async () => {
    const server = fakeServer({});
    expect(await searchPaths(server.fetch, ends, pathQueryPlan(DEFAULT_PATH_FILTER, []), signal)).toEqual({
      paths: [],
    });
    expect(server.asked).toHaveLength(1);
    expect(server.asked[0]).toMatchObject({ relationTypes: null, excludeRelationTypes: null });
  });
});
