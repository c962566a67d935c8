/**
 * The order in which the coverage rule reads its claims (pure). A claim's order key is its basis rank times 100 plus
 * the length of its chain, and both follow from three things known before any claim is read: whether the measure it
 * rests on is general in scope, how many broader steps its technology is from the one asked about, and whether the
 * instrument is the controlling entity itself (one more step) or a regime that employs it (two more). So the claims
 * can be read in stages of one key each, strongest and shortest first, and an answer capped at N instruments stops
 * once it has N: the first stage that lists an instrument holds its best claims.
 */
/** The bases, strongest first; the order is the rank the query sorts by. */
export const COVERAGE_BASES = ['NAMED', 'CATEGORY', 'GENERAL'] as const;
export type CoverageBasis = (typeof COVERAGE_BASES)[number];

export interface CoverageStage {
  /** rank × 100 + chain length: the order key every claim of this stage has. */
  readonly key: number;
  /** Index into COVERAGE_BASES. */
  readonly rank: number;
  /** Whether the stage reads the measures general in scope (and only those) or the others (and only those). */
  readonly general: boolean;
  /** Broader-step depths whose controlling instruments are claimed directly here (chain length depth + 1). */
  readonly direct: readonly number[];
  /** Depths whose controlling measures' employers are claimed here (chain length depth + 2). */
  readonly employed: readonly number[];
}

/** The basis of a claim: GENERAL when it rests on a general measure, NAMED with no broader step, else CATEGORY. */
export function claimBasis(general: boolean, depth: number): CoverageBasis {
  if (general) return 'GENERAL';
  return depth === 0 ? 'NAMED' : 'CATEGORY';
}

/** Every stage for chains of up to `maxSteps` broader steps, in key order; each (generality, depth, way) once. */
export function coverageStages(maxSteps: number): CoverageStage[] {
  const byKey = new Map<number, { rank: number; general: boolean; direct: number[]; employed: number[] }>();
  for (const general of [false, true]) {
    for (let depth = 0; depth <= maxSteps; depth += 1) {
      const rank = COVERAGE_BASES.indexOf(claimBasis(general, depth));
      for (const employed of [false, true]) {
        const key = rank * 100 + depth + (employed ? 2 : 1);
        const stage = byKey.get(key) ?? { rank, general, direct: [], employed: [] };
        (employed ? stage.employed : stage.direct).push(depth);
        byKey.set(key, stage);
      }
    }
  }
  return [...byKey.entries()].sort(([a], [b]) => a - b).map(([key, stage]) => ({ key, ...stage }));
}

/** Where one technology's answer stands between stages. */
export interface RuleProgress {
  readonly id: string;
  /** The broader-step depths at which it has broader technologies (0 is itself). */
  readonly depths: readonly number[];
  /** The instruments found so far, in answer order. */
  readonly found: readonly string[];
}

/** What one stage asks for one technology: the instruments already found, and how many more the answer takes. */
export interface StageAsk {
  readonly id: string;
  readonly seen: readonly string[];
  /** Null for no cap. */
  readonly room: number | null;
}

/**
 * How the stages are read: all in one query when the answer takes every instrument, or when the technologies'
 * broader technologies have no more CONTROLLED_BY relationships than the cap (so the whole rule reads few claims,
 * and one round trip beats several); otherwise one stage at a time, stopping once every answer is full.
 */
export function coverageBatches(
  stages: readonly CoverageStage[],
  controls: number,
  cap: number | null,
): CoverageStage[][] {
  if (cap === null || controls <= cap) return [[...stages]];
  return stages.map((stage) => [stage]);
}

/**
 * The technologies a batch of stages has work for: those with broader technologies at one of its depths and, under
 * a cap, room for more instruments. An answer that is full, or has nothing at the batch's depths, is not asked.
 */
export function batchAsks(
  batch: readonly CoverageStage[],
  progress: readonly RuleProgress[],
  cap: number | null,
): StageAsk[] {
  const depths = new Set(batch.flatMap((stage) => [...stage.direct, ...stage.employed]));
  return progress
    .filter((p) => p.depths.some((d) => depths.has(d)) && (cap === null || p.found.length < cap))
    .map((p) => ({ id: p.id, seen: p.found, room: cap === null ? null : cap - p.found.length }));
}
