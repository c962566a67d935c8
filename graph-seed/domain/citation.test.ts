import { describe, expect, it } from 'vitest';
import { citationForms, citationParts, shortTitle } from './citation';
import { REPORT_DOCUMENT_ID } from './vocabulary';
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

describe('shortTitle', () => {
  it('gives the report its fixed short title in each language', () => {
    expect(shortTitle(REPORT_DOCUMENT_ID, 'The Export of Dual-Use AI (UNIDO expert report)', 'en')).toBe(
      'UNIDO expert report',
    );
    expect(shortTitle(REPORT_DOCUMENT_ID, '出口军民两用的人工智能技术问题', 'zh')).toBe('专家报告');
  });

  it('drops a trailing parenthesis and cuts a long title at a word', () => {
    expect(shortTitle('doc:w', 'The Wassenaar Arrangement (website)', 'en')).toBe('The Wassenaar Arrangement');
    expect(shortTitle('doc:w', '瓦森纳安排(网站)', 'zh')).toBe('瓦森纳安排');
    expect(
      shortTitle('doc:long', 'Recommendation on the Ethics of Artificial Intelligence, adopted in 2021', 'en'),
    ).toBe('Recommendation on the Ethics of…');
    expect(shortTitle('doc:long', '联合国教科文组织关于人工智能伦理问题的建议书全文', 'zh')).toBe(
      '联合国教科文组织关于人工智能…',
    );
    expect(shortTitle('doc:p', '(only a parenthesis)', 'en')).toBe('(only a parenthesis)');
  });
});

describe('citationForms', () => {
  it('cites a document in full once, by its short title after, and ibid. right after itself', () => {
    expect(citationForms(['doc:a', 'doc:b', 'doc:b', 'doc:a', 'doc:c', 'doc:a'])).toEqual([
      { form: 'full' },
      { form: 'full' },
      { form: 'ibid' },
      { form: 'short', firstNote: 1 },
      { form: 'full' },
      { form: 'short', firstNote: 1 },
    ]);
  });

  it('never cites the report in full: the source line names it, so its first footnote uses the short title', () => {
    expect(citationForms([REPORT_DOCUMENT_ID, REPORT_DOCUMENT_ID, 'doc:a', REPORT_DOCUMENT_ID])).toEqual([
      { form: 'short', firstNote: null },
      { form: 'ibid' },
      { form: 'full' },
      { form: 'short', firstNote: null },
    ]);
    expect(citationForms([])).toEqual([]);
  });
});
