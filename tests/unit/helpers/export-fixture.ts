/** A small graph with awkward text (quotes, newlines, CJK, XML and CSV metacharacters) for the serializer tests. */
import type { ExportGraph, Source } from '#domain';

export const TRICKY =
  'He said "stop", then <left> & \'came\' back;\nnext line\r\nand a tab\there — 瓦森纳《安排》 \\ end';

export const REPORT_SOURCE: Source = {
  documentId: 'doc:unido-report',
  document: 'The report',
  documentZh: '出口军民两用的人工智能技术问题',
  section: '各国为限制双重用途人工智能技术出口所采取的措施',
  footnote: 15,
  quote: '被42个国家承认为最广泛接受的国际两用技术协议之一',
  url: 'https://example.org/report?a=1&b=2',
  supplementary: false,
  note: null,
};

export const SUPPLEMENTARY_SOURCE: Source = {
  documentId: 'doc:supp',
  document: 'Vendor page, "specs"',
  documentZh: null,
  section: null,
  footnote: null,
  quote: null,
  url: 'https://example.org/vendor',
  supplementary: true,
  note: 'vendor list',
};

export const GRAPH: ExportGraph = {
  version: 'abc123def456',
  loadedAt: '2025-06-01T10:20:30.123Z',
  nodes: [
    {
      id: 'regime:wassenaar',
      kind: 'REGIME',
      nameEn: 'Wassenaar Arrangement',
      nameZh: '瓦森纳安排',
      summaryEn: TRICKY,
      summaryZh: '由42个参加国组成的多边出口管制机制',
      aliases: ['WA', '瓦森纳'],
      aliasesEn: ['WA'],
      aliasesZh: ['瓦森纳'],
      url: 'https://www.wassenaar.org/',
      noteEn: null,
      noteZh: null,
      properties: { participatingStates: 42 },
      sources: [REPORT_SOURCE],
    },
    {
      id: 'tech:nvidia-h100',
      kind: 'TECHNOLOGY',
      nameEn: 'NVIDIA "H100", <GPU> & co',
      nameZh: '英伟达 H100',
      summaryEn: 'A GPU, costly',
      summaryZh: null,
      aliases: ['H100'],
      url: null,
      noteEn: 'line one\nline two',
      sources: [REPORT_SOURCE, SUPPLEMENTARY_SOURCE],
    },
    {
      id: 'measure:control-lists',
      kind: 'CONTROL_MEASURE',
      nameEn: 'Control lists',
      nameZh: '管制清单',
      summaryEn: 'Lists.',
      summaryZh: '清单。',
      aliases: [],
      url: null,
      sources: [SUPPLEMENTARY_SOURCE],
    },
  ],
  edges: [
    {
      id: 'tech:nvidia-h100|CONTROLLED_BY|measure:control-lists',
      type: 'CONTROLLED_BY',
      from: 'tech:nvidia-h100',
      to: 'measure:control-lists',
      noteEn: 'Note with "quotes" & <tags>',
      sources: [REPORT_SOURCE],
    },
    {
      id: 'regime:wassenaar|EMPLOYS|measure:control-lists',
      type: 'EMPLOYS',
      from: 'regime:wassenaar',
      to: 'measure:control-lists',
      sources: [REPORT_SOURCE, SUPPLEMENTARY_SOURCE],
    },
  ],
};
