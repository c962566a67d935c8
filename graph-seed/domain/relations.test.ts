import { describe, expect, it } from 'vitest';
import { relationLabel, relationPhrase, relationSpec } from './relations';

describe('relations as words', () => {
  it('reads a type from its start (verb) or its end (inverse), in either language', () => {
    expect(relationLabel('CONTROLLED_BY', 'OUT', 'en')).toBe('is controlled by');
    expect(relationLabel('CONTROLLED_BY', 'IN', 'en')).toBe('controls');
    expect(relationLabel('CONTROLLED_BY', 'OUT', 'zh')).toBe('受…管制');
    expect(relationLabel('CONTROLLED_BY', 'IN', 'zh')).toBe('管制');
  });

  it('gives back a type the vocabulary does not know, and no spec for it', () => {
    expect(relationLabel('UNKNOWN_TYPE', 'OUT', 'en')).toBe('UNKNOWN_TYPE');
    expect(relationSpec('toString')).toBeUndefined();
  });

  it('writes a sentence: spaces in English; in Chinese the object fills "…" or follows the verb', () => {
    expect(relationPhrase('NVIDIA H100', 'is an example of', 'GPU', 'en')).toBe('NVIDIA H100 is an example of GPU');
    expect(relationPhrase('英伟达 H100', '是…的实例', '图形处理器', 'zh')).toBe('英伟达 H100是图形处理器的实例');
    expect(relationPhrase('美国', '采用', '实体清单', 'zh')).toBe('美国采用实体清单');
  });
});
