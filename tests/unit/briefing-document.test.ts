// The briefing document builder: every fact footnoted, footnotes numbered 1..N in order of first use without gaps,
// shared sources sharing a number, Chinese names and verbs in Chinese, supplementary sources marked.
import { describe, expect, it } from 'vitest';
import { buildBriefing, defaultTitle, escapeMarkdown, relationSentence } from '../../server/src/briefing/document';
import type {
  BriefingDocument,
  BriefingEntityInput,
  BriefingInput,
  BriefingSourceInput,
} from '../../server/src/briefing/document';

const REPORT_A: BriefingSourceInput = {
  documentId: 'doc:unido-report',
  document: 'The Export of Dual-Use AI (UNIDO expert report)',
  documentZh: '出口军民两用的人工智能技术问题',
  section: '哪些人工智能技术属于"双重用途"?',
  footnote: null,
  quote: '图形处理器 (NVIDIA A100、H100; AMD MI300)',
  url: null,
  supplementary: false,
  note: null,
};
const REPORT_B: BriefingSourceInput = {
  ...REPORT_A,
  section: '规范两用人工智能技术出口的国际条约',
  footnote: 15,
  quote: '被42个国家承认为最广泛接受的国际两用技术协议之一',
};
const WEB: BriefingSourceInput = {
  documentId: 'doc:wassenaar-website',
  document: 'The Wassenaar Arrangement (website)',
  documentZh: '瓦森纳安排(网站)',
  section: null,
  footnote: 16,
  quote: null,
  url: 'https://www.wassenaar.org/',
  supplementary: true,
  note: null,
};

const H100: BriefingEntityInput = {
  id: 'tech:nvidia-h100',
  kind: 'TECHNOLOGY',
  nameEn: 'NVIDIA H100',
  nameZh: '英伟达 H100',
  summaryEn: "NVIDIA's Hopper-generation data-centre GPU",
  summaryZh: '英伟达Hopper架构数据中心图形处理器',
  sources: [REPORT_A],
};
const GPU: BriefingEntityInput = {
  id: 'tech:gpu',
  kind: 'TECHNOLOGY',
  nameEn: 'GPU',
  nameZh: '图形处理器(GPU)',
  summaryEn: 'Graphics processing units.',
  summaryZh: '图形处理器。',
  sources: [REPORT_A],
};
const WASSENAAR: BriefingEntityInput = {
  id: 'regime:wassenaar',
  kind: 'REGIME',
  nameEn: 'Wassenaar Arrangement',
  nameZh: '瓦森纳安排',
  summaryEn: 'Multilateral export-control regime of 42 participating States.',
  summaryZh: '由42个参加国组成的多边出口管制机制。',
  noteEn: 'The report counts 42 states; the regime itself lists them.',
  noteZh: '报告称有42个国家。',
  sources: [REPORT_B, WEB],
};
const UNSOURCED: BriefingEntityInput = {
  id: 'concept:unsourced',
  kind: 'CONCEPT',
  nameEn: 'Unsourced',
  nameZh: '无来源',
  summaryEn: 'Nothing supports this.',
  summaryZh: '无。',
  sources: [],
};

const INPUT: BriefingInput = {
  selection: [WASSENAAR, H100, GPU, UNSOURCED],
  related: [
    { id: 'measure:control-lists', kind: 'CONTROL_MEASURE', nameEn: 'Control lists', nameZh: '管制清单' },
    { id: 'org:nvidia', kind: 'ORGANIZATION', nameEn: 'NVIDIA', nameZh: '英伟达' },
  ],
  relations: [
    { id: 'r:employs', type: 'EMPLOYS', from: 'regime:wassenaar', to: 'measure:control-lists', sources: [REPORT_B] },
    { id: 'r:developed', type: 'DEVELOPED_BY', from: 'tech:nvidia-h100', to: 'org:nvidia', sources: [WEB, REPORT_A] },
    { id: 'r:example', type: 'EXAMPLE_OF', from: 'tech:nvidia-h100', to: 'tech:gpu', sources: [REPORT_A] },
    { id: 'r:unsourced', type: 'USED_FOR', from: 'tech:gpu', to: 'org:nvidia', sources: [] },
  ],
  lang: 'EN',
  asOf: '2025-06-01',
  version: 'abc123def456',
};

/** The footnote numbers referenced in the body, in order of appearance, and the definitions, in order. */
function footnoteStructure(markdown: string): { references: number[]; definitions: number[] } {
  const definitionLines = markdown.split('\n').filter((line) => /^\[\^\d+\]: /.test(line));
  const body = markdown
    .split('\n')
    .filter((line) => !/^\[\^\d+\]: /.test(line))
    .join('\n');
  return {
    references: [...body.matchAll(/\[\^(\d+)\]/g)].map((m) => Number(m[1])),
    definitions: definitionLines.map((line) => Number(/^\[\^(\d+)\]/.exec(line)?.[1])),
  };
}

