/** What a framed image export says: its title, the legend of the kinds drawn and the source and version lines. */
import { KIND_STYLES, kindStyle } from '../graph/kinds';
import type { I18n } from '../i18n/I18n';
import type { FrameContent, LegendEntry } from './frameLayout';

/** The choices of the export form. */
export interface FrameOptions {
  readonly title: string;
  readonly legend: boolean;
  readonly source: boolean;
}

export const DEFAULT_FRAME: FrameOptions = { title: '', legend: true, source: true };

/** The kinds among `kinds`, once each, in the legend's fixed order of kinds. */
export function legendEntries(kinds: readonly string[], i18n: Pick<I18n, 'kindLabel'>): LegendEntry[] {
  const present = new Set(kinds);
  const order = Object.keys(KIND_STYLES);
  const known = order.filter((kind) => present.has(kind));
  const unknown = [...present].filter((kind) => !order.includes(kind)).sort();
  return [...known, ...unknown].map((kind) => {
    const style = kindStyle(kind);
    return { label: i18n.kindLabel(kind), color: style.color, shape: style.shape };
  });
}

export function frameContent(
  options: FrameOptions,
  kinds: readonly string[],
  i18n: Pick<I18n, 't' | 'kindLabel'>,
  data: { readonly version: string | null | undefined; readonly date: string },
): FrameContent {
  const version = data.version ? data.version.slice(0, 12) : i18n.t('exportVersionUnknown');
  return {
    title: options.title.trim() || null,
    legend: options.legend ? legendEntries(kinds, i18n) : [],
    footer: options.source
      ? [i18n.t('exportSourceLine'), i18n.t('exportVersionLine', { version, date: data.date })]
      : [],
  };
}
