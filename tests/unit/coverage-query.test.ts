import { describe, expect, it } from 'vitest';
import {
  appliedByQuery,
  COVERAGE_STAGES,
  coverageStageQuery,
  coverageSubjectsQuery,
} from '../../server/src/coverage/query';
import { asOfParam } from '../../server/src/db/validity';

describe('coverage Cypher builders', () => {
  it('passes the technology ids as parameters', () => {
    const subjects = coverageSubjectsQuery(['tech:h100'], '2024-06-30');
    expect(subjects.params).toEqual({ ids: ['tech:h100'], technologyKind: 'TECHNOLOGY', ...asOfParam('2024-06-30') });
    expect(subjects.cypher).not.toContain('tech:h100');

    const asks = [{ id: 'tech:h100', seen: ['regime:x'], room: 199 }];
    const stage = coverageStageQuery(asks, COVERAGE_STAGES, ['REGIME'], '2024-06-30');
    expect(stage.params).toMatchObject({ asks, kinds: ['REGIME'], ...asOfParam('2024-06-30') });
    expect(stage.cypher).not.toContain('tech:h100');
    expect(stage.cypher).not.toContain('regime:x');
    expect(stage.cypher).not.toContain("'REGIME'");
  });

  it('matches each claim against one part per stage, depth and way of the batch', () => {
    const { params } = coverageStageQuery([], COVERAGE_STAGES, null, '2024-06-30');
    const parts = params.parts as { general: boolean; depth: number; employed: boolean; key: number; rank: number }[];
    // (named or category, general) × depths 0..4 × (direct, employed)
    expect(parts).toHaveLength(2 * 5 * 2);
    expect(new Set(parts.map((p) => `${p.general}/${p.depth}/${p.employed}`)).size).toBe(parts.length);
    for (const p of parts) expect(p.key).toBe(p.rank * 100 + p.depth + (p.employed ? 2 : 1));
    expect(params.depths).toEqual([0, 1, 2, 3, 4]);
  });

  it('searches only as many broader steps as the batch needs, and at least one', () => {
    const direct = coverageStageQuery([], COVERAGE_STAGES.slice(0, 2), null, '2024-06-30');
    expect(direct.params.depths).toEqual([0]);
    expect(direct.cypher).toContain('{0,1}(b:Technology)');
    const all = coverageStageQuery([], COVERAGE_STAGES, null, '2024-06-30');
    expect(all.cypher).toContain('{0,4}(b:Technology)');
  });

  it('asks who applies instruments with their ids and the day as parameters', () => {
    const query = appliedByQuery(['measure:a', 'regime:b'], '2024-06-30');
    expect(query.params).toEqual({ ids: ['measure:a', 'regime:b'], maxActors: 25, ...asOfParam('2024-06-30') });
    expect(query.cypher).not.toContain('measure:a');
  });

  it('builds the rule from vocabulary labels and types', () => {
    const { cypher } = coverageStageQuery([], COVERAGE_STAGES, null, '2024-06-30');
    expect(cypher).toContain('-[s:EXAMPLE_OF|SUBTYPE_OF]->(u:Technology)');
    expect(cypher).toContain('MATCH (b)-[r:CONTROLLED_BY]->(x:Regime|Treaty|ControlMeasure)');
    expect(cypher).toContain('MATCH (x)<-[e:EMPLOYS]-(i:Regime|Treaty)');
    expect(cypher).toMatch(/WHERE way\.employed AND x:ControlMeasure/);
  });
});
