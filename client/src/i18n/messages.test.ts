import { describe, expect, it } from 'vitest';
import { KIND_STYLES } from '../graph/kinds';
import { ENTITY_KINDS, RELATION_TYPES } from '#domain';
import { htmlLang, LANG_STORAGE_KEY, rememberLang, rememberedLang } from './lang';
import { graphCounts, makeI18n, relationLabel } from './I18n';
import { format, MESSAGES, pluralForm, type MessageKey, type Plural } from './messages';

describe('messages', () => {
  it('translates every English string into Chinese, with the same placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const other = (m: string | Plural) => (typeof m === 'string' ? m : m.other);
    for (const [key, en] of Object.entries(MESSAGES.en)) {
      const zh = MESSAGES.zh[key as MessageKey];
      expect(typeof zh, key).toBe(typeof en);
      expect(placeholders(other(zh)), key).toEqual(placeholders(other(en)));
    }
  });

  it('has Chinese text in the Chinese dictionary', () => {
    const untranslated = Object.entries(MESSAGES.zh)
      .filter(([, v]) => !/[\u4e00-\u9fff]/.test(typeof v === 'string' ? v : v.other))
      .map(([k]) => k);
    // The switch reads in the other language; statsLine only joins two translated counts; listSeparator is the
    // Chinese enumeration comma (、), punctuation outside the range of ideographs.
    expect(untranslated).toEqual(['switchTo', 'statsLine', 'listSeparator']);
    expect(MESSAGES.zh.listSeparator).toBe('、');
  });

  it('picks the form for the count by the language’s plural rules', () => {
    const en = makeI18n('en');
    expect(en.t('hops', { count: 1 })).toBe('1 step');
    expect(en.t('hops', { count: 2 })).toBe('2 steps');
    expect(en.t('hops', { count: 0 })).toBe('0 steps');
    expect(en.t('pathsFound', { count: 1 })).toBe('The shortest path');
    expect(en.t('pathsFound', { count: 3 })).toBe('3 shortest paths');
    expect(en.t('missingFromLink', { count: 1 })).toBe('1 entity in this link is no longer in the atlas.');
    expect(en.t('canvasLabel', graphCounts(en.t, 1, 0))).toBe('Graph of 1 entity and 0 relationships');
    const zh = makeI18n('zh');
    expect(zh.t('hops', { count: 1 })).toBe('1 步');
    expect(zh.t('pathsFound', { count: 1 })).toBe('1 条最短路径');
    expect(zh.t('canvasLabel', graphCounts(zh.t, 3, 4))).toBe('包含 3 个实体和 4 条关系的图谱');
    // A language's categories come from Intl.PluralRules: a form it lacks falls back to `other`.
    expect(pluralForm({ one: 'a', other: 'b' }, 1, 'zh')).toBe('b');
  });

  it('uses every message somewhere in the client', () => {
    const sources = Object.entries(
      import.meta.glob('../**/*.{ts,tsx}', { query: '?raw', import: 'default', eager: true }),
    )
      .filter(
        ([file]) =>
          !file.endsWith('.test.ts') &&
          !file.endsWith('.test.tsx') &&
          !file.endsWith('/messages.ts') &&
          !file.includes('/i18n/areas/'),
      )
      .map(([, text]) => text)
      .join('\n');
    const unused = Object.keys(MESSAGES.en).filter((key) => !new RegExp(`\\b${key}\\b`).test(sources));
    expect(unused).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones', () => {
    expect(format('{a} of {b} ({c})', { a: 1, b: 'x' })).toBe('1 of x ({c})');
  });

  it('names every kind and relationship type in both languages', () => {
    for (const kind of ENTITY_KINDS) {
      expect(KIND_STYLES[kind].label.en).toBeTruthy();
      expect(KIND_STYLES[kind].label.zh).toMatch(/[\u4e00-\u9fff]/);
    }
    for (const type of Object.keys(RELATION_TYPES)) {
      expect(relationLabel(type, 'OUT', 'zh')).toMatch(/[\u4e00-\u9fff]/);
      expect(relationLabel(type, 'IN', 'en')).toBeTruthy();
    }
    const { kindLabel, relLabel, t } = makeI18n('zh');
    expect(kindLabel('TREATY')).toBe('条约');
    expect(relLabel('CONTROLLED_BY', 'IN')).toBe('管制');
    expect(t('statsLine', graphCounts(t, 3, 4))).toBe('3 个实体，4 条关系');
  });
});

describe('language memory', () => {
  it('prefers the stored language, then the browser’s', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => store.set(k, v),
    };
    expect(rememberedLang(storage, 'zh-CN')).toBe('zh');
    expect(rememberedLang(storage, 'de-DE')).toBe('en');
    rememberLang(storage, 'zh');
    expect(store.get(LANG_STORAGE_KEY)).toBe('zh');
    expect(rememberedLang(storage, 'en-US')).toBe('zh');
  });

  it('survives storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(rememberedLang(broken, undefined)).toBe('en');
    expect(() => {
      rememberLang(broken, 'en');
    }).not.toThrow();
    expect(htmlLang('zh')).toBe('zh-Hans');
    expect(htmlLang('en')).toBe('en');
  });
});