function expectWellFootnoted(doc: BriefingDocument): void {
  const allFacts = doc.sections.flatMap((s) => s.facts);
  expect(allFacts.length).toBeGreaterThan(0);
  for (const fact of allFacts) {
    expect(fact.footnotes.length, fact.text).toBeGreaterThan(0);
    expect(fact.footnote).toBe(fact.footnotes[0]);
    for (const n of fact.footnotes) {
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(doc.footnotes.length);
    }
  }
  // Footnotes are 1..N without gaps, each defined once, in order of first use in the body.
  const { references, definitions } = footnoteStructure(doc.markdown);
  const n = doc.footnotes.length;
  expect(definitions).toEqual(Array.from({ length: n }, (_, i) => i + 1));
  expect(doc.footnotes.map((f) => f.number)).toEqual(definitions);
  expect(doc.citations).toHaveLength(n);
  const firstUse = [...new Set(references)];
  expect(firstUse).toEqual(definitions);
  // Every fact is a line of the Markdown (a paragraph or a bullet) ending with its footnote markers; removing the
  // backslash escapes gives back the fact's text.
  const lines = doc.markdown.split('\n').map((line) => line.replace(/\\(.)/g, '$1'));
  for (const fact of allFacts) {
    const markers = fact.footnotes.map((f) => `[^${f}]`).join('');
    expect(lines.filter((l) => l === `${fact.text}${markers}` || l === `- ${fact.text}${markers}`)).not.toEqual([]);
  }
}

describe('buildBriefing (English)', () => {
  const doc = buildBriefing(INPUT);

  it('footnotes every fact, numbering footnotes 1..N without gaps in order of first use', () => {
    expectWellFootnoted(doc);
  });

  it('gives a source cited by several facts one number', () => {
    const keyOf = (f: (typeof doc.footnotes)[number]) =>
      JSON.stringify([f.documentId, f.section, f.footnote, f.quote, f.url, f.supplementary]);
    expect(new Set(doc.footnotes.map(keyOf)).size).toBe(doc.footnotes.length);
    expect(doc.footnotes).toHaveLength(3); // REPORT_B, WEB, REPORT_A — each once
    const h100 = doc.sections.find((s) => s.id === 'tech:nvidia-h100');
    const gpu = doc.sections.find((s) => s.id === 'tech:gpu');
    expect(h100?.facts[0]?.footnote).toBe(gpu?.facts[0]?.footnote);
  });

  it('states relationships with the vocabulary verb, those among the selection first', () => {
    const h100 = doc.sections.find((s) => s.id === 'tech:nvidia-h100');
    expect(h100?.facts.map((f) => f.text)).toEqual([
      "NVIDIA's Hopper-generation data-centre GPU.",
      'NVIDIA H100 is an example of GPU.',
      'NVIDIA H100 is developed or provided by NVIDIA.',
    ]);
    expect(h100?.facts[1]).toMatchObject({ kind: 'RELATIONSHIP', relationId: 'r:example', otherId: 'tech:gpu' });
    expect(doc.markdown).toContain('- NVIDIA H100 is an example of GPU.[^3]');
  });

  it('leaves out facts without a source instead of showing them uncited', () => {
    expect(doc.markdown).not.toContain('Nothing supports this');
    expect(doc.sections.find((s) => s.id === 'concept:unsourced')?.facts).toEqual([]);
    expect(doc.sections.flatMap((s) => s.facts).some((f) => f.relationId === 'r:unsourced')).toBe(false);
  });

  it('writes the header: title, as-of date, data version and the source line', () => {
    expect(doc.title).toBe('Briefing: Wassenaar Arrangement, NVIDIA H100, GPU and 1 more');
    const lines = doc.markdown.split('\n');
    expect(lines[0]).toBe('# Briefing: Wassenaar Arrangement, NVIDIA H100, GPU and 1 more');
    expect(doc.markdown).toContain('As of 2025-06-01 · data version `abc123def456`');
    expect(doc.markdown).toContain(
      'Source: *The Export of Dual-Use Artificial Intelligence Technologies (UNIDO expert report)* ' +
        '(cited below as *UNIDO expert report*) and the documents it cites.',
    );
    expect(doc.sourceLine).toMatch(
      /^Source: The Export of Dual-Use Artificial Intelligence Technologies \(UNIDO expert report\) \(cited below as UNIDO expert report\) and the documents it cites\./u,
    );
    expect(doc.asOf).toBe('2025-06-01');
    expect(doc.seedVersion).toBe('abc123def456');
  });

  it('cites document, section, footnote number, URL and quote, and marks supplementary sources', () => {
    expect(doc.markdown).toContain(
      '[^1]: *UNIDO expert report*, § 规范两用人工智能技术出口的国际条约, fn. 15: ' +
        '“被42个国家承认为最广泛接受的国际两用技术协议之一”',
    );
    expect(doc.markdown).toContain(
      '[^2]: *The Wassenaar Arrangement (website)*, fn. 16, <https://www.wassenaar.org/> (supplementary source)',
    );
    expect(doc.citations[1]).toBe(
      'The Wassenaar Arrangement (website), fn. 16, https://www.wassenaar.org/ (supplementary source)',
    );
    expect(doc.footnotes[1]).toMatchObject({ supplementary: true, url: 'https://www.wassenaar.org/', footnote: 16 });
  });

  it('includes the graph’s note on an entity as a footnoted fact', () => {
    const wassenaar = doc.sections[0];
    expect(wassenaar?.facts[1]).toMatchObject({ kind: 'NOTE', footnotes: [1, 2] });
    expect(wassenaar?.facts[1]?.text).toBe('Note: The report counts 42 states; the regime itself lists them.');
  });

  it('draws a Mermaid diagram of the selection and the relationships stated', () => {
    expect(doc.markdown).toContain('```mermaid\nflowchart LR\n');
    expect(doc.markdown).toContain('n0[["Wassenaar Arrangement"]]');
    expect(doc.markdown).toMatch(/n\d -->\|"is an example of"\| n\d/);
    expect(doc.markdown).not.toContain('is used for');
  });

  it('uses a given title, escaping Markdown in it and in the text', () => {
    const custom = buildBriefing({
      ...INPUT,
      title: 'My *briefing* [draft]',
      selection: [{ ...GPU, nameEn: 'GPU_[x]', summaryEn: '2024. A chip costing $1 <b>, ~~cheap~~' }],
      relations: [],
    });
    expect(custom.title).toBe('My *briefing* [draft]');
    expect(custom.markdown.split('\n')[0]).toBe('# My \\*briefing\\* \\[draft\\]');
    expect(custom.markdown).toContain('## GPU\\_\\[x\\]');
    expect(custom.markdown).toContain('2024\\. A chip costing \\$1 \\<b\\>, \\~\\~cheap\\~\\~.[^1]');
    expectWellFootnoted(custom);
  });
});

