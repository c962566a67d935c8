import { describe, expect, it } from 'vitest';
import { KIND_STYLES } from '../graph/kinds';
import { ENTITY_KINDS, RELATION_TYPES } from '#domain';
import { htmlLang, LANG_STORAGE_KEY, rememberLang, rememberedLang } from './lang';
import { makeI18n, relationLabel } from './I18n';
import { format, MESSAGES, pluralKey } from './messages';

describe('messages', () => {
  it('translates every English string into Chinese, with the same placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, en] of Object.entries(MESSAGES.en)) {
      const zh = MESSAGES.zh[key as keyof typeof MESSAGES.en];
      expect(zh, key).toBeTruthy();
      expect(placeholders(zh), key).toEqual(placeholders(en));
    }
  });

  it('has Chinese text in the Chinese dictionary', () => {
    const untranslated = Object.entries(MESSAGES.zh)
      .filter(([, v]) => !/[\u4e00-\u9fff]/.test(v))
      .map(([k]) => k);
    expect(untranslated).toEqual(['switchTo']);
  });

  it('picks the singular for a count of one, in both languages', () => {
    const en = makeI18n('en');
    expect(en.t(pluralKey('hops', 1), { n: 1 })).toBe('1 step');
    expect(en.t(pluralKey('hops', 2), { n: 2 })).toBe('2 steps');
    expect(en.t(pluralKey('pathsFound', 1), { count: 1 })).toBe('The shortest path');
    expect(en.t(pluralKey('pathsFound', 3), { count: 3 })).toBe('3 shortest paths');
    // A message without a singular form stays itself.
    expect(pluralKey('searchResults', 1)).toBe('searchResults');
    expect(makeI18n('zh').t(pluralKey('hops', 1), { n: 1 })).toBe('1 步');
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
    expect(t('statsLine', { nodes: 3, relationships: 4 })).toBe('3 个实体，4 条关系');
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
