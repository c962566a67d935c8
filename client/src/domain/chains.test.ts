import { describe, expect, it } from 'vitest';
import { chainText, numberCitations, toChain, type ChainPath } from './chains';

const src = (documentId: string, footnote: number | null, quote: string) => ({
  document: documentId.toUpperCase(),
  documentId,
  section: '2.1',
  footnote,
  quote,
  url: null,
  supplementary: false,
  note: null,
});

const h100 = { id: 'tech:h100', kind: 'TECHNOLOGY', nameEn: 'NVIDIA H100', nameZh: '英伟达 H100' };
const gpu = { id: 'tech:gpu', kind: 'TECHNOLOGY', nameEn: 'GPU', nameZh: '图形处理器' };
const measure = { id: 'measure:chips', kind: 'CONTROL_MEASURE', nameEn: 'Chip restrictions', nameZh: '芯片限制' };
const wassenaar = { id: 'regime:wassenaar', kind: 'REGIME', nameEn: 'Wassenaar Arrangement', nameZh: '瓦森纳安排' };

const path: ChainPath = {
  nodes: [h100, gpu, measure, wassenaar],
  edges: [
    {
      id: 'e1',
      type: 'EXAMPLE_OF',
      from: 'tech:h100',
      to: 'tech:gpu',
      sources: [src('doc:report', 3, 'GPUs (NVIDIA H100)')],
    },
    {
      id: 'e2',
      type: 'CONTROLLED_BY',
      from: 'tech:gpu',
      to: 'measure:chips',
      sources: [src('doc:report', 7, 'chips are restricted'), src('doc:report', 3, 'GPUs (NVIDIA H100)')],
    },
    { id: 'e3', type: 'EMPLOYS', from: 'regime:wassenaar', to: 'measure:chips', sources: [] },
  ],
};

describe('sentence chains', () => {
  it('numbers distinct sources in reading order across paths', () => {
    const { citations, numberOf } = numberCitations([path, path]);
    expect(citations.map((c) => [c.n, c.footnote])).toEqual([
      [1, 3],
      [2, 7],
    ]);
    expect(numberOf(src('doc:report', 7, 'chips are restricted'))).toBe(2);
    expect(numberOf(src('doc:other', 1, 'x'))).toBe(0);
  });

  it('keeps apart two citations of one quote that differ in note or URL, so neither is lost from the list', () => {
    const quoted = src('doc:report', 3, 'GPUs (NVIDIA H100)');
    const noted = { ...quoted, note: 'checked 2025' };
    const linked = { ...quoted, url: 'https://example.org/report' };
    const edge = { id: 'e1', type: 'EXAMPLE_OF', from: 'tech:h100', to: 'tech:gpu', sources: [quoted, noted, linked] };
    const { citations, numberOf } = numberCitations([{ nodes: [h100, gpu], edges: [edge] }]);
    expect(citations.map((c) => [c.n, c.note, c.url])).toEqual([
      [1, null, null],
      [2, 'checked 2025', null],
      [3, null, 'https://example.org/report'],
    ]);
    expect([quoted, noted, linked].map(numberOf)).toEqual([1, 2, 3]);
  });

  it('reads each hop in the walking direction, inverse verbs for edges that point back', () => {
    const { numberOf } = numberCitations([path]);
    const chain = toChain(path, 'en', numberOf);
    expect(chain?.hops.map((h) => [h.label, h.direction, h.citations])).toEqual([
      ['is an example of', 'OUT', [1]],
      ['is controlled by', 'OUT', [2, 1]],
      ['is employed by', 'IN', []],
    ]);
    expect(chain && chainText(chain, 'en')).toBe(
      'NVIDIA H100 —is an example of[1]→ GPU —is controlled by[2][1]→ Chip restrictions —is employed by→ Wassenaar Arrangement',
    );
  });

  it('reads in Chinese', () => {
    const chain = toChain(path, 'zh');
    expect(chain && chainText(chain, 'zh')).toBe(
      '英伟达 H100 —是…的实例→ 图形处理器 —受…管制→ 芯片限制 —被…采用→ 瓦森纳安排',
    );
  });

  it('returns null for an empty path', () => {
    expect(toChain({ nodes: [], edges: [] }, 'en')).toBeNull();
  });
});
