import { describe, expect, it } from 'vitest';
import { apiLang, fromApiLang, inLang, LANGS, otherLang } from './lang';

describe('lang', () => {
  it('maps the interface language to the API enum and back', () => {
    expect(LANGS.map(apiLang)).toEqual(['EN', 'ZH']);
    expect(LANGS.map((lang) => fromApiLang(apiLang(lang)))).toEqual(LANGS);
  });

  it('reads anything but ZH from the API as English', () => {
    expect(fromApiLang('ZH')).toBe('zh');
    expect(fromApiLang('EN')).toBe('en');
    expect(fromApiLang(null)).toBe('en');
    expect(fromApiLang('zh')).toBe('en');
  });

  it('names the other language', () => {
    expect(otherLang('en')).toBe('zh');
    expect(otherLang('zh')).toBe('en');
  });

  it('picks the text in the language, else the other one, else null', () => {
    expect(inLang('zh', 'GPU', '图形处理器')).toBe('图形处理器');
    expect(inLang('en', 'GPU', '图形处理器')).toBe('GPU');
    expect(inLang('zh', 'GPU', '')).toBe('GPU');
    expect(inLang('en', null, '图形处理器')).toBe('图形处理器');
    expect(inLang('en', '', undefined)).toBeNull();
  });
});
