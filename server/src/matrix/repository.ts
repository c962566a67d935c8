/** Runs the coverage matrix and gap-reason queries against Neo4j. */
import type { Db } from '../db/driver';
import type { EdgeRecord, EntityRecord } from '../entity/model';
import type { RowRecord } from './model';
import { coverageMatrixQuery, gapReasonsQuery, MATRIX_MAX_ROWS } from './query';

export interface MatrixData {
  /** Asked-for ids that are unknown (kind null) or not technologies. */
  readonly refused: { id: string; kind: string | null }[];
  readonly rows: RowRecord[];
  /** True when more technologies than MATRIX_MAX_ROWS matched: `rows` holds the first MATRIX_MAX_ROWS by id. */
  readonly truncated: boolean;
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
  const rows = row?.rows ?? [];
  // The rows come back in no particular order; the cut keeps the first by id, as the query read them.
  const kept = [...rows].sort((a, b) => (a.technology.id < b.technology.id ? -1 : 1)).slice(0, MATRIX_MAX_ROWS);
  return { refused: row?.refused ?? [], rows: kept, truncated: rows.length > MATRIX_MAX_ROWS };
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
