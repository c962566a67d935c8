/**
 * Helpers for the API integration tests: one Db and in-process API per file, ids looked up in the database by a
 * name or alias (the seed may grow, so tests never hard-code what it contains beyond a few well-known entities),
 * and small checks on the shapes every traversal returns.
 */
import { expect } from 'vitest';
import type { Db } from '../../server/src/db/driver';
import type { startTestApi } from './harness';

export type TestApi = Awaited<ReturnType<typeof startTestApi>>;

export interface Wire {
  readonly id: string;
}

/** The id of the entity whose English name or any alias is `name` (case-insensitive); fails when there is none. */
export async function idOf(db: Db, name: string, kind?: string): Promise<string> {
  const rows = await db.read<{ id: string }>({
    cypher: `MATCH (n:Entity)
WHERE ($kind IS NULL OR n.kind = $kind)
  AND (toLower(n.nameEn) = toLower($name) OR n.nameZh = $name OR any(a IN n.aliases WHERE toLower(a) = toLower($name)))
RETURN n.id AS id ORDER BY n.id LIMIT 1`,
    params: { name, kind: kind ?? null },
  });
  const id = rows[0]?.id;
  if (!id) throw new Error(`No entity named "${name}" in the seed`);
  return id;
}

export async function scalar<T>(db: Db, cypher: string, params: Record<string, unknown> = {}): Promise<T> {
  const [row] = await db.read<{ value: T }>({ cypher, params });
  if (!row) throw new Error(`no row for ${cypher}`);
  return row.value;
}

export interface PathShape<N extends { id: string } = { id: string }> {
  readonly length: number;
  readonly nodes: readonly N[];
  readonly edges: readonly { id: string; from: string; to: string; type: string; sources: readonly unknown[] }[];
}

/** nodes[i] and nodes[i+1] are the two ends of edges[i], in either direction; no node repeats. */
export function expectWellFormedPath(path: PathShape): void {
  expect(path.nodes).toHaveLength(path.length + 1);
  expect(path.edges).toHaveLength(path.length);
  path.edges.forEach((edge, i) => {
    const a = path.nodes[i]?.id;
    const b = path.nodes[i + 1]?.id;
    expect([edge.from, edge.to].sort()).toEqual([a, b].sort());
  });
  expect(new Set(path.nodes.map((n) => n.id)).size).toBe(path.nodes.length);
}

/** Runs `query`, expects no errors, and returns the answer's `field` (failing when it is missing). */
export async function answerOf<T>(
  api: TestApi,
  query: string,
  variables: Record<string, unknown>,
  field: string,
): Promise<T> {
  const result = await api.execute<Record<string, T>>(query, variables);
  expect(result.errors).toBeUndefined();
  const answer = result.data?.[field];
  if (answer === undefined || answer === null) throw new Error(`no ${field} in the answer`);
  return answer;
}

export function expectCode(
  result: { errors?: readonly { extensions?: Record<string, unknown>; message: string }[] | undefined },
  code: string,
): { message: string; extensions?: Record<string, unknown> } {
  expect(result.errors, `expected a ${code} error`).toBeDefined();
  const [error] = result.errors ?? [];
  expect(error?.extensions?.code).toBe(code);
  expect(error?.extensions).not.toHaveProperty('stacktrace');
  if (!error) throw new Error('unreachable');
  return error;
}

/** The UTC day the test API answers "as of" when a query names none (startTestApi's `today`). */
export const TEST_TODAY = new Date().toISOString().slice(0, 10);

/**
 * The validity rule written independently of the server's builder, for reference queries: `v` (a node or
 * relationship variable) holds on the day bound to `$day` (an ISO string).
 */
export function validAt(v: string): string {
  return `((${v}.validFromDay IS NULL OR ${v}.validFromDay <= date($day)) AND (${v}.validToDay IS NULL OR date($day) <= ${v}.validToDay))`;
}
