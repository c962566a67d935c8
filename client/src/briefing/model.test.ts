import { describe, expect, it } from 'vitest';
import { REPORT_DOCUMENT_ID } from '#domain';
import {
  briefingIds,
  footnoteText,
  footnoteTexts,
  markdownFileName,
  requestedTitle,
  type BriefingSource,
} from './model';

const source: BriefingSource = {
  document: 'The report',
  documentZh: null,
  documentId: 'doc:report',
  section: 'Export controls',
  sectionEn: null,
  footnote: 15,
  quote: 'widely accepted',
  quoteEn: null,
  url: 'https://example.org/r',
  supplementary: false,
};

describe('briefing model', () => {
  it('uses the visible selection, else the visible entities', () => {
    expect(briefingIds(['a', 'x', 'a'], ['a', 'b'])).toEqual(['a']);
    expect(briefingIds([], ['a', 'b'])).toEqual(['a', 'b']);
    expect(briefingIds(['x'], ['a'])).toEqual(['a']);
    expect(
      briefingIds(
        [],
        Array.from({ length: 250 }, (_, i) => `n${String(i)}`),
      ),
    ).toHaveLength(200);
  });

  it('makes file names and titles', () => {
    expect(markdownFileName('Chips & regimes: 2024')).toBe('chips-regimes-2024.md');
    expect(markdownFileName('简报：瓦森纳')).toBe('简报-瓦森纳.md');
    expect(markdownFileName('  ***  ')).toBe('briefing.md');
    expect(requestedTitle('  My title ')).toBe('My title');
    expect(requestedTitle('   ')).toBeNull();
    expect(requestedTitle(null)).toBeNull();
    expect(requestedTitle('x'.repeat(300))).toHaveLength(200);
  });

  it('formats footnotes in both languages', () => {
    expect(footnoteText(source, 'en')).toEqual({
      where: 'The report, § Export controls, fn. 15',
      url: 'https://example.org/r',
      quote: '“widely accepted”',
      original: null,
      supplementary: false,
    });
    const zh = footnoteText({ ...source, footnote: null, quote: null, supplementary: true }, 'zh');
    expect(zh.where).toBe('《The report》，§ Export controls');
    expect(zh.quote).toBeNull();
    expect(zh.supplementary).toBe(true);
  });

  it("cites a Chinese quote in the atlas's translation in English, with the original; the original in Chinese", () => {
    const report: BriefingSource = {
      ...source,
      section: '规范两用人工智能技术出口的国际条约',
      sectionEn: 'International treaties',
      quote: '被42个国家承认',
      quoteEn: 'recognized by 42 states',
    };
    expect(footnoteText(report, 'en')).toMatchObject({
      where: 'The report, § International treaties, fn. 15',
      quote: '“recognized by 42 states”',
      original: '“被42个国家承认”',
    });
    expect(footnoteText({ ...report, document: '报告' }, 'zh')).toMatchObject({
      where: '《报告》，§ 规范两用人工智能技术出口的国际条约，脚注15',
      quote: '“被42个国家承认”',
      original: null,
    });
  });

  it('cites the report by its short title, a repeated document by its short title or ibid., in both languages', () => {
    const report: BriefingSource = {
      ...source,
      documentId: REPORT_DOCUMENT_ID,
      document: 'The Export of Dual-Use AI (UNIDO expert report)',
      documentZh: '出口军民两用的人工智能技术问题',
    };
    const web: BriefingSource = { ...source, documentId: 'doc:web', document: 'Wassenaar (website)', section: null };
    const list = [report, { ...report, footnote: 16 }, web, { ...report, footnote: 17 }, { ...web, footnote: 2 }];
    expect(footnoteTexts(list, 'en').map((t) => t.where)).toEqual([
      'UNIDO expert report, § Export controls, fn. 15',
      'Ibid., § Export controls, fn. 16',
      'Wassenaar (website), fn. 15',
      'UNIDO expert report, § Export controls, fn. 17',
      'Wassenaar (n. 3), fn. 2',
    ]);
    expect(footnoteTexts(list, 'zh').map((t) => t.where)).toEqual([
      '《专家报告》，§ Export controls，脚注15',
      '同上，§ Export controls，脚注16',
      '《Wassenaar (website)》，脚注15',
      '《专家报告》，§ Export controls，脚注17',
      '《Wassenaar》（见注3），脚注2',
    ]);
  });
});
