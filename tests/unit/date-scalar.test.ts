import { GraphQLError, Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateScalar, parseDay, utcToday } from '../../server/src/graphql/date';
import { asOfParam, pathValidCypher, validOnCypher } from '../../server/src/db/validity';

describe('the Date scalar', () => {
  it('accepts ISO calendar days, leap days included', () => {
    expect(parseDay('2023-10-17')).toBe('2023-10-17');
    expect(parseDay('2024-02-29')).toBe('2024-02-29');
    expect(DateScalar.parseLiteral({ kind: Kind.STRING, value: '2000-02-29' })).toBe('2000-02-29');
  });

  it('refuses anything else with BAD_USER_INPUT', () => {
    for (const bad of [
      '2023-02-29',
      '1900-02-29',
      '2023-13-01',
      '2023-04-31',
      '2023-10',
      '2023',
      '23-10-17',
      '',
      20231017,
      null,
    ]) {
      let thrown: unknown;
      try {
        parseDay(bad);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, String(bad)).toBeInstanceOf(GraphQLError);
      expect((thrown as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    }
    expect(() => DateScalar.parseLiteral({ kind: Kind.INT, value: '20231017' })).toThrow(/YYYY-MM-DD/);
  });

  it('reads today as the UTC day', () => {
    expect(utcToday(new Date('2025-05-12T23:59:59-03:00'))).toBe('2025-05-13');
  });
});

describe('the Cypher validity predicate', () => {
  it('compares both stored ends with the $asOf date, a missing end being open', () => {
    expect(validOnCypher('r')).toBe(
      '((r.validFromDay IS NULL OR r.validFromDay <= $asOf) AND (r.validToDay IS NULL OR $asOf <= r.validToDay))',
    );
    expect(pathValidCypher('p')).toContain('all(vn IN nodes(p) WHERE');
    expect(pathValidCypher('p')).toContain('all(vr IN relationships(p) WHERE');
    expect(() => validOnCypher('r) OR true OR (x')).toThrow();
  });

  it('binds the day as a Neo4j date', () => {
    const { asOf } = asOfParam('2024-02-29');
    expect(String(asOf)).toBe('2024-02-29');
    expect([asOf.year, asOf.month, asOf.day].map(Number)).toEqual([2024, 2, 29]);
  });
});
