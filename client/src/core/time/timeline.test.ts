import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../api/matrix';
import { dayNumber, eventSubject, timelineIds, timelineLayout } from './timeline';

const h100 = { id: 'tech:nvidia-h100', kind: 'TECHNOLOGY', nameEn: 'NVIDIA H100', nameZh: '英伟达 H100' } as const;
const rule = { id: 'regime:us-2022', kind: 'REGIME', nameEn: 'US rule of 2022', nameZh: '美国 2022 年规则' } as const;

function event(date: string, written: string, change: 'STARTS' | 'ENDS', edge = false): TimelineEvent {
  return {
    date,
    written,
    change,
    entity: edge ? null : rule,
    edge: edge ? { id: 'e1', type: 'CONTROLLED_BY', from: h100.id, to: rule.id } : null,
    subjects: edge ? [h100, rule] : [rule],
    sources: [],
  };
}

describe('timelineLayout', () => {
  it('places each day once, in order, between 0 and 1', () => {
    const layout = timelineLayout([
      event('2018-01-01', '2018', 'STARTS'),
      event('2022-10-07', '2022-10-07', 'STARTS'),
      event('2022-10-07', '2022-10-07', 'STARTS', true),
      event('2025-05-13', '2025-05-12', 'ENDS'),
    ]);
    expect(layout?.marks.map((m) => [m.date, m.events.length])).toEqual([
      ['2018-01-01', 1],
      ['2022-10-07', 2],
      ['2025-05-13', 1],
    ]);
    const positions = layout?.marks.map((m) => m.position) ?? [];
    expect(positions.every((p) => p > 0 && p < 1)).toBe(true);
    expect([...positions].sort()).toEqual(positions);
    expect(layout?.ticks.map((t) => t.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  });

  it('moves close marks down a lane, up to the last lane', () => {
    const layout = timelineLayout(
      [
        event('2020-01-01', '2020', 'STARTS'),
        event('2020-01-02', '2020-01-02', 'STARTS'),
        event('2020-01-03', '2020-01-03', 'STARTS'),
        event('2020-01-04', '2020-01-04', 'STARTS'),
        event('2030-01-01', '2030', 'STARTS'),
      ],
      null,
      0.06,
      3,
    );
    expect(layout?.marks.map((m) => m.lane)).toEqual([0, 1, 2, 2, 0]);
    expect(layout?.lanes).toBe(3);
  });

  it('stretches the axis to the as-of day', () => {
    const layout = timelineLayout([event('2022-10-07', '2022-10-07', 'STARTS')], '2024-01-01');
    expect(layout?.end).toBe('2024-01-01');
    expect(layout?.marks[0]?.position).toBeLessThan(0.1);
  });

  it('has nothing to lay out without changes', () => {
    expect(timelineLayout([])).toBeNull();
  });

  it('counts days without time zones', () => {
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
  });
});

describe('eventSubject', () => {
  it('reads an entity by its name and a relationship as a sentence, in either language', () => {
    expect(eventSubject(event('2022-10-07', '2022-10', 'STARTS'), 'en')).toBe('US rule of 2022');
    const edge = event('2022-10-07', '2022-10', 'STARTS', true);
    expect(eventSubject(edge, 'en')).toMatch(/^NVIDIA H100 .+ US rule of 2022$/);
    expect(eventSubject(edge, 'zh')).toContain('英伟达 H100');
  });
});

describe('timelineIds', () => {
  it('asks for the selection in view, else the view, else everything', () => {
    expect(timelineIds(['a', 'x'], ['a', 'b'])).toEqual(['a']);
    expect(timelineIds(['x'], ['a', 'b'])).toEqual(['a', 'b']);
    expect(timelineIds([], [])).toBeNull();
  });
});
