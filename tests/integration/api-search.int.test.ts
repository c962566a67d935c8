// search against the real seeded graph: English and Chinese, prefixes, acronyms, document symbols, typos, ranking.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/src/db/driver';
import { NAME_CANDIDATES } from '../../server/src/search/query';
import { expectCode, idOf, type TestApi } from './api-helpers';
import { startTestApi, testDb } from './harness';

interface Hit {
  id: string;
  kind: string;
  name: string;
  nameZh: string;
  aliases: string[];
}

const SEARCH = `query Search($text: String!, $kinds: [EntityKind!], $limit: Int) {
  search(text: $text, kinds: $kinds, limit: $limit) { id kind name nameZh: name(lang: ZH) aliases }
}`;

describe('search', () => {
  let db: Db;
  let api: TestApi;
  let wassenaar: string;

  const search = async (text: string, extra: { kinds?: string[]; limit?: number } = {}) => {
    const result = await api.execute<{ search: Hit[] }>(SEARCH, { text, ...extra });
    expect(result.errors).toBeUndefined();
    return result.data?.search ?? [];
  };

  beforeAll(async () => {
    db = testDb();
    api = await startTestApi(db);
    wassenaar = await idOf(db, 'Wassenaar Arrangement', 'REGIME');
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it.each([
    ['an English prefix', 'Wass'],
    ['a lower-case full name', 'wassenaar arrangement'],
    ['the acronym', 'WA'],
    ['a Chinese prefix', '瓦森'],
    ['the Chinese short name', '瓦森纳'],
    ['a typo in a Latin-script name', 'Wasenaar'],
    ['a typo in a longer query', 'Wassenar Arangement'],
  ])('finds the Wassenaar Arrangement first by %s (%s)', async (_what, text) => {
    const hits = await search(text);
    expect(hits[0]?.id).toBe(wassenaar);
  });

  it('finds a UN resolution by its document symbol', async () => {
    const id = await idOf(db, 'A/RES/79/239');
    const hits = await search('A/RES/79/239');
    expect(hits[0]?.id).toBe(id);
    expect(hits[0]?.kind).toBe('RESOLUTION');
  });

  it.each(['DeepSeek case', 'DeepSeek 案例', 'DeepSeek案例'])(
    "finds the report's DeepSeek case by %j",
    async (text) => {
      const hits = await search(text, { kinds: ['EVENT'] });
      expect(hits[0]?.id).toBe('event:deepseek-case');
    },
  );

  it('finds entities by English and Chinese names of the NPT', async () => {
    const npt = await idOf(db, 'NPT', 'TREATY');
    expect((await search('NPT'))[0]?.id).toBe(npt);
    const [{ nameZh } = { nameZh: '' }] = await db.read<{ nameZh: string }>({
      cypher: 'MATCH (n:Entity {id: $id}) RETURN n.nameZh AS nameZh',
      params: { id: npt },
    });
    expect((await search(nameZh))[0]?.id).toBe(npt);
  });

  it('answers a one-character Chinese query with entities whose names contain it', async () => {
    const hits = await search('芯');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits.slice(0, 3)) {
      expect([hit.nameZh, ...hit.aliases].join(' ')).toContain('芯');
    }
  });

  it('ranks an exact name or alias first, then prefixes, then the rest', async () => {
    const hits = await search('GPU');
    const gpu = await idOf(db, 'GPU');
    expect(hits[0]?.id).toBe(gpu);
    // Every hit whose name or alias equals the query comes before any that merely contains it.
    const exact = (h: Hit) => [h.name, h.nameZh, ...h.aliases].some((n) => n.toLowerCase() === 'gpu');
    const firstNonExact = hits.findIndex((h) => !exact(h));
    expect(hits.slice(firstNonExact).some(exact)).toBe(false);
  });

  it.each(['芯片', 'ai', 'export', 'chip', 'control'])(
    'ranks in tiers for %j: exact name, prefix (shortest name first), substring, then full-text',
    async (text) => {
      const hits = await search(text, { limit: 100 });
      const tiers = hits.map((hit) => tierOf(hit, text));
      expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
      const prefixLengths = hits.filter((_hit, i) => tiers[i] === 1).map((hit) => shortestPrefixed(hit, text));
      expect(prefixLengths).toEqual([...prefixLengths].sort((a, b) => a - b));
      expect(new Set(tiers).size).toBeGreaterThanOrEqual(2);
    },
  );

  it('reaches every tier for a Chinese word that is a name, a prefix, a substring and a summary word', async () => {
    const tiers = (await search('芯片', { limit: 100 })).map((hit) => tierOf(hit, '芯片'));
    expect(new Set(tiers)).toEqual(new Set([0, 1, 2, 3]));
  });

  it('reads every match of the seed: it has fewer entities than each index branch reads', async () => {
    // Above the cap, a branch would rank only the first NAME_CANDIDATES matches and answers could change.
    expect(await scalarCount(db)).toBeLessThan(NAME_CANDIDATES);
  });

  it.each(['a', '芯', 'export', 'GPU', '出口'])(
    'gives for %j a short page that begins the longer page',
    async (text) => {
      // A short page can be filled by the name tiers alone, and then the full-text tier is not asked: what it would
      // have found ranks below them, so the short page must still be the first hits of the long one.
      const long = (await search(text, { limit: 100 })).map((hit) => hit.id);
      for (const size of [1, 3, 10]) {
        expect((await search(text, { limit: size })).map((hit) => hit.id)).toEqual(long.slice(0, size));
      }
    },
  );

  it.each([
    ['arms', ['REGIME', 'TREATY']],
    ['芯', ['TECHNOLOGY']],
    ['export', ['CONTROL_MEASURE', 'AGENCY']],
  ])('filters %j by kinds %j exactly as the unfiltered answer would', async (text, kinds) => {
    const unfiltered = await search(text, { limit: 100 });
    expect(unfiltered.length).toBeLessThan(100); // the whole answer, not a page of it
    const all = unfiltered.filter((hit) => kinds.includes(hit.kind));
    expect(all.length).toBeGreaterThan(0);
    expect(all.length).toBeLessThan(unfiltered.length);
    const filtered = await search(text, { kinds, limit: 100 });
    expect(filtered.map((hit) => hit.id)).toEqual(all.map((hit) => hit.id));
  });

  it('ignores case and surrounding whitespace', async () => {
    expect((await search('  wASSENAAR  ')).map((h) => h.id)).toEqual((await search('Wassenaar')).map((h) => h.id));
  });

  it('is deterministic', async () => {
    for (const text of ['export control', '出口管制', 'ai', 'Wass']) {
      expect(await search(text, { limit: 50 })).toEqual(await search(text, { limit: 50 }));
    }
  });

  it('filters by kind and honours the limit', async () => {
    const hits = await search('a', { kinds: ['REGIME', 'TREATY'], limit: 7 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(7);
    for (const hit of hits) expect(['REGIME', 'TREATY']).toContain(hit.kind);
    expect((await search('Wass', { kinds: ['TECHNOLOGY'] })).map((h) => h.id)).not.toContain(wassenaar);
  });

  it('treats Lucene syntax in the text as plain text', async () => {
    for (const text of ['*', '*:*', 'nameEn:Wassenaar', '(((', 'Wass~', '"', '\\', 'AND', 'OR NOT']) {
      const result = await api.execute<{ search: Hit[] }>(SEARCH, { text });
      expect(result.errors, text).toBeUndefined();
    }
    const all = await scalarCount(db);
    expect((await search('*:*', { limit: 100 })).length).toBeLessThan(all);
  });

  it('rejects an empty or blank query with BAD_USER_INPUT', async () => {
    for (const text of ['', '   ', '\t\n']) {
      const error = expectCode(await api.execute(SEARCH, { text }), 'BAD_USER_INPUT');
      expect(error.message).toBe('text must not be empty or blank.');
      expect(error.extensions?.argumentName).toBe('text');
    }
  });

  it('rejects a limit outside 1..100 naming the argument and the range', async () => {
    for (const limit of [0, 101, -5]) {
      const error = expectCode(await api.execute(SEARCH, { text: 'WA', limit }), 'BAD_USER_INPUT');
      expect(error.message).toBe(`limit must be between 1 and 100, got ${limit}.`);
    }
  });

  it('rejects an unknown kind through the enum', async () => {
    const result = await api.execute(SEARCH, { text: 'WA', kinds: ['WEAPON'] });
    expectCode(result, 'BAD_USER_INPUT');
  });
});

const namesOf = (hit: Hit) => [hit.name, hit.nameZh, ...hit.aliases].map((name) => name.toLowerCase());

/** The tier a hit earns by its names alone: 0 one equals the text, 1 one starts with it, 2 one contains it, else 3. */
function tierOf(hit: Hit, text: string): number {
  const names = namesOf(hit);
  if (names.includes(text)) return 0;
  if (names.some((name) => name.startsWith(text))) return 1;
  return names.some((name) => name.includes(text)) ? 2 : 3;
}

function shortestPrefixed(hit: Hit, text: string): number {
  return Math.min(
    ...namesOf(hit)
      .filter((name) => name.startsWith(text))
      .map((name) => name.length),
  );
}

async function scalarCount(db: Db): Promise<number> {
  const [row] = await db.read<{ n: number }>({ cypher: 'MATCH (n:Entity) RETURN count(n) AS n', params: {} });
  return row?.n ?? 0;
}
