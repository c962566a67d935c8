// The atlas's English renderings in the real seeded graph: the API serves each quote verbatim beside its
// translation, every stored source that quotes Chinese carries a translation, and English briefings cite it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../graph-seed/src/read';
import { parseTranslations } from '../../graph-seed/src/translationCheck';
import { needsTranslation, translateQuote, translateSection } from '../../graph-seed/src/translations';
import type { Db } from '../../server/src/db/driver';
import { idOf, type TestApi } from './api-helpers';
import { startTestApi, testDb } from './harness';

interface SourceWire {
  document: string;
  documentZh: string | null;
  section: string | null;
  sectionEn: string | null;
  quote: string | null;
  quoteEn: string | null;
  supplementary: boolean;
}

const SOURCE = 'document documentZh section sectionEn quote quoteEn supplementary';
const ENTITY = `query ($id: ID!) {
  entity(id: $id) { sources { ${SOURCE} } relations { sources { ${SOURCE} } } }
}`;
const BRIEFING = `query ($ids: [ID!]!) {
  briefing(ids: $ids, lang: EN, relationsPerEntity: 0) { markdown footnotes { ${SOURCE} } }
}`;

const HAN = /\p{Script=Han}/u;
const file = path.join(DEFAULT_DATA_DIR, 'translations.yaml');
const { translations } = parseTranslations({ file, key: 'translations.yaml', content: readFileSync(file, 'utf8') });

describe("the atlas's translations", () => {
  let db: Db;
  let api: TestApi;
  let wassenaar: string;

  beforeAll(async () => {
    db = testDb();
    api = await startTestApi(db);
    wassenaar = await idOf(db, 'Wassenaar Arrangement', 'REGIME');
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it('entity(id){ sources } serves each report quote verbatim with its English translation', async () => {
    const result = await api.execute<{ entity: { sources: SourceWire[]; relations: { sources: SourceWire[] }[] } }>(
      ENTITY,
      { id: wassenaar },
    );
    expect(result.errors).toBeUndefined();
    const entity = result.data?.entity;
    const sources = [...(entity?.sources ?? []), ...(entity?.relations ?? []).flatMap((r) => r.sources)];
    const fromReport = sources.filter((s) => s.quote !== null && HAN.test(s.quote));
    expect(fromReport.length).toBeGreaterThan(0);
    for (const source of fromReport) {
      expect(source.quoteEn, source.quote ?? '').toBe(translateQuote(translations, source.quote));
      expect(source.quoteEn ?? '').not.toMatch(HAN);
      expect(source.sectionEn, source.section ?? '').toBe(translateSection(translations, source.section));
      expect(source.documentZh).toBe('出口军民两用的人工智能技术问题');
    }
    // Quotes of English outside documents are not "translated".
    for (const source of sources.filter((s) => s.quote !== null && !HAN.test(s.quote))) {
      expect(source.quoteEn).toBeNull();
    }
  });

  it('every source stored in the graph that quotes Chinese has an English translation (and its section a name)', async () => {
    const rows = await db.read<{ json: string }>({
      cypher:
        'MATCH (n:Entity) RETURN n.sourcesJson AS json UNION ALL MATCH (:Entity)-[r]->(:Entity) RETURN r.sourcesJson AS json',
      params: {},
    });
    const stored = rows.flatMap((row) => JSON.parse(row.json) as SourceWire[]);
    const quoted = stored.filter((s) => s.quote !== null && needsTranslation(s.quote));
    expect(quoted.length).toBeGreaterThan(500);
    const untranslated = quoted.filter((s) => !s.quoteEn || HAN.test(s.quoteEn)).map((s) => s.quote);
    expect(untranslated).toEqual([]);
    const unnamed = stored.filter((s) => s.section !== null && needsTranslation(s.section) && !s.sectionEn);
    expect(unnamed.map((s) => s.section)).toEqual([]);
  });

  it('an English briefing cites the translation, marked as the atlas’s, with the original in the footnote', async () => {
    const result = await api.execute<{ briefing: { markdown: string; footnotes: SourceWire[] } }>(BRIEFING, {
      ids: [wassenaar],
    });
    expect(result.errors).toBeUndefined();
    const briefing = result.data?.briefing;
    const translated = briefing?.footnotes.find((f) => f.quoteEn !== null);
    expect(translated?.quote).toMatch(HAN);
    expect(briefing?.markdown).toContain(`“${translated?.quoteEn ?? ''}” (translation by the atlas; original: “`);
  });
});