describe('buildBriefing (Chinese)', () => {
  const doc = buildBriefing({ ...INPUT, lang: 'ZH' });

  it('footnotes every fact with the same numbering rules', () => {
    expectWellFootnoted(doc);
  });

  it('uses Chinese names, summaries and verbs, with the object in place of "…"', () => {
    expect(doc.title).toBe('简报：瓦森纳安排、英伟达 H100、图形处理器(GPU)等4项');
    const h100 = doc.sections.find((s) => s.id === 'tech:nvidia-h100');
    expect(h100?.name).toBe('英伟达 H100');
    expect(h100?.otherName).toBe('NVIDIA H100');
    expect(h100?.facts.map((f) => f.text)).toEqual([
      '英伟达Hopper架构数据中心图形处理器。',
      '英伟达 H100是图形处理器(GPU)的实例。',
      '英伟达 H100由英伟达开发或提供。',
    ]);
    expect(doc.markdown).toContain('- 瓦森纳安排采用管制清单。[^1]');
    expect(doc.markdown).toContain('截至 2025-06-01 · 数据版本 `abc123def456`');
    expect(doc.markdown).toContain('## 关系图');
    expect(doc.markdown).toContain('**主要关系**');
    expect(doc.markdown).not.toContain('Key relationships');
  });

  it('cites documents by their Chinese titles with 脚注 numbers, and marks supplementary sources 补充来源', () => {
    expect(doc.markdown).toContain(
      '[^1]: 《专家报告》，§ 规范两用人工智能技术出口的国际条约，脚注15：“被42个国家承认为最广泛接受的国际两用技术协议之一”',
    );
    expect(doc.markdown).toContain('来源：《出口军民两用的人工智能技术问题》（下称《专家报告》）及其引用的文献。');
    expect(doc.markdown).toContain('[^2]: 《瓦森纳安排(网站)》，脚注16，<https://www.wassenaar.org/>（补充来源）');
    expect(doc.footnotes[0]?.document).toBe('出口军民两用的人工智能技术问题');
  });
});

