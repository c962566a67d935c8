import { describe, expect, it } from 'vitest';
import { entityName } from './naming';

describe('entityName', () => {
  const gpu = { id: 'tech:gpu', nameEn: 'GPU', nameZh: '图形处理器' };

  it('names an entity in the language, falling back to the other name, then to the id', () => {
    expect(entityName(gpu, 'en')).toBe('GPU');
    expect(entityName(gpu, 'zh')).toBe('图形处理器');
    expect(entityName({ ...gpu, nameZh: '' }, 'zh')).toBe('GPU');
    expect(entityName({ ...gpu, nameEn: '', nameZh: '' }, 'en')).toBe('tech:gpu');
    expect(entityName({ nameEn: '', nameZh: '' }, 'en')).toBe('');
  });
});
