/**
 * The view in the URL, so that a copied link restores it and the back button steps through views.
 * Compact query parameters; ids keep their readable `kind:slug` form:
 *   ?n=tech:nvidia-h100,regime:wassenaar&sel=regime:wassenaar&pin=…&hide=DOCUMENT&hrel=CITES
 *    &layout=dagre&labels=0&size=degree&lang=zh&cov=tech:nvidia-h100 | &pf=…&pt=… | &tab=outline|matrix
 *    &asOf=2023-01-01 &v=<seedVersion>
 * No `n` at all means the start page's overview; `n=` (empty) means an empty view.
 */
import { ENTITY_KINDS, isIsoDay, RELATION_TYPE_NAMES } from '#domain';
import { listProblem, resultEndsProblem, valueProblem, versionProblem, type LinkProblem } from './linkProblems';
import { SIZE_MEASURES, type SizeMeasure } from './size';
import { LANGS, LAYOUTS, type Lang, type LayoutName, type Panel } from './types';
import { INITIAL_VIEW, type ViewState } from './view';

export interface UrlState {
  readonly view: ViewState;
  /** The seed version the link was made with, to warn when the data has changed since. */
  readonly seedVersion: string | null;
  /** What the link got wrong; the view holds what could be read. */
  readonly problems: readonly LinkProblem[];
}

const TABS = ['paths', 'outline', 'matrix'];

/** Encodes one value: everything that is not safe in a query is escaped, but `:` stays readable. */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':');
}

function encodeList(values: readonly string[]): string {
  return values.map(encodeValue).join(',');
}

