import { describe, expect, it } from 'vitest';
import { KIND_NAMES, kindName } from './kinds';
import { ENTITY_KINDS } from './vocabulary';

describe('kind names', () => {
  it('names every kind of the vocabulary in English and in Chinese', () => {
    expect(Object.keys(KIND_NAMES).sort()).toEqual([...ENTITY_KINDS].sort());
    for (const kind of ENTITY_KINDS) {
      expect(kindName(kind, 'en')).toMatch(/^[A-Z][a-z ]+$/);
      expect(kindName(kind, 'zh')).toMatch(/^[\u4e00-\u9fff]+$/);
    }
  });

  it('gives undefined for a kind the vocabulary does not know, including inherited keys', () => {
    expect(kindName('NOPE', 'en')).toBeUndefined();
    expect(kindName('toString', 'en')).toBeUndefined();
    expect(kindName('CONTROL_MEASURE', 'zh')).toBe('管制措施');
  });
});
