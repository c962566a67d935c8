import { describe, expect, it } from 'vitest';
import {
  batchAsks,
  claimBasis,
  COVERAGE_BASES,
  coverageBatches,
  coverageStages,
  type CoverageStage,
} from '../../server/src/coverage/stages';

const stages = coverageStages(4);

/** Every (generality, depth, way) a stage reads, as text. */
const partsOf = (stage: CoverageStage) => [
  ...stage.direct.map((d) => `${stage.general}/${d}/direct`),
  ...stage.employed.map((d) => `${stage.general}/${d}/employed`),
];

describe('coverage stages', () => {
  it('reads every generality, depth and way exactly once', () => {
    const parts = stages.flatMap(partsOf);
    expect(parts).toHaveLength(2 * 5 * 2);
    expect(new Set(parts).size).toBe(parts.length);
  });

  it('orders the stages by key, strongest basis and then shortest chain first', () => {
    const keys = stages.map((s) => s.key);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual([1, 2, 102, 103, 104, 105, 106, 201, 202, 203, 204, 205, 206]);
  });

  it('gives each stage the key and basis of every claim it reads', () => {
    for (const stage of stages) {
      for (const depth of stage.direct) {
        expect(COVERAGE_BASES[stage.rank]).toBe(claimBasis(stage.general, depth));
        expect(stage.key).toBe(stage.rank * 100 + depth + 1);
      }
      for (const depth of stage.employed) {
        expect(COVERAGE_BASES[stage.rank]).toBe(claimBasis(stage.general, depth));
        expect(stage.key).toBe(stage.rank * 100 + depth + 2);
      }
    }
  });

  it('puts a direct claim one step deeper with an employed claim of the same key', () => {
    const stage = stages.find((s) => s.key === 103);
    expect(stage).toMatchObject({ general: false, direct: [2], employed: [1] });
  });

  it('calls a claim NAMED only without a broader step or a general measure', () => {
    expect(claimBasis(false, 0)).toBe('NAMED');
    expect(claimBasis(false, 3)).toBe('CATEGORY');
    expect(claimBasis(true, 0)).toBe('GENERAL');
  });
});

describe('coverage batches', () => {
  it('reads every stage in one batch without a cap, or when the controls are few', () => {
    expect(coverageBatches(stages, 5000, null)).toEqual([stages]);
    expect(coverageBatches(stages, 200, 200)).toEqual([stages]);
  });

  it('reads one stage at a time when the controls exceed the cap', () => {
    const batches = coverageBatches(stages, 201, 200);
    expect(batches).toHaveLength(stages.length);
    expect(batches.flat()).toEqual(stages);
  });

  it('asks only the answers with room and with broader technologies at the batch depths', () => {
    const deep = stages.filter((s) => s.key === 105);
    const progress = [
      { id: 'a', depths: [0, 1], found: [] },
      { id: 'b', depths: [0, 3], found: ['x', 'y'] },
      { id: 'c', depths: [0, 4], found: ['x', 'y', 'z'] },
    ];
    expect(batchAsks(deep, progress, 3)).toEqual([{ id: 'b', seen: ['x', 'y'], room: 1 }]);
    expect(batchAsks(deep, progress, null)).toEqual([
      { id: 'b', seen: ['x', 'y'], room: null },
      { id: 'c', seen: ['x', 'y', 'z'], room: null },
    ]);
  });
});
