// The briefing's Cypher builder (input only in parameters) and its argument checks.
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { asOfParam } from '../../server/src/db/validity';
import { briefingQuery, BRIEFING_MAX_IDS } from '../../server/src/briefing/query';
import { dataDate, briefingIds, briefingTitle, unknownIds } from '../../server/src/briefing/resolvers';
import { REPORT_DOCUMENT_ID } from '#domain';

function code(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return (error as GraphQLError).extensions.code;
  }
  throw new Error('expected an error');
}

describe('briefingQuery', () => {
  it('passes ids and the per-entity limit as parameters, never in the query text', () => {
    const hostile = "x'}) DETACH DELETE n //";
    const query = briefingQuery(['regime:wassenaar', hostile], 8, '2024-06-30');
    expect(query.params).toEqual({
      ids: ['regime:wassenaar', hostile],
      perEntity: 8,
      reportId: REPORT_DOCUMENT_ID,
      ...asOfParam('2024-06-30'),
    });
    expect(query.cypher).not.toContain('wassenaar');
    expect(query.cypher).not.toContain('DETACH');
    expect(query.cypher).toContain('[0..$perEntity]');
    expect(query.cypher).toMatch(/ORDER BY id ASC, citation ASC, degree DESC, type\(r\) ASC, m\.id ASC, r\.id ASC/);
  });
});

describe('briefing arguments', () => {
  it('deduplicates ids in order and rejects an empty list or more than 200', () => {
    expect(briefingIds(['b', 'a', 'b'])).toEqual(['b', 'a']);
    expect(code(() => briefingIds([]))).toBe('BAD_USER_INPUT');
    expect(code(() => briefingIds(Array.from({ length: BRIEFING_MAX_IDS + 1 }, (_, i) => `x:${i}`)))).toBe(
      'BAD_USER_INPUT',
    );
    expect(briefingIds(Array.from({ length: BRIEFING_MAX_IDS }, (_, i) => `x:${i}`))).toHaveLength(BRIEFING_MAX_IDS);
    expect(code(() => briefingIds(['  ']))).toBe('BAD_USER_INPUT');
  });

  it('takes a blank title as none, folds it to one line and rejects more than 200 characters', () => {
    expect(briefingTitle(null)).toBeNull();
    expect(briefingTitle('   ')).toBeNull();
    expect(briefingTitle(' My\n briefing ')).toBe('My briefing');
    expect(briefingTitle('x'.repeat(200))).toHaveLength(200);
    expect(code(() => briefingTitle('x'.repeat(201)))).toBe('BAD_USER_INPUT');
  });

  it('names every unknown id in one NOT_FOUND error', () => {
    const error = unknownIds(['tech:nope', 'regime:nada']);
    expect(error.extensions).toMatchObject({
      code: 'NOT_FOUND',
      argumentName: 'ids',
      ids: ['tech:nope', 'regime:nada'],
    });
    expect(error.message).toContain('"tech:nope", "regime:nada"');
    expect(unknownIds(['tech:nope']).message).toBe('No entity has the id "tech:nope" (argument ids).');
  });

  it('dates the data by the day the seed was loaded (UTC), or not at all without one', () => {
    expect(dataDate('2025-06-01T23:30:00.000Z')).toBe('2025-06-01');
    expect(dataDate('2025-06-01T23:30:00-02:00')).toBe('2025-06-02');
    expect(dataDate(null)).toBeNull();
    expect(dataDate('garbage')).toBeNull();
  });
});
