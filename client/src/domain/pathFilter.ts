/**
 * The Paths tool's relationship-type filter, and the filter arguments of the paths query it leads to.
 *
 * Citation links (CITES, PUBLISHED_BY) say where a fact is written, not how two things relate, so they are off until
 * the user turns them on; types the legend hides are left out too. The server leaves citation links out of an
 * unfiltered search and falls back to them only when nothing else connects the two ends, but once any type filter is
 * sent it does exactly what it is told. So this module sends no filter when the citation links are the only types
 * left out (and lets the server fall back), and otherwise names a fallback request for the client to make when the
 * first finds nothing: the same search with citation links allowed, as the server would do.
 */
import { RELATION_TYPES } from '#domain';

export const BIBLIOGRAPHIC_TYPES: readonly string[] = ['CITES', 'PUBLISHED_BY'];

/** Every relationship type of the vocabulary, citation links last, the rest in the vocabulary's order. */
export const PATH_RELATION_TYPES: readonly string[] = [
  ...Object.keys(RELATION_TYPES).filter((t) => !BIBLIOGRAPHIC_TYPES.includes(t)),
  ...BIBLIOGRAPHIC_TYPES,
];

const KNOWN = new Set(PATH_RELATION_TYPES);

export interface PathTypeFilter {
  /** The types switched off in the Paths tool, sorted and unique: the citation links unless turned on. */
  readonly off: readonly string[];
}

function sorted(types: Iterable<string>): string[] {
  return [...new Set(types)].filter((t) => KNOWN.has(t)).sort();
}

export const DEFAULT_PATH_FILTER: PathTypeFilter = { off: sorted(BIBLIOGRAPHIC_TYPES) };

export function toggleType(filter: PathTypeFilter, type: string): PathTypeFilter {
  return {
    off: filter.off.includes(type) ? filter.off.filter((t) => t !== type) : sorted([...filter.off, type]),
  };
}

export function isDefaultFilter(filter: PathTypeFilter): boolean {
  return filter.off.join() === DEFAULT_PATH_FILTER.off.join();
}

/** The types a search leaves out: those switched off here and those hidden in the legend (known types only). */
export function excludedTypes(filter: PathTypeFilter, hiddenInLegend: readonly string[]): string[] {
  return sorted([...filter.off, ...hiddenInLegend]);
}

/** True when the user turned citation links on here and the legend does not hide them all. */
export function citationsAsked(filter: PathTypeFilter, hiddenInLegend: readonly string[]): boolean {
  const excluded = excludedTypes(filter, hiddenInLegend);
  return BIBLIOGRAPHIC_TYPES.some((t) => !excluded.includes(t));
}

export interface PathTypeArgs {
  readonly relationTypes: string[] | null;
  readonly excludeRelationTypes: string[] | null;
}

function argsExcluding(excluded: readonly string[]): PathTypeArgs {
  // An empty exclusion list is refused by the API and leaving both out means its default (no citation links), so
  // "every type" is said by naming every type.
  if (excluded.length === 0) return { relationTypes: [...PATH_RELATION_TYPES].sort(), excludeRelationTypes: null };
  return { relationTypes: null, excludeRelationTypes: [...excluded] };
}

export interface PathQueryPlan {
  readonly first: PathTypeArgs;
  /** The request to make when `first` finds nothing, or null when there is none to make (or the server makes it). */
  readonly fallback: PathTypeArgs | null;
}

export function pathQueryPlan(filter: PathTypeFilter, hiddenInLegend: readonly string[]): PathQueryPlan {
  const excluded = excludedTypes(filter, hiddenInLegend);
  if (excluded.join() === DEFAULT_PATH_FILTER.off.join()) {
    return { first: { relationTypes: null, excludeRelationTypes: null }, fallback: null };
  }
  // Citation links that only this tool leaves out may still be used when nothing else connects; those the legend
  // hides stay out, because the user hid them on purpose.
  const hidden = new Set(hiddenInLegend);
  const retry = excluded.filter((t) => !(BIBLIOGRAPHIC_TYPES.includes(t) && !hidden.has(t)));
  return {
    first: argsExcluding(excluded),
    fallback: retry.length < excluded.length ? argsExcluding(retry) : null,
  };
}

/** A key that changes whenever the search would ask something else. */
export function pathFilterKey(filter: PathTypeFilter, hiddenInLegend: readonly string[]): string {
  return excludedTypes(filter, hiddenInLegend).join(',');
}
