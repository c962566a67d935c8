import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toCypherParams } from '../../server/src/db/driver';

describe('toCypherParams', () => {
  it('sends safe integers as Cypher integers, at the top, in lists and in maps', () => {
    const params = toCypherParams({ n: 3, list: [1, 2.5], map: { rank: 2, inner: [{ depth: 4 }] }, text: 'x' });
    expect(params.n).toEqual(neo4j.int(3));
    expect(params.list).toEqual([neo4j.int(1), 2.5]);
    expect(params.map).toEqual({ rank: neo4j.int(2), inner: [{ depth: neo4j.int(4) }] });
    expect(params.text).toBe('x');
  });

  it('leaves values that are not plain objects as they are', () => {
    const day = new neo4j.types.Date(2024, 6, 30);
    expect(toCypherParams({ day, none: null }).day).toBe(day);
    expect(toCypherParams({ day, none: null }).none).toBeNull();
  });
});
