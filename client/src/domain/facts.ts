/**
 * The selection's facts with citations, as Markdown for a briefing: each entity's names, kind, summary and
 * properties, its sources, and its relationships with their quotes. Pure, so it is unit-tested.
 */
import {
  citationParts,
  oneLine,
  otherLang,
  propertyLabel,
  propertyValue,
  relationPhrase,
  type Lang,
  type Source,
} from '#domain';
import { makeI18n } from '../i18n/I18n';
import { nodeName, type NodeInfo } from '../state/types';

export interface FactRelation {
  readonly id: string;
  readonly type: string;
  readonly direction: 'OUT' | 'IN';
  readonly other: NodeInfo;
  readonly note: string | null;
  readonly sources: readonly Source[];
}

export interface FactEntity extends NodeInfo {
  readonly summary: string | null;
  readonly note: string | null;
  readonly aliases: readonly string[];
  readonly url: string | null;
  readonly properties: readonly { readonly key: string; readonly value: string }[];
  readonly sources: readonly Source[];
  readonly relations: readonly FactRelation[];
}

/** One source as a Markdown line; in English a translated quote is marked as such and followed by the original. */
export function formatSource(source: Source, lang: Lang): string {
  const { t } = makeI18n(lang);
  const c = citationParts(source, lang);
  const parts = [c.url ? `[${c.document}](${c.url})` : c.document];
  if (c.section) parts.push(t('section', { section: c.section }));
  if (c.footnote !== null) parts.push(t('footnote', { n: c.footnote }));
  if (c.supplementary) parts.push(`(${t('supplementary')})`);
  let line = parts.join(', ');
  if (c.quote) line += ` — “${oneLine(c.quote)}”`;
  if (c.original) line += ` (${t('translationByAtlas')}; ${t('originalQuote')}: “${oneLine(c.original)}”)`;
  if (c.note) line += ` (${oneLine(c.note)})`;
  return line;
}

export function factsMarkdown(
  entities: readonly FactEntity[],
  lang: Lang,
  context: { readonly url: string; readonly date: string },
): string {
  const { t, kindLabel, relLabel } = makeI18n(lang);
  const other = otherLang(lang);
  const lines: string[] = [
    `# ${t('factsTitle')}`,
    '',
    `_${t('factsGenerated', { date: context.date, url: context.url })}_`,
    '',
  ];
  for (const e of entities) {
    const name = nodeName(e, lang);
    const otherName = nodeName(e, other);
    lines.push(`## ${name}${otherName && otherName !== name ? ` (${otherName})` : ''}`, '');
    lines.push(`- ${t('kind')}: ${kindLabel(e.kind)}`);
    lines.push(`- ID: \`${e.id}\``);
    if (e.aliases.length > 0) lines.push(`- ${t('aliases')}: ${e.aliases.join(', ')}`);
    if (e.url) lines.push(`- ${t('website')}: ${e.url}`);
    lines.push('');
    if (e.summary) lines.push(oneLine(e.summary), '');
    if (e.note) lines.push(`> ${t('noteCorrection')}: ${oneLine(e.note)}`, '');
    if (e.properties.length > 0) {
      lines.push(`### ${t('factsProperties')}`, '');
      for (const p of e.properties)
        lines.push(`- ${propertyLabel(p.key, lang)}: ${propertyValue(p.key, p.value, lang)}`);
      lines.push('');
    }
    if (e.sources.length > 0) {
      lines.push(`### ${t('factsSources')}`, '');
      e.sources.forEach((s, i) => lines.push(`${i + 1}. ${formatSource(s, lang)}`));
      lines.push('');
    }
    if (e.relations.length > 0) {
      lines.push(`### ${t('factsRelations')}`, '');
      for (const r of e.relations) {
        lines.push(`- ${relationPhrase(name, relLabel(r.type, r.direction), nodeName(r.other, lang), lang)}`);
        if (r.note) lines.push(`  - ${oneLine(r.note)}`);
        for (const s of r.sources) lines.push(`  - ${formatSource(s, lang)}`);
      }
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
