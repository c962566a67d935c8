/** Runs the coverage queries against Neo4j: the covering instruments, and who applies them (batched per request). */
import DataLoader from 'dataloader';
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
  readonly instrumentId: string;
  readonly asOf: string;
}

/**
 * One request's loader of who applies an instrument: every instrument of a coverage answer (or of several, on one
 * day) in one query.
 */
export function appliedByLoader(db: Db): DataLoader<AppliedByKey, CoverageActorRecord[], string> {
  return new DataLoader<AppliedByKey, CoverageActorRecord[], string>(
    async (keys) => {
      const days = [...new Set(keys.map((key) => key.asOf))];
      const answers = new Map<string, CoverageActorRecord[]>();
      await Promise.all(
        days.map(async (asOf) => {
          const ids = [...new Set(keys.filter((key) => key.asOf === asOf).map((key) => key.instrumentId))];
          const rows = await db.read<{ id: string; appliedBy: CoverageActorRecord[] }>(appliedByQuery(ids, asOf));
          for (const row of rows) answers.set(JSON.stringify({ instrumentId: row.id, asOf }), row.appliedBy);
        }),
      );
      return keys.map((key) => answers.get(JSON.stringify(key)) ?? []);
    },
    { cacheKeyFn: (key) => JSON.stringify({ instrumentId: key.instrumentId, asOf: key.asOf }) },
  );
}