function parseQuery(search: string): Map<string, string> {
  const params = new Map<string, string>();
  const query = search.startsWith('?') ? search.slice(1) : search;
  for (const part of query.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = safeDecode(eq < 0 ? part : part.slice(0, eq));
    const value = eq < 0 ? '' : part.slice(eq + 1);
    if (!params.has(key)) params.set(key, value);
  }
  return params;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

function decodeList(raw: string | undefined): string[] {
  if (!raw) return [];
  return [
    ...new Set(
      raw
        .split(',')
        .map(safeDecode)
        .filter((v) => v.length > 0),
    ),
  ];
}

function decodeId(raw: string | undefined): string | null {
  if (!raw) return null;
  const id = safeDecode(raw);
  return id.length > 0 ? id : null;
}

export function encodeView(view: ViewState, seedVersion: string | null = null): string {
  const parts: string[] = [];
  if (!view.overview) parts.push(`n=${encodeList(view.nodes)}`);
  if (view.selection.length > 0) parts.push(`sel=${encodeList(view.selection)}`);
  if (view.pinned.length > 0) parts.push(`pin=${encodeList(view.pinned)}`);
  if (view.hiddenKinds.length > 0) parts.push(`hide=${encodeList(view.hiddenKinds)}`);
  if (view.hiddenRelTypes.length > 0) parts.push(`hrel=${encodeList(view.hiddenRelTypes)}`);
  if (view.layout !== INITIAL_VIEW.layout) parts.push(`layout=${view.layout}`);
  if (!view.edgeLabels) parts.push('labels=0');
  if (view.sizeBy !== INITIAL_VIEW.sizeBy) parts.push(`size=${view.sizeBy}`);
  const panel = view.panel;
  if (panel.type === 'coverage') parts.push(`cov=${encodeValue(panel.tech)}`);
  if (panel.type === 'paths') {
    parts.push('tab=paths');
    if (panel.from) parts.push(`pf=${encodeValue(panel.from)}`);
    if (panel.to) parts.push(`pt=${encodeValue(panel.to)}`);
  }
  if (panel.type === 'outline') parts.push('tab=outline');
  if (panel.type === 'matrix') parts.push('tab=matrix');
  if (view.asOf) parts.push(`asOf=${view.asOf}`);
  parts.push(`lang=${view.lang}`);
  if (seedVersion) parts.push(`v=${encodeValue(seedVersion.slice(0, 12))}`);
  return `?${parts.join('&')}`;
}

function decodePanel(params: Map<string, string>): Panel {
  const tech = decodeId(params.get('cov'));
  if (tech) return { type: 'coverage', tech };
  const tab = params.get('tab');
  const from = decodeId(params.get('pf'));
  const to = decodeId(params.get('pt'));
  if (tab === 'paths' || from || to) return { type: 'paths', from, to };
  if (tab === 'outline') return { type: 'outline' };
  if (tab === 'matrix') return { type: 'matrix' };
  return { type: 'start' };
}

/** The link's `asOf` day, or null (today) when it names none or a value that is not a calendar day. */
function decodeAsOf(raw: string | undefined): string | null {
  const day = raw ? safeDecode(raw) : '';
  return isIsoDay(day) ? day : null;
}

/** What the link got wrong in the parameters read here (the ids are checked when they are asked for). */
function problemsOf(params: Map<string, string>, view: ViewState, kinds: Set<string>, relTypes: Set<string>) {
  const { panel } = view;
  const nodes = params.has('n') ? view.nodes : null;
  const version = decodeId(params.get('v'));
  return [
    ...valueProblem('layout', params.get('layout'), LAYOUTS),
    ...valueProblem('lang', params.get('lang'), LANGS),
    ...valueProblem('labels', params.get('labels'), ['0', '1']),
    ...valueProblem('tab', params.get('tab'), TABS),
    ...versionProblem(version),
    ...(params.get('asOf') !== undefined && view.asOf === null
      ? [{ part: 'asOf', value: params.get('asOf') ?? '' } as const]
      : []),
    ...listProblem('hide', decodeList(params.get('hide')), kinds),
    ...listProblem('hrel', decodeList(params.get('hrel')), relTypes),
    ...(panel.type === 'paths' && (panel.from === null) !== (panel.to === null)
      ? [{ part: 'pathOneEnd' } as const]
      : []),
    ...(panel.type === 'coverage' ? resultEndsProblem([panel.tech], nodes) : []),
    ...(panel.type === 'paths' && panel.from && panel.to ? resultEndsProblem([panel.from, panel.to], nodes) : []),
  ];
}

/**
 * Reads the view from a query string. Unknown values fall back to defaults, and are listed as problems; the language
 * falls back to `fallbackLang` (the remembered one) when the link does not name one, or names one the atlas lacks.
 */
export function decodeView(search: string, fallbackLang: Lang = 'en'): UrlState {
  const params = parseQuery(search);
  const overview = !params.has('n');
  const nodes = overview ? [] : decodeList(params.get('n'));
  const layoutRaw = params.get('layout');
  const layout: LayoutName = LAYOUTS.includes(layoutRaw as LayoutName)
    ? (layoutRaw as LayoutName)
    : INITIAL_VIEW.layout;
  const langRaw = params.get('lang');
  const lang: Lang = LANGS.includes(langRaw as Lang) ? (langRaw as Lang) : fallbackLang;
  const kinds = new Set<string>(ENTITY_KINDS);
  const relTypes = new Set<string>(RELATION_TYPE_NAMES);
  const visible = new Set(nodes);
  const view: ViewState = {
    nodes,
    overview,
    pinned: decodeList(params.get('pin')).filter((id) => visible.has(id)),
    selection: decodeList(params.get('sel')),
    hiddenKinds: decodeList(params.get('hide')).filter((k) => kinds.has(k)),
    hiddenRelTypes: decodeList(params.get('hrel')).filter((t) => relTypes.has(t)),
    layout,
    lang,
    edgeLabels: params.get('labels') !== '0',
    panel: decodePanel(params),
    sizeBy: SIZE_MEASURES.includes(params.get('size') as SizeMeasure)
      ? (params.get('size') as SizeMeasure)
      : INITIAL_VIEW.sizeBy,
    asOf: decodeAsOf(params.get('asOf')),
  };
  const problems = problemsOf(params, view, kinds, relTypes);
  const version = decodeId(params.get('v'));
  return { view, seedVersion: problems.some((p) => p.part === 'version') ? null : version, problems };
}

/** True when moving from one view to the other deserves its own entry in the browser history. */
export function isNavigation(before: ViewState, after: ViewState): boolean {
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  return (
    before.overview !== after.overview ||
    !same(before.nodes, after.nodes) ||
    before.layout !== after.layout ||
    before.asOf !== after.asOf ||
    JSON.stringify(before.panel) !== JSON.stringify(after.panel)
  );
}
