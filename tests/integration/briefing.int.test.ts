// The briefing query against the real seeded graph: a known selection in English and Chinese (title, names, quotes
// from the report, footnotes that resolve), the choice of key relationships, and the errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '#domain';
import type { RelationType } from '#domain';
import { escapeMarkdown } from '../../server/src/briefing/document';
import type { Db } from '../../server/src/db/driver';
import { expectCode, TEST_TODAY, type TestApi } from './api-helpers';
import { startTestApi, testDb } from './harness';

const SELECTION = ['regime:wassenaar', 'tech:nvidia-h100', 'treaty:npt'];

const BRIEFING = `query Briefing($ids: [ID!]!, $lang: Lang, $title: String, $per: Int) {
  briefing(ids: $ids, lang: $lang, title: $title, relationsPerEntity: $per) {
    title markdown asOf dataDate seedVersion lang citations
    footnotes { document documentId section footnote quote url supplementary }
    sections { id kind name otherName facts { kind text footnote footnotes relationId otherId } }
  }
}`;

interface Fact {
  kind: 'SUMMARY' | 'NOTE' | 'RELATIONSHIP';
  text: string;
  footnote: number;
  footnotes: number[];
  relationId: string | null;
  otherId: string | null;
}
interface BriefingWire {
  title: string;
  markdown: string;
  asOf: string;
  dataDate: string | null;
  seedVersion: string | null;
  lang: string;
  citations: string[];
  footnotes: {
    document: string;
    documentId: string;
    section: string | null;
    footnote: number | null;
    quote: string | null;
    url: string | null;
    supplementary: boolean;
  }[];
  sections: { id: string; kind: string; name: string; otherName: string; facts: Fact[] }[];
}

interface StoredEntity {
  id: string;
  nameEn: string;
  nameZh: string;
  sourcesJson: string;
}
interface StoredSource {
  quote: string | null;
  supplementary: boolean;
  footnote: number | null;
  documentZh: string | null;
}

/** Footnote references in the body (in order) and definitions (in order). */
function footnoteStructure(markdown: string): { references: number[]; definitions: number[] } {
  const isDefinition = (line: string) => /^\[\^\d+\]: /.test(line);
  const lines = markdown.split('\n');
  return {
    references: [
      ...lines
        .filter((l) => !isDefinition(l))
        .join('\n')
        .matchAll(/\[\^(\d+)\]/g),
    ].map((m) => Number(m[1])),
    definitions: lines.filter(isDefinition).map((l) => Number(/^\[\^(\d+)\]/.exec(l)?.[1])),
  };
}

function expectFootnotesResolve(briefing: BriefingWire): void {
  const { references, definitions } = footnoteStructure(briefing.markdown);
  const n = briefing.footnotes.length;
  expect(n).toBeGreaterThan(0);
  expect(definitions).toEqual(Array.from({ length: n }, (_, i) => i + 1));
  expect([...new Set(references)]).toEqual(definitions); // first use in order, every definition used
  expect(briefing.citations).toHaveLength(n);
  for (const fact of briefing.sections.flatMap((s) => s.facts)) {
    expect(fact.footnotes.length).toBeGreaterThan(0);
    expect(fact.footnote).toBe(fact.footnotes[0]);
    for (const number of fact.footnotes) expect(number).toBeLessThanOrEqual(n);
  }
}

