// The coverage matrix and its gaps on the real seed: every cell is what `coverage` answers for that technology on
// that day (the same rule), every valid technology is a row, and a gap is a row with no NAMED or CATEGORY cell.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/src/db/driver';
import { expectCode, TEST_TODAY, validAt, type TestApi } from './api-helpers';
import { startTestApi, testDb } from './harness';

interface Cell {
  instrumentId: string;
  basis: string;
  via: string;
  path: { nodes: { id: string }[]; edges: { sources: unknown[] }[] };
}
interface Row {
  technology: { id: string; kind: string };
  category: { id: string; kind: string };
  cells: Cell[];
  strongest: string | null;
  gap: boolean;
}
interface MatrixWire {
  coverageMatrix: { asOf: string; rows: Row[]; columns: { id: string; kind: string }[] };
}

const MATRIX = `query M($ids: [ID!], $kinds: [EntityKind!], $asOf: Date) {
  coverageMatrix(technologyIds: $ids, instrumentKinds: $kinds, asOf: $asOf) {
    asOf
    columns { id kind }
    rows {
      technology { id kind } category { id kind } strongest gap
      cells { instrumentId basis via path { nodes { id } edges { sources { document } } } }
    }
  }
}`;
const COVERAGE = `query C($id: ID!, $asOf: Date) {
  coverage(technologyId: $id, asOf: $asOf) { basis via instrument { id kind } path { nodes { id } } }
}`;
const DAYS = [undefined, '2022-09-01', '2023-01-01', '2025-03-01'] as const;

