/** Runs the coverage matrix and gap-reason queries against Neo4j. */
import type { Db } from '../db/driver';
import type { EdgeRecord, EntityRecord } from '../entity/model';
import type { RowRecord } from './model';
import { coverageMatrixQuery, gapReasonsQuery } from './query';

export interface MatrixData {
  /** Asked-for ids that are unknown (kind null) or not technologies. */
  readonly refused: { id: string; kind: string | null }[];
  readonly rows: RowRecord[];
}

export interface GapReasonRecord {
  readonly statedOf: EntityRecord;
  readonly edge: EdgeRecord;
  readonly other: EntityRecord;
}

export async function fetchMatrix(
  db: Db,
  ids: readonly string[] | null,
  kinds: readonly string[] | null,
  asOf: string,
): Promise<MatrixData> {
  const [row] = await db.read<{ refused: MatrixData['refused']; rows: RowRecord[] }>(
    coverageMatrixQuery(ids, kinds, asOf),
  );
  return { refused: row?.refused ?? [], rows: row?.rows ?? [] };
}

/** Each gap's reasons, by technology id. */
export async function fetchGapReasons(
  db: Db,
  ids: readonly string[],
  asOf: string,
): Promise<Map<string, GapReasonRecord[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db.read<{ id: string; reasons: GapReasonRecord[] }>(gapReasonsQuery(ids, asOf));
  return new Map(rows.map((r) => [r.id, r.reasons]));
}
