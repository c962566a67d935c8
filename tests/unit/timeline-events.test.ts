// The timeline's events: a dated fact starts on the first day of validFrom and ends the day after the last day of
// validTo, at the precision it is written; events are filtered to a range, ordered and capped.
import { describe, expect, it } from 'vitest';
import type { EdgeRecord, EntityRecord } from '../../server/src/entity/model';
import { timelineEvents } from '../../server/src/timeline/events';
import { entityRecord } from './helpers/entityRecord';

const source = (quote: string) => ({ documentId: 'doc:x', document: 'X', quote });

function entity(id: string, validFrom?: string, validTo?: string): EntityRecord {
  return entityRecord(id, 'REGIME', {
    validFrom: validFrom ?? null,
    validTo: validTo ?? null,
    validityJson: JSON.stringify({
      validFrom: validFrom ? { date: validFrom, sources: [source(`from ${validFrom}`)] } : null,
      validTo: validTo ? { date: validTo, sources: [source(`to ${validTo}`)] } : null,
    }),
  });
}

const rule = entity('regime:rule', '2025-01-13', '2025-05-12');
const ecra = entity('regime:ecra', '2018');
const meeting = entity('event:meeting', '2023-07');
const edge: EdgeRecord = {
  id: 'r:1',
  type: 'CONTROLLED_BY',
  from: 'tech:w',
  to: 'regime:rule',
  noteEn: null,
  noteZh: null,
  sourcesJson: '[]',
  validFrom: '2025-01-13',
  validTo: '2025-05-12',
  validityJson: JSON.stringify({ validFrom: { date: '2025-01-13', sources: [] }, validTo: null }),
};
const weights = entity('tech:w');
const all = { from: null, to: null };

describe('timelineEvents', () => {
  it('starts on the first day of validFrom and ends the day after validTo, keeping the date as written', () => {
    const { events } = timelineEvents([rule, ecra, meeting], [], all, 100);
    expect(events.map((e) => [e.date, e.written, e.change, e.entity?.id])).toEqual([
      ['2018-01-01', '2018', 'STARTS', 'regime:ecra'],
      ['2023-07-01', '2023-07', 'STARTS', 'event:meeting'],
      ['2025-01-13', '2025-01-13', 'STARTS', 'regime:rule'],
      ['2025-05-13', '2025-05-12', 'ENDS', 'regime:rule'],
    ]);
    expect(events[3]?.sources.map((s) => s.quote)).toEqual(['to 2025-05-12']);
  });

  it('puts entities before relationships on the same day, and names both ends of a relationship', () => {
    const { events } = timelineEvents([rule], [{ edge, from: weights, to: rule }], all, 100);
    const sameDay = events.filter((e) => e.date === '2025-01-13');
    expect(sameDay.map((e) => e.entity?.id ?? e.edge?.id)).toEqual(['regime:rule', 'r:1']);
    expect(sameDay[1]?.subjects.map((s) => s.id)).toEqual(['tech:w', 'regime:rule']);
  });

  it('keeps only events inside the range, both ends included, and marks a capped answer', () => {
    const inRange = timelineEvents([rule, ecra, meeting], [], { from: '2023-07-01', to: '2025-05-13' }, 100);
    expect(inRange.events.map((e) => e.date)).toEqual(['2023-07-01', '2025-01-13', '2025-05-13']);
    const capped = timelineEvents([rule, ecra, meeting], [], all, 2);
    expect(capped.events).toHaveLength(2);
    expect(capped.truncated).toBe(true);
    expect(timelineEvents([weights], [], all, 10)).toEqual({ events: [], truncated: false });
  });
});