describe('sentences and titles', () => {
  it('reads relationships from their start in both languages', () => {
    expect(relationSentence('NVIDIA H100', 'EXAMPLE_OF', 'GPU', 'EN')).toBe('NVIDIA H100 is an example of GPU.');
    expect(relationSentence('英伟达 H100', 'EXAMPLE_OF', '图形处理器(GPU)', 'ZH')).toBe(
      '英伟达 H100是图形处理器(GPU)的实例。',
    );
    expect(relationSentence('瓦森纳安排', 'EMPLOYS', '管制清单', 'ZH')).toBe('瓦森纳安排采用管制清单。');
    expect(relationSentence('A', 'CONTROLLED_BY', 'B Inc.', 'EN')).toBe('A is controlled by B Inc.');
  });

  it('names at most three entities in the default title', () => {
    expect(defaultTitle(['A', 'B'], 'EN')).toBe('Briefing: A, B');
    expect(defaultTitle(['甲', '乙', '丙', '丁', '戊'], 'ZH')).toBe('简报：甲、乙、丙等5项');
  });
});

describe('escapeMarkdown', () => {
  it('escapes characters that start emphasis, code, links, footnotes, HTML or math, and entity-like &', () => {
    expect(escapeMarkdown('a*b_c`d[^1]e<f>g~h$i|j\\k')).toBe('a\\*b\\_c\\`d\\[^1\\]e\\<f\\>g\\~h\\$i\\|j\\\\k');
    expect(escapeMarkdown('AT&T &amp; co')).toBe('AT&T \\&amp; co');
    expect(escapeMarkdown('line\nbreak  and   spaces')).toBe('line break and spaces');
    expect(escapeMarkdown('瓦森纳安排“双重用途”')).toBe('瓦森纳安排“双重用途”');
  });
});

describe("buildBriefing with the atlas's translations", () => {
  const TRANSLATED: BriefingSourceInput = {
    ...REPORT_B,
    sectionEn: 'International treaties governing the export of dual-use artificial intelligence technologies',
    quoteEn:
      'recognized by 42 states as one of the most widely accepted international agreements on dual-use technology',
  };
  const input: BriefingInput = {
    ...INPUT,
    selection: [{ ...WASSENAAR, sources: [TRANSLATED, WEB] }],
    relations: [],
  };

  it('cites the translation in English, marked as the atlas’s, with the original beside it', () => {
    const doc = buildBriefing(input);
    expect(doc.markdown).toContain(
      '[^1]: *UNIDO expert report*, § International treaties governing the export of ' +
        'dual-use artificial intelligence technologies, fn. 15: “recognized by 42 states as one of the most widely ' +
        'accepted international agreements on dual-use technology” (translation by the atlas; original: ' +
        '“被42个国家承认为最广泛接受的国际两用技术协议之一”)',
    );
    expect(doc.citations[0]).toContain(
      '(translation by the atlas; original: “被42个国家承认为最广泛接受的国际两用技术协议之一”)',
    );
    // The structured footnote keeps the verbatim original in quote and section, the translations beside them.
    expect(doc.footnotes[0]).toMatchObject({
      quote: '被42个国家承认为最广泛接受的国际两用技术协议之一',
      quoteEn: TRANSLATED.quoteEn,
      section: '规范两用人工智能技术出口的国际条约',
      sectionEn: TRANSLATED.sectionEn,
    });
    // An English source has no translation, and its footnote says none.
    expect(doc.footnotes[1]).toMatchObject({ quoteEn: null, sectionEn: null });
    expect(doc.markdown).toContain("Quotes from the Chinese report are given in the atlas's English translation");
  });

  it('cites the original alone in Chinese', () => {
    const doc = buildBriefing({ ...input, lang: 'ZH' });
    expect(doc.markdown).toContain(
      '[^1]: 《专家报告》，§ 规范两用人工智能技术出口的国际条约，脚注15：“被42个国家承认为最广泛接受的国际两用技术协议之一”\n',
    );
    expect(doc.markdown).not.toContain('recognized by 42 states');
  });
});

