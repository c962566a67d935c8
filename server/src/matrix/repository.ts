/** Runs the coverage matrix and gap-reason queries against Neo4j. */
import { readCoverage } from '../coverage/repository';
import { records, type Db, type RunQuery } from '../db/driver';
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

/** The matrix's rows and their cells, through `run` (one read transaction). */
export async function readMatrix(
  run: RunQuery,
  ids: readonly string[] | null,
  kinds: readonly string[] | null,
  asOf: string,
): Promise<MatrixData> {
  const [row] = await run<{ refused: MatrixData['refused']; rows: Omit<RowRecord, 'cells'>[] }>(
    coverageMatrixQuery(ids, asOf),
  );
  const rows = row?.rows ?? [];
  // The rows come back in no particular order; the cut keeps the first by id, as the query read them.
  const kept = [...rows].sort((a, b) => (a.technology.id < b.technology.id ? -1 : 1)).slice(0, MATRIX_MAX_ROWS);
  // Every cell is the coverage rule's own answer for its pair, read in the same transaction.
  const coverage = await readCoverage(
    run,
    kept.map((r) => r.technology.id),
    { asOf, cap: null, kinds },
  );
  return {
    refused: row?.refused ?? [],
    rows: kept.map((r) => ({ ...r, cells: coverage.get(r.technology.id)?.entries ?? [] })),
    truncated: rows.length > MATRIX_MAX_ROWS,
  };
}

export async function fetchMatrix(
  db: Db,
  ids: readonly string[] | null,
  kinds: readonly string[] | null,
  asOf: string,
): Promise<MatrixData> {
  return db.readTx((tx) => readMatrix((query) => records(tx, query), ids, kinds, asOf));
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
