/**
 * What a link got wrong, as typed problems: a parameter with a value the atlas does not know (layout, lang, version,
 * labels, tab, hidden kinds or relationship types), a path search naming one end only, or result ends the link's
 * view does not hold. Found while the link is read (state/url.ts); the problems found once its ids are asked for
 * (unknown ids, a coverage link naming a non-technology) take the same shape. The view opens what it can either way.
 */
export type LinkProblem =
  | { readonly part: 'layout' | 'lang' | 'version' | 'labels' | 'tab' | 'asOf'; readonly value: string }
  | { readonly part: 'hide' | 'hrel'; readonly values: readonly string[] }
  /** `pf` or `pt` without the other: the Paths panel waits for the missing end. */
  | { readonly part: 'pathOneEnd' }
  /** The coverage or path search names entities its view (`n`) lacks: they are added when the answer comes. */
  | { readonly part: 'resultEnds'; readonly ids: readonly string[] }
  /** `cov` names an entity that is not a technology: it is opened instead. */
  | { readonly part: 'covNotTechnology'; readonly id: string }
  /** `cov`, `pf` or `pt` names an id the atlas does not know. */
  | { readonly part: 'cov' | 'pf' | 'pt'; readonly id: string; readonly unknown: true };

/** A data version as links carry it: hex digits (12 of them when the explorer writes it). */
const VERSION = /^[0-9a-f]{1,64}$/i;

export function versionProblem(raw: string | null): LinkProblem[] {
  return raw !== null && !VERSION.test(raw) ? [{ part: 'version', value: raw }] : [];
}

/** A single-valued parameter present with a value outside `allowed`. */
export function valueProblem(
  part: 'layout' | 'lang' | 'labels' | 'tab',
  raw: string | undefined,
  allowed: readonly string[],
): LinkProblem[] {
  return raw !== undefined && !allowed.includes(raw) ? [{ part, value: raw }] : [];
}

/** The values of a list parameter that are not in `known`. */
export function listProblem(
  part: 'hide' | 'hrel',
  values: readonly string[],
  known: ReadonlySet<string>,
): LinkProblem[] {
  const unknown = values.filter((v) => !known.has(v));
  return unknown.length > 0 ? [{ part, values: unknown }] : [];
}

/** Ends of a result panel (coverage's technology, the paths' two ends) that the link's own view does not hold. */
export function resultEndsProblem(ends: readonly (string | null)[], nodes: readonly string[] | null): LinkProblem[] {
  if (nodes === null) return [];
  const missing = ends.filter((id): id is string => id !== null && !nodes.includes(id));
  return missing.length > 0 ? [{ part: 'resultEnds', ids: missing }] : [];
}

/** Whether two problems say the same thing (so a problem found again is not listed twice). */
export function sameProblem(a: LinkProblem, b: LinkProblem): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
