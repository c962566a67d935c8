import { describe, expect, it } from 'vitest';
import { hasPropertyLabel, PROPERTY_LABELS, propertyLabel, propertyValue } from './properties';

describe('property labels', () => {
  it('names every key of the table in English and in Chinese', () => {
    for (const [key, label] of Object.entries(PROPERTY_LABELS)) {
      expect(label.en, key).toMatch(/^[A-Z][A-Za-z ]+$/);
      expect(label.zh, key).toMatch(/^[\u4e00-\u9fff]+$/u);
    }
    expect(propertyLabel('participatingStates', 'en')).toBe('Participating states');
    expect(propertyLabel('reportCategory', 'zh')).toBe('报告类别');
  });

  it('spells out an unknown key in words, and does not read inherited keys as labels', () => {
    expect(propertyLabel('someNewKey', 'en')).toBe('Some new key');
    expect(hasPropertyLabel('toString')).toBe(false);
    expect(propertyLabel('toString', 'zh')).toBe('To string');
  });

  it('reads coded values and yes/no in the language, and keeps other values as they are', () => {
    expect(propertyValue('domain', 'dual', 'en')).toBe('Dual use');
    expect(propertyValue('domain', 'military', 'zh')).toBe('军用');
    expect(propertyValue('misuse', 'true', 'zh')).toBe('是');
    expect(propertyValue('language', 'zh', 'en')).toBe('Chinese');
    expect(propertyValue('symbol', 'A/RES/79/239', 'zh')).toBe('A/RES/79/239');
    expect(propertyValue('domain', 'constructor', 'en')).toBe('constructor');
  });
});
