import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '#domain';
import {
  BIBLIOGRAPHIC_TYPES,
  citationsAsked,
  DEFAULT_PATH_FILTER,
  excludedTypes,
  isDefaultFilter,
  PATH_RELATION_TYPES,
  pathFilterKey,
  pathQueryPlan,
  toggleType,
} from './pathFilter';

describe('the Paths tool type filter', () => {
  it('lists every vocabulary type once, citation links last, and starts with them off', () => {
    expect([...PATH_RELATION_TYPES].sort()).toEqual(Object.keys(RELATION_TYPES).sort());
    expect(PATH_RELATION_TYPES.slice(-2)).toEqual(['CITES', 'PUBLISHED_BY']);
    expect(DEFAULT_PATH_FILTER.off).toEqual(['CITES', 'PUBLISHED_BY']);
    expect(isDefaultFilter(DEFAULT_PATH_FILTER)).toBe(true);
    expect(citationsAsked(DEFAULT_PATH_FILTER, [])).toBe(false);
  });

  it('toggles a type off and on again, sorted, back to the default', () => {
    const off = toggleType(DEFAULT_PATH_FILTER, 'ADDRESSES');
    expect(off.off).toEqual(['ADDRESSES', 'CITES', 'PUBLISHED_BY']);
    expect(isDefaultFilter(off)).toBe(false);
    expect(isDefaultFilter(toggleType(off, 'ADDRESSES'))).toBe(true);
    const citesOn = toggleType(DEFAULT_PATH_FILTER, 'CITES');
    expect(citesOn.off).toEqual(['PUBLISHED_BY']);
    expect(citationsAsked(citesOn, [])).toBe(true);
    // Turned on here but hidden in the legend: not asked for.
    expect(citationsAsked(citesOn, ['CITES'])).toBe(false);
  });

  it('leaves out the legend’s hidden types too, and ignores types the vocabulary does not know', () => {
    expect(excludedTypes(DEFAULT_PATH_FILTER, ['EMPLOYS', 'NOPE', 'CITES'])).toEqual([
      'CITES',
      'EMPLOYS',
      'PUBLISHED_BY',
    ]);
    expect(pathFilterKey(DEFAULT_PATH_FILTER, [])).not.toBe(pathFilterKey(DEFAULT_PATH_FILTER, ['EMPLOYS']));
  });
});

describe('pathQueryPlan', () => {
  it('sends no type filter by default, so the server leaves citation links out and falls back on its own', () => {
    expect(pathQueryPlan(DEFAULT_PATH_FILTER, [])).toEqual({
      first: { relationTypes: null, excludeRelationTypes: null },
      fallback: null,
    });
    // The legend hiding a citation type changes nothing the server would not do anyway.
    expect(pathQueryPlan(DEFAULT_PATH_FILTER, ['CITES']).first.excludeRelationTypes).toBeNull();
  });

  it('excludes the legend’s hidden types and falls back to citation links only when nothing else connects', () => {
    const plan = pathQueryPlan(DEFAULT_PATH_FILTER, ['ADDRESSES']);
    expect(plan.first).toEqual({ relationTypes: null, excludeRelationTypes: ['ADDRESSES', 'CITES', 'PUBLISHED_BY'] });
    expect(plan.fallback).toEqual({ relationTypes: null, excludeRelationTypes: ['ADDRESSES'] });
  });

  it('keeps citation links the legend hides out of the fallback', () => {
    const plan = pathQueryPlan(DEFAULT_PATH_FILTER, ['ADDRESSES', 'PUBLISHED_BY']);
    expect(plan.fallback).toEqual({ relationTypes: null, excludeRelationTypes: ['ADDRESSES', 'PUBLISHED_BY'] });
  });

  it('names every type when nothing is left out, since an empty exclusion is refused', () => {
    const all = toggleType(toggleType(DEFAULT_PATH_FILTER, 'CITES'), 'PUBLISHED_BY');
    const plan = pathQueryPlan(all, []);
    expect(plan.first.excludeRelationTypes).toBeNull();
    expect(plan.first.relationTypes).toEqual([...PATH_RELATION_TYPES].sort());
    expect(plan.fallback).toBeNull();
    for (const type of BIBLIOGRAPHIC_TYPES) expect(plan.first.relationTypes).toContain(type);
  });

  it('falls back only to the citation types still off here; none once both are on', () => {
    const citesOn = toggleType(DEFAULT_PATH_FILTER, 'CITES');
    const plan = pathQueryPlan(citesOn, ['EMPLOYS']);
    expect(plan.first.excludeRelationTypes).toEqual(['EMPLOYS', 'PUBLISHED_BY']);
    expect(plan.fallback).toEqual({ relationTypes: null, excludeRelationTypes: ['EMPLOYS'] });
    const bothOn = toggleType(citesOn, 'PUBLISHED_BY');
    expect(pathQueryPlan(bothOn, ['EMPLOYS'])).toEqual({
      first: { relationTypes: null, excludeRelationTypes: ['EMPLOYS'] },
      fallback: null,
    });
  });
});
