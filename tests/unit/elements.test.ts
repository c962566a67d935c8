import { describe, expect, it } from 'vitest';
import { sentence, toElements } from '../../client/src/graph/elements';
import { KIND_STYLES } from '../../client/src/graph/kinds';
import { CAPTION_MIN_NODES } from '../../client/src/graph/lod';
import { NODE_SIZE } from '../../client/src/state/size';

const gpu = { id: 'tech:gpu', kind: 'TECHNOLOGY', nameEn: 'GPU', nameZh: '图形处理器' };
const chips = {
  id: 'measure:chips',
  kind: 'CONTROL_MEASURE',
  nameEn: 'Chip export restrictions',
  nameZh: '芯片出口限制',
};

describe('toElements', () => {
  it('maps nodes with kind colour and shape, and edges with the vocabulary verb', () => {
    const elements = toElements(
      [gpu, chips],
      [{ id: 'e1', type: 'CONTROLLED_BY', from: 'tech:gpu', to: 'measure:chips' }],
    );
    expect(elements).toEqual([
      {
        group: 'nodes',
        data: {
          id: 'tech:gpu',
          label: 'GPU',
          caption: 'GPU',
          kind: 'TECHNOLOGY',
          kindLabel: 'Technology',
          color: '#1f77b4',
          shape: 'round-rectangle',
          size: NODE_SIZE,
        },
        classes: '',
      },
      {
        group: 'nodes',
        data: {
          id: 'measure:chips',
          label: 'Chip export restrictions',
          caption: 'Chip export restrictions',
          kind: 'CONTROL_MEASURE',
          kindLabel: 'Control measure',
          color: '#ff7f0e',
          shape: 'diamond',
          size: NODE_SIZE,
        },
        classes: '',
      },
      {
        group: 'edges',
        data: {
          id: 'e1',
          source: 'tech:gpu',
          target: 'measure:chips',
          type: 'CONTROLLED_BY',
          label: 'is controlled by',
          sentence: 'GPU is controlled by Chip export restrictions',
        },
      },
    ]);
  });

  it('labels nodes and edges in Chinese, and marks pinned nodes', () => {
    const elements = toElements(
      [gpu, chips],
      [{ id: 'e1', type: 'CONTROLLED_BY', from: 'tech:gpu', to: 'measure:chips' }],
      {
        lang: 'zh',
        pinned: new Set(['tech:gpu']),
      },
    );
    expect(elements[0]).toMatchObject({ data: { label: '图形处理器', kindLabel: '技术' }, classes: 'pinned' });
    expect(elements[2]).toMatchObject({ data: { label: '受…管制', sentence: '图形处理器受芯片出口限制管制' } });
  });

  it('falls back to the other language when a name is missing', () => {
    const [node] = toElements([{ ...gpu, nameZh: '' }], [], { lang: 'zh' });
    expect(node?.data.label).toBe('GPU');
  });

  it('drops edges whose ends are not drawn', () => {
    const elements = toElements(
      [{ id: 'a', kind: 'CONCEPT', nameEn: 'A', nameZh: 'A' }],
      [{ id: 'e', type: 'RAISES', from: 'a', to: 'missing' }],
    );
    expect(elements.filter((e) => e.group === 'edges')).toHaveLength(0);
  });

  it('cuts long names short on the canvas only on large views, and keeps the whole name as the label', () => {
    const title = 'A/78/268 – Secretary-General report (2023): Current developments in science and technology';
    const doc = { id: 'doc:a', kind: 'DOCUMENT', nameEn: title, nameZh: title };
    const many = [doc, ...Array.from({ length: CAPTION_MIN_NODES }, (_, i) => ({ ...gpu, id: `tech:${String(i)}` }))];
    const [large] = toElements(many, []);
    expect(large?.data.label).toBe(title);
    expect(String(large?.data.caption)).toMatch(/^A\/78\/268 – Secretary-General report.*…$/);
    expect(String(large?.data.caption).length).toBeLessThan(title.length);
    const [small] = toElements(many.slice(0, CAPTION_MIN_NODES), []);
    expect(small?.data.caption).toBe(title);
  });

  it('gives every kind a distinct shape and colour', () => {
    const styles = Object.values(KIND_STYLES);
    expect(new Set(styles.map((s) => s.shape)).size).toBe(styles.length);
    expect(new Set(styles.map((s) => s.color)).size).toBe(styles.length);
  });
});

describe('sentence', () => {
  it('reads a relationship in English and in Chinese', () => {
    expect(sentence('NVIDIA H100', 'EXAMPLE_OF', 'GPU', 'en')).toBe('NVIDIA H100 is an example of GPU');
    expect(sentence('英伟达 H100', 'EXAMPLE_OF', '图形处理器', 'zh')).toBe('英伟达 H100是图形处理器的实例');
    expect(sentence('美国', 'EMPLOYS', '实体清单', 'zh')).toBe('美国采用实体清单');
    expect(sentence('A', 'UNKNOWN_TYPE', 'B', 'en')).toBe('A unknown type B');
  });
});
