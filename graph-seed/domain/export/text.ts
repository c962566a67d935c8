/** Small text helpers shared by the serializers: one-line text, vocabulary verbs and a readable source line. */
import { RELATION_TYPES } from '../vocabulary';
import type { RelationTypeSpec } from '../vocabulary';
import type { ExportLang, ExportNode, ExportSource } from './types';

/** Collapses runs of whitespace (newlines included) into one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** The vocabulary spec of a relationship type, or undefined for a type the vocabulary does not know. */
export function relationSpec(type: string): RelationTypeSpec | undefined {
  return Object.hasOwn(RELATION_TYPES, type) ? (RELATION_TYPES as Record<string, RelationTypeSpec>)[type] : undefined;
}

/** "is an example of" for EXAMPLE_OF; the type itself when the vocabulary does not know it. */
export function relationVerb(type: string, lang: ExportLang = 'en'): string {
  const spec = relationSpec(type);
  return spec ? spec.verb[lang] : type;
}

export function nodeName(node: Pick<ExportNode, 'nameEn' | 'nameZh' | 'id'>, lang: ExportLang = 'en'): string {
  return (lang === 'zh' ? node.nameZh || node.nameEn : node.nameEn || node.nameZh) || node.id;
}

/**
 * One source as one readable line: `document § section fn.N: "quote" <url> (supplementary)`; only the parts the
 * source has. Quotes are kept verbatim (inner double quotes included). In English, a Chinese section and quote
 * read in the atlas's translation, and the original quote follows, so the line can still be checked against it.
 */
export function formatSourceLine(source: ExportSource, lang: ExportLang = 'en'): string {
  const title = lang === 'zh' ? (source.documentZh ?? source.document) : source.document;
  const section = (lang === 'en' ? source.sectionEn : null) ?? source.section;
  const quoteEn = lang === 'en' ? source.quoteEn : null;
  let line = oneLine(title);
  if (section) line += ` § ${oneLine(section)}`;
  if (source.footnote !== null) line += ` fn.${source.footnote}`;
  if (source.quote && quoteEn) {
    line += `: "${oneLine(quoteEn)}" (translated by the atlas; original: "${oneLine(source.quote)}")`;
  } else if (source.quote) line += `: "${oneLine(source.quote)}"`;
  if (source.url) line += ` <${source.url}>`;
  if (source.supplementary) line += ' (supplementary)';
  if (source.note) line += ` [${oneLine(source.note)}]`;
  return line;
}

/** Several sources as one field: the lines joined by " | ". */
export function formatSources(sources: readonly ExportSource[], lang: ExportLang = 'en'): string {
  return sources.map((source) => formatSourceLine(source, lang)).join(' | ');
}

/** A source with every field present, in the loader's key order (so its JSON is the same as the database's). */
export function canonicalSource(source: ExportSource): Required<ExportSource> {
  return {
    documentId: source.documentId,
    document: source.document,
    documentZh: source.documentZh ?? null,
    section: source.section,
    sectionEn: source.sectionEn ?? null,
    footnote: source.footnote,
    quote: source.quote,
    quoteEn: source.quoteEn ?? null,
    url: source.url,
    supplementary: source.supplementary,
    note: source.note ?? null,
  };
}
