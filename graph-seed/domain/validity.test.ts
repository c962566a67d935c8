import { describe, expect, it } from 'vitest';
import { dayAfter, firstDay, isReversed, lastDay, parseDatedValue, validityBounds, validOn } from './validity';
import type { DatedValue } from './validity';

function parsed(value: string): DatedValue {
  const dated = parseDatedValue(value);
  if (dated === null) throw new Error(`test value ${value} does not parse`);
  return dated;
}

describe('parseDatedValue', () => {
  it('reads a year, a month and a day with their precision', () => {
    expect(parseDatedValue('2018')).toEqual({ value: '2018', precision: 'YEAR', year: 2018 });
    expect(parseDatedValue('2023-10')).toEqual({ value: '2023-10', precision: 'MONTH', year: 2023, month: 10 });
    expect(parseDatedValue('2023-10-17')).toEqual({
      value: '2023-10-17',
      precision: 'DAY',
      year: 2023,
      month: 10,
      day: 17,
    });
  });

  it.each(['', '18', '2023-1', '2023-10-7', '2023/10/17', '2023-10-17T00:00', ' 2023', '2023-00', '2023-13'])(
    'rejects the malformed value %j',
    (value) => {
      expect(parseDatedValue(value)).toBeNull();
    },
  );

  it('rejects days that are not on the calendar, and accepts leap days', () => {
    expect(parseDatedValue('2023-02-29')).toBeNull();
    expect(parseDatedValue('1900-02-29')).toBeNull();
    expect(parseDatedValue('2023-04-31')).toBeNull();
    expect(parseDatedValue('2023-10-00')).toBeNull();
    expect(parseDatedValue('2024-02-29')?.precision).toBe('DAY');
    expect(parseDatedValue('2000-02-29')?.precision).toBe('DAY');
  });
});

describe('the period a dated value names', () => {
  it.each([
    ['2024', '2024-01-01', '2024-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2023-09', '2023-09-01', '2023-09-30'],
    ['2023-10-17', '2023-10-17', '2023-10-17'],
  ])('%s runs from %s to %s', (value, first, last) => {
    expect(firstDay(parsed(value))).toBe(first);
    expect(lastDay(parsed(value))).toBe(last);
  });
});

describe('validOn', () => {
  it('holds from the first day of validFrom to the last day of validTo, both included', () => {
    const rule = { validFrom: '2025-01-13', validTo: '2025-05-12' };
    expect(validOn(rule, '2025-01-12')).toBe(false);
    expect(validOn(rule, '2025-01-13')).toBe(true);
    expect(validOn(rule, '2025-05-12')).toBe(true);
    expect(validOn(rule, '2025-05-13')).toBe(false);
  });

  it('reads a month at its widest against a day', () => {
    const fact = { validFrom: '2023-10', validTo: '2023-11' };
    expect(validOn(fact, '2023-09-30')).toBe(false);
    expect(validOn(fact, '2023-10-01')).toBe(true);
    expect(validOn(fact, '2023-11-30')).toBe(true);
    expect(validOn(fact, '2023-12-01')).toBe(false);
  });

  it('reads a year at its widest against a day', () => {
    const fact = { validFrom: '2018', validTo: '2020' };
    expect(validOn(fact, '2017-12-31')).toBe(false);
    expect(validOn(fact, '2018-01-01')).toBe(true);
    expect(validOn(fact, '2020-12-31')).toBe(true);
    expect(validOn(fact, '2021-01-01')).toBe(false);
  });

  it('treats a missing end as open', () => {
    expect(validOn({}, '1900-01-01')).toBe(true);
    expect(validOn({ validFrom: '2022-10-07' }, '2022-10-06')).toBe(false);
    expect(validOn({ validFrom: '2022-10-07' }, '2099-01-01')).toBe(true);
    expect(validOn({ validFrom: null, validTo: '2022' }, '1900-01-01')).toBe(true);
    expect(validOn({ validTo: '2022' }, '2023-01-01')).toBe(false);
  });

  it('refuses an as-of value that is not a day', () => {
    expect(() => validOn({}, '2023-10')).toThrow(/not an ISO day/u);
    expect(() => validOn({}, '2023-02-30')).toThrow(/not an ISO day/u);
  });

  it('refuses a malformed end instead of guessing', () => {
    expect(() => validOn({ validFrom: '10/2023' }, '2023-10-01')).toThrow(/validFrom/u);
  });
});

describe('validityBounds and isReversed', () => {
  it('gives the first and last valid day, null for an open end', () => {
    expect(validityBounds({ validFrom: '2023-10', validTo: '2024' })).toEqual({
      fromDay: '2023-10-01',
      toDay: '2024-12-31',
    });
    expect(validityBounds({})).toEqual({ fromDay: null, toDay: null });
  });

  it('compares the ends at the coarser precision', () => {
    expect(isReversed(parsed('2023-10'), parsed('2023-09-30'))).toBe(true);
    expect(isReversed(parsed('2023-10-17'), parsed('2023-10-16'))).toBe(true);
    expect(isReversed(parsed('2024'), parsed('2023-12'))).toBe(true);
    expect(isReversed(parsed('2023-10-17'), parsed('2023-10'))).toBe(false);
    expect(isReversed(parsed('2023-10-17'), parsed('2023'))).toBe(false);
    expect(isReversed(parsed('2023-10'), parsed('2023-10-01'))).toBe(false);
    expect(isReversed(parsed('2023-10-17'), parsed('2023-10-17'))).toBe(false);
  });
});

describe('dayAfter', () => {
  it('steps over the ends of months, leap Februaries and years', () => {
    expect(dayAfter('2025-05-12')).toBe('2025-05-13');
    expect(dayAfter('2023-04-30')).toBe('2023-05-01');
    expect(dayAfter('2024-02-28')).toBe('2024-02-29');
    expect(dayAfter('2023-02-28')).toBe('2023-03-01');
    expect(dayAfter('2024-12-31')).toBe('2025-01-01');
  });

  it('refuses anything but a real day', () => {
    expect(() => dayAfter('2024-12')).toThrow(RangeError);
    expect(() => dayAfter('2023-02-29')).toThrow(RangeError);
  });
});