describe('coverage matrix', () => {
  let db: Db;
  let api: TestApi;

  const matrix = async (variables: Record<string, unknown>) => {
    const result = await api.execute<MatrixWire>(MATRIX, variables);
    expect(result.errors).toBeUndefined();
    const answer = result.data?.coverageMatrix;
    if (!answer) throw new Error('no matrix');
    return answer;
  };

  beforeAll(async () => {
    db = testDb();
    api = await startTestApi(db, { today: () => TEST_TODAY });
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it.each(DAYS)('agrees with coverage for every technology (as of %s)', async (asOf) => {
    const answer = await matrix({ asOf });
    expect(answer.asOf).toBe(asOf ?? TEST_TODAY);
    const technologies = await db.read<{ id: string }>({
      cypher: `MATCH (t:Entity {kind: 'TECHNOLOGY'}) WHERE ${validAt('t')} RETURN t.id AS id ORDER BY id`,
      params: { day: asOf ?? TEST_TODAY },
    });
    expect(answer.rows.map((r) => r.technology.id).sort()).toEqual(technologies.map((t) => t.id));
    const columnIds = answer.columns.map((c) => c.id);
    for (const row of answer.rows) {
      const found = await api.execute<{
        coverage: { basis: string; via: string; instrument: { id: string }; path: { nodes: { id: string }[] } }[];
      }>(COVERAGE, { id: row.technology.id, asOf });
      expect(found.errors).toBeUndefined();
      const items = found.data?.coverage;
      if (!items) throw new Error(`no coverage for ${row.technology.id}`);
      const expected = items.map((c) => ({
        instrumentId: c.instrument.id,
        basis: c.basis,
        via: c.via,
        nodes: c.path.nodes.map((n) => n.id),
      }));
      const cells = row.cells.map((c) => ({
        instrumentId: c.instrumentId,
        basis: c.basis,
        via: c.via,
        nodes: c.path.nodes.map((n) => n.id),
      }));
      const byId = (a: { instrumentId: string }, b: { instrumentId: string }) =>
        a.instrumentId.localeCompare(b.instrumentId);
      expect(cells.sort(byId), row.technology.id).toEqual(expected.sort(byId));
      // Cells follow the column order; the gap flag and the strongest basis follow from the cells.
      const positions = row.cells.map((c) => columnIds.indexOf(c.instrumentId));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(row.gap).toBe(!row.cells.some((c) => c.basis === 'NAMED' || c.basis === 'CATEGORY'));
      const ranks = row.cells.map((c) => ['NAMED', 'CATEGORY', 'GENERAL'].indexOf(c.basis));
      expect(row.strongest).toBe(ranks.length === 0 ? null : ['NAMED', 'CATEGORY', 'GENERAL'][Math.min(...ranks)]);
      for (const cell of row.cells) for (const edge of cell.path.edges) expect(edge.sources.length).toBeGreaterThan(0);
    }
    // Every column covers at least one row.
    for (const id of columnIds)
      expect(
        answer.rows.some((r) => r.cells.some((c) => c.instrumentId === id)),
        id,
      ).toBe(true);
  });

  it('groups rows under the broadest technology above them', async () => {
    const answer = await matrix({ ids: ['tech:nvidia-h100', 'tech:gpu'] });
    expect(answer.rows.map((r) => r.technology.id).sort()).toEqual(['tech:gpu', 'tech:nvidia-h100']);
    const [h100] = answer.rows.filter((r) => r.technology.id === 'tech:nvidia-h100');
    const tops = await db.read<{ id: string }>({
      cypher: `MATCH c = (:Entity {id: 'tech:nvidia-h100'})-[:EXAMPLE_OF|SUBTYPE_OF*1..4]->(top:Entity {kind: 'TECHNOLOGY'})
WHERE all(n IN nodes(c) WHERE n.kind = 'TECHNOLOGY')
RETURN top.id AS id ORDER BY length(c) DESC, id ASC LIMIT 1`,
      params: {},
    });
    expect(h100?.category.id).toBe(tops[0]?.id);
    expect(h100?.category.kind).toBe('TECHNOLOGY');
  });

  it('shows the AI diffusion rule as a column only while it holds, and model weights change with it', async () => {
    const during = await matrix({ asOf: '2025-03-01' });
    expect(during.columns.map((c) => c.id)).toContain('regime:us-ai-diffusion-rule-2025');
    const weights = during.rows.find((r) => r.technology.id === 'tech:model-weights');
    expect(weights?.cells.find((c) => c.instrumentId === 'regime:us-ai-diffusion-rule-2025')?.basis).toBe('NAMED');
    const now = await matrix({});
    expect(now.columns.map((c) => c.id)).not.toContain('regime:us-ai-diffusion-rule-2025');
  });

  it('keeps only the instrument kinds asked for', async () => {
    const regimes = await matrix({ kinds: ['REGIME'] });
    expect(regimes.columns.length).toBeGreaterThan(0);
    expect(new Set(regimes.columns.map((c) => c.kind))).toEqual(new Set(['REGIME']));
    for (const row of regimes.rows)
      for (const cell of row.cells) expect(cell.instrumentId.startsWith('regime:')).toBe(true);
  });

  it('lists as gaps exactly the matrix rows with no NAMED or CATEGORY cell, with cited reasons', async () => {
    for (const asOf of [undefined, '2025-03-01']) {
      const answer = await matrix({ asOf });
      const gaps = await api.execute<{
        coverageGaps: {
          technology: { id: string };
          category: { id: string };
          strongest: string | null;
          reasons: {
            statedOf: { id: string; kind: string };
            edge: { type: string; from: string; to: string; sources: unknown[] };
            other: { id: string };
          }[];
        }[];
      }>(
        `query G($asOf: Date) { coverageGaps(asOf: $asOf) { technology { id } category { id } strongest
          reasons { statedOf { id kind } edge { type from to sources { document } } other { id } } } }`,
        { asOf },
      );
      expect(gaps.errors).toBeUndefined();
      const listed = gaps.data?.coverageGaps ?? [];
      expect(listed.map((g) => g.technology.id).sort()).toEqual(
        answer.rows
          .filter((r) => r.gap)
          .map((r) => r.technology.id)
          .sort(),
      );
      for (const gap of listed) {
        expect(gap.strongest === null || gap.strongest === 'GENERAL').toBe(true);
        for (const reason of gap.reasons) {
          expect(reason.statedOf.kind).toBe('TECHNOLOGY');
          expect([reason.edge.from, reason.edge.to]).toContain(reason.statedOf.id);
          expect([reason.edge.from, reason.edge.to]).toContain(reason.other.id);
          expect(['EXPLOITS', 'EVADES', 'TARGETS', 'RAISES']).toContain(reason.edge.type);
          expect(reason.edge.sources.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('refuses unknown ids, non-technologies and non-instrument kinds with typed errors', async () => {
    const unknown = expectCode(await api.execute(MATRIX, { ids: ['tech:nope'] }), 'NOT_FOUND');
    expect(unknown.message).toContain('tech:nope');
    const wrong = expectCode(await api.execute(MATRIX, { ids: ['regime:wassenaar'] }), 'BAD_USER_INPUT');
    expect(wrong.message).toContain('regime:wassenaar');
    expectCode(await api.execute(MATRIX, { kinds: ['TECHNOLOGY'] }), 'BAD_USER_INPUT');
    expectCode(await api.execute(MATRIX, { ids: [] }), 'BAD_USER_INPUT');
  });
});
