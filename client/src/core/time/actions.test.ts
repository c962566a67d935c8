import { describe, expect, it } from 'vitest';
import { createAtlasStore, initialState, type Update } from '../store';
import { asOfDay, setAsOf, todayUtc } from './actions';

const apply = (update: Update, state = initialState()) => ({ ...state, ...update(state) });

describe('setAsOf', () => {
  it('sets a calendar day on the view, outside the undo history', () => {
    const next = apply(setAsOf('2023-01-01', '2026-12-02'));
    expect(next.history.present.asOf).toBe('2023-01-01');
    expect(next.history.past).toEqual([]);
  });

  it('treats null, the empty string and today written out as today', () => {
    const dated = apply(setAsOf('2023-01-01', '2026-12-02'));
    for (const day of [null, '', '2026-12-02'])
      expect(apply(setAsOf(day, '2026-12-02'), dated).history.present.asOf).toBeNull();
  });

  it('ignores what is not a calendar day', () => {
    const dated = apply(setAsOf('2023-01-01', '2026-12-02'));
    expect(setAsOf('2023-13-01', '2026-12-02')(dated)).toEqual({});
    expect(setAsOf('2023-02', '2026-12-02')(dated)).toEqual({});
  });

  it('changes nothing when the day is already the one shown', () => {
    const dated = apply(setAsOf('2023-01-01', '2026-12-02'));
    expect(setAsOf('2023-01-01', '2026-12-02')(dated)).toEqual({});
  });

  it('reads the day the answers are as of', () => {
    const store = createAtlasStore();
    expect(asOfDay(store.getState(), '2026-12-02')).toBe('2026-12-02');
    store.setState(setAsOf('2022-09-01', '2026-12-02'));
    expect(asOfDay(store.getState(), '2026-12-02')).toBe('2022-09-01');
  });

  it('writes today in UTC', () => {
    expect(todayUtc(new Date('2025-03-01T23:30:00-05:00'))).toBe('2025-03-02');
  });
});
