import { describe, expect, it } from 'vitest';
import { factsMarkdown, formatSource, type FactEntity } from './facts';

const source = {
  document: 'UNIDO expert report',
  documentId: 'doc:unido-report',
  section: '3.2',
  footnote: 14,
  quote: 'The Wassenaar Arrangement\n controls dual-use goods',
  url: 'https://example.org/report',
  supplementary: false,
  note: null,
};

const wassenaar: FactEntity = {
  id: 'regime:wassenaar',
  kind: 'REGIME',
  nameEn: 'Wassenaar Arrangement',
  nameZh: '瓦森纳安排',
  summary: 'A multilateral export control regime.',
  note: null,
  aliases: ['WA'],
  url: 'https://www.wassenaar.org',
  properties: [{ key: 'participatingStates', value: '42' }],
  sources: [source],
  relations: [
    {
      id: 'r1',
      type: 'EMPLOYS',
      direction: 'OUT',
      other: { id: 'measure:control-lists', kind: 'CONTROL_MEASURE', nameEn: 'Control lists', nameZh: '管制清单' },
      note: null,
      sources: [{ ...source, supplementary: true, url: null, section: null, footnote: null, note: 'checked 2025' }],
    },
  ],
};

describe('facts export', () => {
  it('formats a source with document link, section, footnote and quote', () => {
    expect(formatSource(source, 'en')).toBe(
      '[UNIDO expert report](https://example.org/report), § 3.2, footnote 14 — “The Wassenaar Arrangement controls dual-use goods”',
    );
    expect(formatSource({ ...source, url: null, quote: null, supplementary: true }, 'zh')).toBe(
      'UNIDO expert report, 章节：3.2, 脚注 14, (补充来源)',
    );
  });

  it("marks the atlas's translation of a Chinese quote in English and keeps the original; Chinese shows the original", () => {
    const report = {
      ...source,
      documentZh: '专家报告',
      section: '序言',
      sectionEn: 'Preface',
      quote: '技术的这种双重用途',
      quoteEn: 'This dual use of technology',
    };
    expect(formatSource(report, 'en')).toBe(
      '[UNIDO expert report](https://example.org/report), § Preface, footnote 14 — “This dual use of technology” ' +
        '(Translation by the atlas; original: “技术的这种双重用途”)',
    );
    expect(formatSource(report, 'zh')).toBe(
      '[专家报告](https://example.org/report), 章节：序言, 脚注 14 — “技术的这种双重用途”',
    );
  });

  it('writes each entity with both names, facts, sources and cited relationships', () => {
    const md = factsMarkdown([wassenaar], 'en', {
      url: 'http://localhost:4000/?n=regime:wassenaar',
      date: '2025-01-02',
    });
    expect(md).toBe(
      [
        '# Selected facts — Dual-Use AI Atlas',
        '',
        '_Exported 2025-01-02 from http://localhost:4000/?n=regime:wassenaar_',
        '',
        '## Wassenaar Arrangement (瓦森纳安排)',
        '',
        '- Kind: Regime',
        '- ID: `regime:wassenaar`',
        '- Also known as: WA',
        '- Website: https://www.wassenaar.org',
        '',
        'A multilateral export control regime.',
        '',
        '### Properties',
        '',
        '- Participating states: 42',
        '',
        '### Sources',
        '',
        '1. [UNIDO expert report](https://example.org/report), § 3.2, footnote 14 — “The Wassenaar Arrangement controls dual-use goods”',
        '',
        '### Relationships',
        '',
        '- Wassenaar Arrangement employs Control lists',
        '  - UNIDO expert report, (supplementary source) — “The Wassenaar Arrangement controls dual-use goods” (checked 2025)',
        '',
      ].join('\n'),
    );
  });

  it('writes Chinese headings in Chinese', () => {
    const md = factsMarkdown([{ ...wassenaar, note: '报告称其为条约' }], 'zh', { url: 'u', date: 'd' });
    expect(md).toMatch(/^# 所选事实——两用人工智能图谱/);
    expect(md).toContain('## 瓦森纳安排 (Wassenaar Arrangement)');
    expect(md).toContain('> 说明: 报告称其为条约');
    expect(md).toContain('- 瓦森纳安排采用管制清单');
    expect(md).toContain('- 参加国数目: 42');
  });
});
