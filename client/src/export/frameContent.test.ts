import { describe, expect, it } from 'vitest';
import { makeI18n } from '../i18n/I18n';
import { DEFAULT_FRAME, frameContent, legendEntries } from './frameContent';

const en = makeI18n('en');
const zh = makeI18n('zh');

describe('legendEntries', () => {
  it('lists each kind drawn once, in the fixed order of kinds, with its colour and shape', () => {
    expect(legendEntries(['REGIME', 'TECHNOLOGY', 'REGIME'], en)).toEqual([
      { label: 'Technology', color: '#1f77b4', shape: 'round-rectangle' },
      { label: 'Regime', color: '#d62728', shape: 'hexagon' },
    ]);
    expect(legendEntries(['TREATY', 'REGIME'], zh).map((e) => e.label)).toEqual(['条约', '管制机制']);
    expect(legendEntries([], en)).toEqual([]);
  });
});

describe('frameContent', () => {
  const data = { version: 'abcdef0123456789', date: '2026-12-02' };

  it('has the title, the legend and the source and version lines, in each language', () => {
    const content = frameContent({ ...DEFAULT_FRAME, title: '  Chips  ' }, ['TECHNOLOGY'], en, data);
    expect(content.title).toBe('Chips');
    expect(content.legend.map((e) => e.label)).toEqual(['Technology']);
    expect(content.footer).toEqual([
      'Source: The Export of Dual-Use Artificial Intelligence Technologies (UNIDO expert report) and the documents it cites',
      'Dual-Use AI Atlas, data version abcdef012345, 2026-12-02',
    ]);
    const chinese = frameContent(DEFAULT_FRAME, ['TECHNOLOGY'], zh, { version: null, date: '2026-12-02' });
    expect(chinese.title).toBeNull();
    expect(chinese.footer[0]).toMatch(/^来源：《出口军民两用的人工智能技术问题》/u);
    expect(chinese.footer[1]).toBe('两用人工智能图谱，数据版本 未知，2026-12-02');
  });

  it('leaves out what is not chosen', () => {
    expect(frameContent({ title: ' ', legend: false, source: false }, ['TECHNOLOGY'], en, data)).toEqual({
      title: null,
      legend: [],
      footer: [],
    });
  });
});
