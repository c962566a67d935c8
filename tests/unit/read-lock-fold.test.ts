// Folding the graph's read lock into a one-statement read (graph-seed/src/lock.ts): which statements can carry it.
import { describe, expect, it } from 'vitest';
import { GRAPH_READ_LOCK, hasTopLevelUnion, withGraphReadLock } from '../../graph-seed/src/lock';
import { searchQuery } from '../../server/src/search/query';
import { neighborhoodQuery } from '../../server/src/neighborhood/query';
import { relationsQuery } from '../../server/src/entity/query';

describe('hasTopLevelUnion', () => {
  it('finds a UNION between whole statements, in any case', () => {
    expect(hasTopLevelUnion('MATCH (n) RETURN n UNION MATCH (m) RETURN m AS n')).toBe(true);
    expect(hasTopLevelUnion('RETURN 1 AS x\nunion all\nRETURN 2 AS x')).toBe(true);
  });

  it('ignores a UNION inside a subquery, a literal, a quoted name or a comment, and words that contain it', () => {
    expect(hasTopLevelUnion('CALL () { RETURN 1 AS x UNION RETURN 2 AS x } RETURN x')).toBe(false);
    expect(hasTopLevelUnion('RETURN \'a UNION b\' AS x, "UNION" AS y, `UNION` AS z')).toBe(false);
    expect(hasTopLevelUnion("RETURN 'it\\'s } UNION' AS x")).toBe(false);
    expect(hasTopLevelUnion('// UNION\nRETURN 1 /* UNION */ AS x')).toBe(false);
    expect(hasTopLevelUnion('MATCH (n:REUNION) RETURN n.unions AS UNIONS')).toBe(false);
  });

  it('answers true when a literal or a comment is left open, so that nothing is folded on doubt', () => {
    expect(hasTopLevelUnion("RETURN 'open")).toBe(true);
    expect(hasTopLevelUnion('RETURN 1 /* open')).toBe(true);
  });
});

describe('withGraphReadLock', () => {
  it('puts the lock first, in a subquery that ends in a count so it finishes before the statement reads', () => {
    const folded = withGraphReadLock('MATCH (n:Entity {id: $id}) RETURN n.id AS id');
    expect(folded).toMatch(
      /^CALL \(\) \{ MATCH \(l:SeedLock \{id: 'graph'\}\) CALL apoc\.lock\.read\.nodes\(\[l\]\) RETURN count\(l\) AS \w+ \}\n/u,
    );
    expect(folded?.endsWith('\nMATCH (n:Entity {id: $id}) RETURN n.id AS id')).toBe(true);
    // The same lock node and procedure as the statement a transaction of several statements runs.
    expect(GRAPH_READ_LOCK).toContain("MATCH (l:SeedLock {id: 'graph'}) CALL apoc.lock.read.nodes([l])");
  });

  it('folds the builders that run as one statement: search (UNIONs in subqueries), neighbourhood, relations', () => {
    for (const opening of [
      'MATCH (n)',
      'optional match (n)',
      'UNWIND $ids AS id',
      'WITH 1 AS x',
      'CALL { RETURN 1 AS x }',
    ]) {
      expect(withGraphReadLock(`${opening} RETURN 1 AS one`), opening).toBeDefined();
    }
    expect(withGraphReadLock('RETURN 1 AS one')).toBeDefined();
    for (const query of [
      searchQuery('wassenaar', null, 20),
      neighborhoodQuery('regime:wassenaar', 2, null, null, 150, '2026-01-01'),
      relationsQuery(['a', 'b'], null, null),
    ]) {
      expect(withGraphReadLock(query.cypher)).toBeDefined();
    }
  });

  it('leaves alone what must come first, what lists every variable, a top-level UNION, and its own name', () => {
    for (const cypher of [
      'CYPHER runtime=slotted MATCH (n) RETURN n',
      ' explain MATCH (n) RETURN n',
      'PROFILE MATCH (n) RETURN n',
      'USE neo4j MATCH (n) RETURN n',
      'SHOW INDEXES YIELD name RETURN name',
      'CALL db.labels()',
      '// a comment first\nMATCH (n) RETURN n',
      'MATCH (n) RETURN *',
      'MATCH (n) WITH DISTINCT * RETURN n',
      'RETURN 1 AS x UNION RETURN 2 AS x',
      'RETURN 1 AS graphReadLocked',
    ]) {
      expect(withGraphReadLock(cypher), cypher).toBeUndefined();
    }
  });
});
