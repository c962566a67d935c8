import { describe, expect, it } from 'vitest';
import { diffCoverage, strongestByInstrument, type CoverageLike } from './compare';

const node = (id: string) => ({ id, kind: 'REGIME', nameEn: id, nameZh: id });
const item = (id: string, basis: CoverageLike['basis']): CoverageLike => ({ instrument: node(id), basis });

describe('diffCoverage', () => {
  it('lists the instruments added and removed between two answers', () => {
    const before = [item('regime:wassenaar', 'CATEGORY'), item('regime:old', 'NAMED')];
    const after = [item('regime:wassenaar', 'CATEGORY'), item('regime:us-2022', 'NAMED')];
    const diff = diffCoverage(before, after);
    expect(diff.added.map((c) => [c.instrument.id, c.before, c.after])).toEqual([['regime:us-2022', null, 'NAMED']]);
    expect(diff.removed.map((c) => [c.instrument.id, c.before, c.after])).toEqual([['regime:old', 'NAMED', null]]);
    expect(diff.changed).toEqual([]);
    expect(diff.same).toBe(1);
  });

  it('reads each instrument at its strongest basis, so a second weaker path is no change', () => {
    const before = [item('r', 'GENERAL'), item('r', 'NAMED')];
    const after = [item('r', 'NAMED')];
    expect(diffCoverage(before, after)).toEqual({ added: [], removed: [], changed: [], same: 1 });
  });

  it('reports a basis that changed on both days', () => {
    const diff = diffCoverage([item('r', 'GENERAL')], [item('r', 'CATEGORY')]);
    expect(diff.changed.map((c) => [c.before, c.after])).toEqual([['GENERAL', 'CATEGORY']]);
    expect(diff.added).toEqual([]);
  });

  it('orders stronger changes first, then by id', () => {
    const diff = diffCoverage([], [item('b', 'GENERAL'), item('c', 'NAMED'), item('a', 'GENERAL')]);
    expect(diff.added.map((c) => c.instrument.id)).toEqual(['c', 'a', 'b']);
  });

  it('treats two empty answers as no change', () => {
    expect(diffCoverage([], [])).toEqual({ added: [], removed: [], changed: [], same: 0 });
  });
});

describe('strongestByInstrument', () => {
  it('keeps the strongest item per instrument', () => {
    const best = strongestByInstrument([item('r', 'CATEGORY'), item('r', 'GENERAL'), item('s', 'GENERAL')]);
    expect([...best.entries()].map(([id, i]) => [id, i.basis])).toEqual([
      ['r', 'CATEGORY'],
      ['s', 'GENERAL'],
    ]);
  });
});
