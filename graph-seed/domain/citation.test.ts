import { describe, expect, it } from 'vitest';
import { citationParts } from './citation';
import type { Source } from './source';

const REPORT: Source = {
  documentId: 'doc:unido-report',
  document: 'UNIDO expert report',
  documentZh: '出口军民两用的人工智能技术问题',
  section: '结论',
  sectionEn: 'Conclusion',
  footnote: 15,
  quote: '能够同时应用于民用和军用的技术被视为双重用途技术',
  quoteEn: 'Technologies that can be applied to both civilian and military uses are regarded as dual-use technologies',
  url: 'https://example.org/report',
  supplementary: false,
  note: 'checked 2025',
};

describe('citationParts', () => {
  it("cites for English readers by the atlas's translation, with the verbatim original kept", () => {
    expect(citationParts(REPORT, 'en')).toEqual({
      document: 'UNIDO expert report',
      documentIsZh: false,
      section: 'Conclusion',
      footnote: 15,
      url: 'https://example.org/report',
      quote: REPORT.quoteEn,
      original: REPORT.quote,
      supplementary: false,
      note: 'checked 2025',
    });
  });

  it('cites for Chinese readers by the original quote and heading and the Chinese title', () => {
    expect(citationParts(REPORT, 'zh')).toMatchObject({
      document: '出口军民两用的人工智能技术问题',
      documentIsZh: true,
      section: '结论',
      quote: REPORT.quote,
      original: null,
    });
  });

  it('shows a quote that needs no translation as it is, and falls back to the English title', () => {
    const english: Source = {
      documentId: 'doc:un-press',
      document: 'UN press release',
      section: null,
      footnote: null,
      quote: 'on 18 July',
      url: null,
      supplementary: true,
    };
    for (const lang of ['en', 'zh'] as const) {
      expect(citationParts(english, lang)).toEqual({
        document: 'UN press release',
        documentIsZh: false,
        section: null,
        footnote: null,
        url: null,
        quote: 'on 18 July',
        original: null,
        supplementary: true,
        note: null,
      });
    }
  });

  it('never shows a translation without its quote', () => {
    expect(citationParts({ ...REPORT, quote: null }, 'en')).toMatchObject({ quote: null, original: null });
  });
});
