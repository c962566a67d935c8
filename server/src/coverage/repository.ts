/** Runs the coverage queries against Neo4j: the covering instruments, and who applies them (batched per request). */
import type DataLoader from 'dataloader';
import { batchedById } from '../db/batchedById';
import { records, type Db, type RunQuery } from '../db/driver';
import type { EntityRecord } from '../entity/model';
import type { PathRecord } from '../paths/repository';
import {
  appliedByQuery,
  coverageStageQuery,
  coverageSubjectsQuery,
  COVERAGE_STAGES,
  MAX_INSTRUMENTS,
  type CoverageBasis,
} from './query';
import { batchAsks, coverageBatches } from './stages';

export type CoverageVia = 'DIRECT' | 'BROADER_TECHNOLOGY' | 'EMPLOYED_MEASURE';

export interface CoverageActorRecord {
  readonly entity: EntityRecord;
  readonly role: string;
  readonly path: PathRecord;
}

export interface CoverageRecord {
  readonly instrument: EntityRecord;
  readonly via: CoverageVia;
  readonly basis: CoverageBasis;
  readonly path: PathRecord;
  /** The day the answer is as of: who applies the instrument is read as of the same day. */
  readonly asOf: string;
}

export interface CoverageResult {
  /** Null when no entity has the id. */
  readonly kind: string | null;
  readonly coverage: CoverageRecord[];
}

/** One covering instrument as the rule answers it. */
export type CoverageEntry = Omit<CoverageRecord, 'asOf'>;

export interface RuleAnswer {
  /** Null when no entity has the id. */
  readonly kind: string | null;
  /** The covering instruments: by basis, then path length, then id. */
  readonly entries: CoverageEntry[];
}

/**
 * The coverage rule for technologies `ids` as of `asOf`: their depths first, then the stages in order (in batches,
 * ./stages.ts), for the technologies they have work for, until every answer is full (`cap` instruments) or the
 * stages run out. An instrument is answered by the first batch that reaches it, which holds its strongest and
 * shortest claims, so the answer is the whole rule's, cut at `cap`. `kinds` keeps only instruments of those kinds.
 */
export async function readCoverage(
  run: RunQuery,
  ids: readonly string[],
  options: { asOf: string; cap: number | null; kinds: readonly string[] | null },
): Promise<Map<string, RuleAnswer>> {
  const subjects = await run<{ id: string; exists: boolean; kind: string | null; depths: number[]; controls: number }>(
    coverageSubjectsQuery(ids, options.asOf),
  );
  const answers = new Map<string, RuleAnswer & { depths: number[] }>(
    subjects.map((s) => [s.id, { kind: s.exists ? s.kind : null, depths: s.depths, entries: [] }]),
  );
  const controls = Math.max(0, ...subjects.map((s) => s.controls));
  for (const batch of coverageBatches(COVERAGE_STAGES, controls, options.cap)) {
    const progress = [...answers].map(([id, a]) => ({
      id,
      depths: a.depths,
      found: a.entries.map((e) => e.instrument.id),
    }));
    const asks = batchAsks(batch, progress, options.cap);
    if (asks.length === 0) continue;
    const rows = await run<{ id: string; hits: CoverageEntry[] }>(
      coverageStageQuery(asks, batch, options.kinds, options.asOf),
    );
    for (const row of rows) answers.get(row.id)?.entries.push(...row.hits);
  }
  return new Map([...answers].map(([id, { kind, entries }]) => [id, { kind, entries }]));
}

export async function fetchCoverage(db: Db, technologyId: string, asOf: string): Promise<CoverageResult> {
  const answers = await db.readTx((tx) =>
    readCoverage((query) => records(tx, query), [technologyId], { asOf, cap: MAX_INSTRUMENTS, kinds: null }),
  );
  const answer = answers.get(technologyId);
  return { kind: answer?.kind ?? null, coverage: (answer?.entries ?? []).map((c) => ({ ...c, asOf })) };
}

export interface AppliedByKey {
  /** The instrument's id. */
  readonly id: string;
  readonly asOf: string;
}

/**
 * One request's loader of who applies an instrument: every instrument of a coverage answer (or of several, on one
 * day) in one query.
 */
export function appliedByLoader(db: Db): DataLoader<AppliedByKey, CoverageActorRecord[], string> {
  return batchedById<AppliedByKey, CoverageActorRecord[]>(async (ids, { asOf }) => {
    const rows = await db.read<{ id: string; appliedBy: CoverageActorRecord[] }>(appliedByQuery(ids, asOf));
    return new Map(rows.map((row) => [row.id, row.appliedBy]));
  }, []);
}
