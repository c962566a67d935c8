/** Runs the coverage queries against Neo4j: the covering instruments, and who applies them (batched per request). */
import type DataLoader from 'dataloader';
import { batchedById } from '../db/batchedById';
import type { Db } from '../db/driver';
import type { EntityRecord } from '../entity/model';
import type { PathRecord } from '../paths/repository';
import { appliedByQuery, coverageQuery, type CoverageBasis } from './query';

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

export async function fetchCoverage(db: Db, technologyId: string, asOf: string): Promise<CoverageResult> {
  const [row] = await db.read<{
    exists: boolean;
    kind: string | null;
    coverage: Omit<CoverageRecord, 'asOf'>[];
  }>(coverageQuery(technologyId, asOf));
  return { kind: row?.exists ? row.kind : null, coverage: (row?.coverage ?? []).map((c) => ({ ...c, asOf })) };
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
