import { describe, expect, it } from 'vitest';
import { localizeSource } from './sourceText';

const report = {
  document: 'UNIDO expert report',
  documentZh: '出口军民两用的人工智能技术问题',
  section: '结论',
  sectionEn: 'Conclusion',
  quote: '能够同时应用于民用和军用的技术被视为双重用途技术',
  quoteEn: 'Technologies that can be applied to both civilian and military uses are regarded as dual-use technologies',
};

describe('localizeSource', () => {
  it("shows English readers the atlas's translation, with the verbatim original kept", () => {
    expect(localizeSource(report, 'en')).toEqual({
      document: 'UNIDO expert report',
      section: 'Conclusion',
      quote: report.quoteEn,
      original: report.quote,
    });
  });

  it('shows Chinese readers the original quote and heading and the Chinese title', () => {
    expect(localizeSource(report, 'zh')).toEqual({
      document: '出口军民两用的人工智能技术问题',
      section: '结论',
      quote: report.quote,
      original: null,
    });
  });

  it('shows a quote that needs no translation as it is, in both languages, and falls back to the English title', () => {
    const english = { document: 'UN press release', section: null, quote: 'on 18 July', quoteEn: null };
    expect(localizeSource(english, 'en')).toEqual({
      document: 'UN press release',
      section: null,
      quote: 'on 18 July',
      original: null,
    });
    expect(localizeSource(english, 'zh')).toEqual({
      document: 'UN press release',
      section: null,
      quote: 'on 18 July',
      original: null,
    });
    // A translation without a quote is never shown on its own.
    expect(localizeSource({ ...report, quote: null }, 'en').quote).toBeNull();
  });
});
