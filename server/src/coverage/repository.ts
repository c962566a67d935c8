/** Runs the coverage query against Neo4j. */
import type { Db } from '../db/driver';
import type { EntityRecord } from '../entity/model';
import type { PathRecord } from '../paths/repository';
import { coverageQuery, type CoverageBasis } from './query';

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
  readonly appliedBy: CoverageActorRecord[];
}

export interface CoverageResult {
  /** Null when no entity has the id. */
  readonly kind: string | null;
  readonly coverage: CoverageRecord[];
}

export async function fetchCoverage(db: Db, technologyId: string, asOf: string): Promise<CoverageResult> {
  const [row] = await db.read<{ exists: boolean; kind: string | null; coverage: CoverageRecord[] }>(
    coverageQuery(technologyId, asOf),
  );
  return { kind: row?.exists ? row.kind : null, coverage: row?.coverage ?? [] };
}