describe('briefing', () => {
  let db: Db;
  let api: TestApi;
  let stored: Map<string, StoredEntity>;
  let meta: { version: string; loadedAt: string };

  const run = async (variables: Record<string, unknown>) =>
    api.execute<{ briefing: BriefingWire }>(BRIEFING, variables);

  beforeAll(async () => {
    db = testDb();
    api = await startTestApi(db, { today: () => TEST_TODAY });
    const rows = await db.read<StoredEntity>({
      cypher:
        'MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, n.nameEn AS nameEn, n.nameZh AS nameZh, n.sourcesJson AS sourcesJson',
      params: { ids: SELECTION },
    });
    stored = new Map(rows.map((r) => [r.id, r]));
    const [m] = await db.read<{ version: string; loadedAt: string }>({
      cypher: "MATCH (m:SeedMeta {key: 'seed'}) RETURN m.version AS version, toString(m.loadedAt) AS loadedAt",
      params: {},
    });
    if (!m) throw new Error('the test database has no SeedMeta');
    meta = m;
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it('the selection exists in the seed', () => {
    expect([...stored.keys()].sort()).toEqual([...SELECTION].sort());
  });

  it('builds the English briefing: title, date, version, names, the report’s quotes, resolving footnotes', async () => {
    const result = await run({ ids: SELECTION });
    expect(result.errors).toBeUndefined();
    const briefing = result.data?.briefing as BriefingWire;
    const names = SELECTION.map((id) => stored.get(id)?.nameEn ?? '');
    expect(briefing.title).toBe(`Briefing: ${names.join(', ')}`);
    expect(briefing.markdown.split('\n')[0]).toBe(`# ${escapeMarkdown(briefing.title)}`);
    expect(briefing.lang).toBe('EN');
    expect(briefing.seedVersion).toBe(meta.version);
    const loaded = new Date(meta.loadedAt).toISOString().slice(0, 10);
    expect(briefing.asOf).toBe(TEST_TODAY);
    expect(briefing.dataDate).toBe(loaded);
    expect(briefing.markdown).toContain(`As of ${TEST_TODAY} · data of ${loaded} · data version \`${meta.version}\``);
    expect(briefing.sections.map((s) => s.id)).toEqual(SELECTION);
    for (const name of names) expect(briefing.markdown).toContain(`## ${escapeMarkdown(name)}`);

    // Each entity's own quotes from the report are cited, in the Markdown and in the footnotes.
    for (const id of SELECTION) {
      const sources = JSON.parse(stored.get(id)?.sourcesJson ?? '[]') as StoredSource[];
      const quotes = sources.filter((s) => !s.supplementary && s.quote).map((s) => s.quote as string);
      expect(quotes.length, id).toBeGreaterThan(0);
      for (const quote of quotes) {
        expect(briefing.markdown).toContain(`“${escapeMarkdown(quote)}”`);
        expect(briefing.footnotes.map((f) => f.quote)).toContain(quote);
      }
    }
    expect(briefing.footnotes.some((f) => f.documentId === 'doc:unido-report')).toBe(true);
    expect(briefing.markdown).toMatch(/fn\. 15/); // the Wassenaar source cites the report's footnote 15
    expectFootnotesResolve(briefing);
  });

  it('states each entity’s relationships as sentences with the vocabulary verb', async () => {
    const briefing = (await run({ ids: SELECTION })).data?.briefing as BriefingWire;
    const h100 = briefing.sections.find((s) => s.id === 'tech:nvidia-h100');
    const relations = h100?.facts.filter((f) => f.kind === 'RELATIONSHIP') ?? [];
    expect(relations.length).toBeGreaterThan(0);
    const rows = await db.read<{ id: string; type: string; fromName: string; toName: string }>({
      cypher: `MATCH (a:Entity)-[r]->(b:Entity) WHERE r.id IN $ids
RETURN r.id AS id, type(r) AS type, a.nameEn AS fromName, b.nameEn AS toName`,
      params: { ids: relations.map((f) => f.relationId) },
    });
    expect(rows).toHaveLength(relations.length);
    for (const row of rows) {
      const sentence = `${row.fromName} ${RELATION_TYPES[row.type as RelationType].verb.en} ${row.toName}`;
      const fact = relations.find((f) => f.relationId === row.id);
      expect(fact?.text.startsWith(sentence)).toBe(true);
      expect(briefing.markdown).toContain(`- ${escapeMarkdown(fact?.text ?? '')}`);
    }
  });

  it('builds the Chinese briefing with Chinese names, verbs and document titles', async () => {
    const result = await run({ ids: SELECTION, lang: 'ZH' });
    expect(result.errors).toBeUndefined();
    const briefing = result.data?.briefing as BriefingWire;
    const names = SELECTION.map((id) => stored.get(id)?.nameZh ?? '');
    expect(briefing.title).toBe(`简报：${names.join('、')}`);
    expect(briefing.markdown.split('\n')[0]).toBe(`# ${escapeMarkdown(briefing.title)}`);
    expect(briefing.lang).toBe('ZH');
    expect(briefing.dataDate).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    expect(briefing.markdown).toContain(`截至 ${briefing.asOf} · 数据日期 ${String(briefing.dataDate)} · 数据版本`);
    for (const name of names) expect(briefing.markdown).toContain(`## ${escapeMarkdown(name)}`);
    expect(briefing.sections.map((s) => s.name)).toEqual(names);
    expect(briefing.markdown).toContain('**主要关系**');
    expect(briefing.markdown).not.toContain('Key relationships');
    expect(briefing.markdown).toContain('脚注15');

    const report = JSON.parse(stored.get('regime:wassenaar')?.sourcesJson ?? '[]') as StoredSource[];
    const reportZh = report.find((s) => !s.supplementary)?.documentZh;
    expect(reportZh).toBeTruthy();
    expect(briefing.markdown).toContain(`《${reportZh ?? ''}》`);
    expect(briefing.footnotes.find((f) => f.documentId === 'doc:unido-report')?.document).toBe(reportZh);

    // Relationship facts use the Chinese verbs.
    const relations = briefing.sections.flatMap((s) => s.facts).filter((f) => f.kind === 'RELATIONSHIP');
    expect(relations.length).toBeGreaterThan(0);
    const zhVerbs = Object.values(RELATION_TYPES).map((t) => t.verb.zh.split('…')[0] ?? '');
    for (const fact of relations) {
      expect(zhVerbs.some((verb) => fact.text.includes(verb))).toBe(true);
      expect(fact.text.endsWith('。')).toBe(true);
    }
    for (const id of SELECTION) {
      const quotes = (JSON.parse(stored.get(id)?.sourcesJson ?? '[]') as StoredSource[])
        .filter((s) => !s.supplementary && s.quote)
        .map((s) => s.quote as string);
      for (const quote of quotes) expect(briefing.markdown).toContain(`“${escapeMarkdown(quote)}”`);
    }
    expectFootnotesResolve(briefing);
  });

  it('uses a given title', async () => {
    const result = await run({ ids: ['treaty:npt'], title: '  Non-proliferation\nbackground ' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.briefing.title).toBe('Non-proliferation background');
    expect(result.data?.briefing.markdown.startsWith('# Non-proliferation background\n')).toBe(true);
  });

  it('states the relationships among the selection first, then at most relationsPerEntity others, best connected first', async () => {
    const [example] = await db.read<{ to: string }>({
      cypher:
        "MATCH (:Entity {id: 'tech:nvidia-h100'})-[:EXAMPLE_OF]->(b:Entity) RETURN b.id AS to ORDER BY b.id LIMIT 1",
      params: {},
    });
    const ids = ['tech:nvidia-h100', example?.to ?? 'missing'];
    const none = (await run({ ids, per: 0 })).data?.briefing as BriefingWire;
    const internal = await db.read<{ id: string }>({
      cypher: 'MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids RETURN r.id AS id',
      params: { ids },
    });
    expect(internal.length).toBeGreaterThan(0);
    const h100Facts = none.sections[0]?.facts.filter((f) => f.kind === 'RELATIONSHIP') ?? [];
    expect(h100Facts.map((f) => f.relationId).sort()).toEqual(internal.map((r) => r.id).sort());

    const three = (await run({ ids, per: 3 })).data?.briefing as BriefingWire;
    const facts = three.sections[0]?.facts.filter((f) => f.kind === 'RELATIONSHIP') ?? [];
    const inside = facts.filter((f) => ids.includes(f.otherId ?? ''));
    const outside = facts.filter((f) => !ids.includes(f.otherId ?? ''));
    expect(facts.slice(0, inside.length)).toEqual(inside); // the selection's own relationships first
    const [total] = await db.read<{ n: number }>({
      cypher: "MATCH (:Entity {id: 'tech:nvidia-h100'})-[r]-(m:Entity) WHERE NOT m.id IN $ids RETURN count(r) AS n",
      params: { ids },
    });
    expect(outside).toHaveLength(Math.min(3, total?.n ?? 0));
    const degrees = await db.read<{ id: string; degree: number }>({
      cypher: 'MATCH (m:Entity) WHERE m.id IN $ids RETURN m.id AS id, COUNT { (m)--(:Entity) } AS degree',
      params: { ids: outside.map((f) => f.otherId) },
    });
    const types = await db.read<{ id: string; type: string }>({
      cypher: 'MATCH ()-[r]->() WHERE r.id IN $ids RETURN r.id AS id, type(r) AS type',
      params: { ids: outside.map((f) => f.relationId) },
    });
    const degree = new Map(degrees.map((d) => [d.id, d.degree]));
    const type = new Map(types.map((t) => [t.id, t.type]));
    // Substantive relationships before CITES, each group with the best-connected other end first.
    const rank = outside.map((f) => [
      type.get(f.relationId ?? '') === 'CITES' ? 1 : 0,
      -(degree.get(f.otherId ?? '') ?? 0),
    ]);
    const sorted = [...rank].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0));
    expect(sorted).toEqual(rank);
  });

  it('answers NOT_FOUND naming every unknown id', async () => {
    const result = await run({ ids: ['regime:wassenaar', 'tech:no-such-chip', 'treaty:no-such-treaty'] });
    const error = expectCode(result, 'NOT_FOUND');
    expect(error.message).toContain('"tech:no-such-chip"');
    expect(error.message).toContain('"treaty:no-such-treaty"');
    expect(error.message).not.toContain('regime:wassenaar');
    expect(error.extensions?.ids).toEqual(['tech:no-such-chip', 'treaty:no-such-treaty']);
  });

  it('answers BAD_USER_INPUT for an empty list, more than 200 ids, a long title or a bad relationsPerEntity', async () => {
    const many = Array.from({ length: 201 }, (_, i) => `tech:chip-${i}`);
    expect(expectCode(await run({ ids: many }), 'BAD_USER_INPUT').message).toContain('200');
    expect(expectCode(await run({ ids: [] }), 'BAD_USER_INPUT').extensions?.argumentName).toBe('ids');
    expect(expectCode(await run({ ids: SELECTION, title: 'x'.repeat(201) }), 'BAD_USER_INPUT').message).toContain(
      'title',
    );
    expectCode(await run({ ids: SELECTION, per: 51 }), 'BAD_USER_INPUT');
    // 200 ids is allowed (they are then unknown).
    expectCode(await run({ ids: many.slice(0, 200) }), 'NOT_FOUND');
  });
});