describe('short repeated citations', () => {
  const REPORT_C: BriefingSourceInput = { ...REPORT_A, footnote: 3, quote: '云计算服务' };
  const WEB_17: BriefingSourceInput = { ...WEB, footnote: 17 };
  const WEB_18: BriefingSourceInput = { ...WEB, footnote: 18 };
  const input: BriefingInput = {
    ...INPUT,
    selection: [
      { ...WASSENAAR, noteEn: null, noteZh: null, sources: [REPORT_B, REPORT_A, WEB, WEB_17, REPORT_C, WEB_18] },
    ],
    relations: [],
  };

  it('names the report in full once (the source line), then by its short title or Ibid.; other documents once in full', () => {
    const doc = buildBriefing(input);
    expect(doc.citations).toEqual([
      'UNIDO expert report, § 规范两用人工智能技术出口的国际条约, fn. 15: “被42个国家承认为最广泛接受的国际两用技术协议之一”',
      'Ibid., § 哪些人工智能技术属于"双重用途"?: “图形处理器 (NVIDIA A100、H100; AMD MI300)”',
      'The Wassenaar Arrangement (website), fn. 16, https://www.wassenaar.org/ (supplementary source)',
      'Ibid., fn. 17, https://www.wassenaar.org/ (supplementary source)',
      'UNIDO expert report, § 哪些人工智能技术属于"双重用途"?, fn. 3: “云计算服务”',
      'The Wassenaar Arrangement (n. 3), fn. 18, https://www.wassenaar.org/ (supplementary source)',
    ]);
    expect(doc.markdown.split('The Export of Dual-Use Artificial Intelligence Technologies')).toHaveLength(2);
    expect(doc.markdown).toContain('[^2]: Ibid., § ');
    expect(doc.markdown).toContain('[^6]: *The Wassenaar Arrangement* (n. 3), fn. 18');
  });

  it('uses 同上 and the short title with 见注 in Chinese', () => {
    const doc = buildBriefing({ ...input, lang: 'ZH' });
    expect(doc.citations[0]).toMatch(/^《专家报告》，§ /u);
    expect(doc.citations[1]).toMatch(/^同上，§ /u);
    expect(doc.citations[2]).toMatch(/^《瓦森纳安排\(网站\)》，脚注16/u);
    expect(doc.citations[3]).toMatch(/^同上，脚注17/u);
    expect(doc.citations[5]).toMatch(/^《瓦森纳安排》（见注3），脚注18/u);
    expect(doc.markdown.split('出口军民两用的人工智能技术问题')).toHaveLength(2);
  });
});

describe('a dated entity in a briefing', () => {
  const FR: BriefingSourceInput = {
    documentId: 'doc:supp-fr-ai-diffusion-2025',
    document: 'Framework for Artificial Intelligence Diffusion (90 FR 4544)',
    documentZh: null,
    section: null,
    footnote: null,
    quote: 'This interim final rule is effective January 13, 2025.',
    url: 'https://www.federalregister.gov/d/2025-00636',
    supplementary: true,
    note: null,
  };
  const RESCISSION: BriefingSourceInput = { ...FR, quote: 'rescission', url: 'https://www.bis.gov/' };
  const RULE: BriefingEntityInput = {
    id: 'regime:rule',
    kind: 'REGIME',
    nameEn: 'AI diffusion rule',
    nameZh: '人工智能扩散规则',
    summaryEn: 'A rule.',
    summaryZh: '一项规则。',
    sources: [FR],
    validFrom: '2025-01-13',
    validTo: '2025-05-12',
    validFromSources: [FR],
    validToSources: [RESCISSION],
  };
  const briefOn = (asOf: string, lang: 'EN' | 'ZH' = 'EN') =>
    buildBriefing({ selection: [RULE], related: [], relations: [], lang, asOf, version: null, dataDate: '2026-12-01' });

  it('says when it holds, cites both ends, and holds on a day inside its period', () => {
    const doc = briefOn('2025-03-01');
    const [section] = doc.sections;
    const validity = section?.facts.find((f) => f.kind === 'VALIDITY');
    expect(validity?.text).toBe('Valid from 2025-01-13 to 2025-05-12.');
    expect(validity?.footnotes).toHaveLength(2);
    expect(section?.validOnAsOf).toBe(true);
    expect(doc.markdown).toContain('As of 2025-03-01 · data of 2026-12-01');
  });

  it('says it no longer holds after its last day, and not yet before its first', () => {
    const after = briefOn('2025-05-13').sections[0];
    expect(after?.validOnAsOf).toBe(false);
    expect(after?.facts.find((f) => f.kind === 'VALIDITY')?.text).toContain('No longer valid on 2025-05-13.');
    const before = briefOn('2025-01-12').sections[0];
    expect(before?.validOnAsOf).toBe(false);
    expect(before?.facts.find((f) => f.kind === 'VALIDITY')?.text).toContain('Not yet valid on 2025-01-12.');
    expect(briefOn('2025-05-13', 'ZH').sections[0]?.facts.find((f) => f.kind === 'VALIDITY')?.text).toBe(
      '有效期：2025-01-13至2025-05-12。于2025-05-13已失效。',
    );
  });
});
