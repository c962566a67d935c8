/** Text the serializers share: sources as one readable line, and a source with every field present. */
import { citationParts } from '../citation';
import type { Lang } from '../lang';
import type { Source } from '../source';
import { oneLine } from '../text';

/**
 * One source as one readable line: `document § section fn.N: "quote" <url> (supplementary)`; only the parts the
 * source has. Quotes are kept verbatim (inner double quotes included); a translated quote is followed by the
 * original, so the line can still be checked against it.
 */
export function formatSourceLine(source: Source, lang: Lang = 'en'): string {
  const c = citationParts(source, lang);
  let line = oneLine(c.document);
  if (c.section) line += ` § ${oneLine(c.section)}`;
  if (c.footnote !== null) line += ` fn.${c.footnote}`;
  if (c.quote && c.original) {
    line += `: "${oneLine(c.quote)}" (translated by the atlas; original: "${oneLine(c.original)}")`;
  } else if (c.quote) line += `: "${oneLine(c.quote)}"`;
  if (c.url) line += ` <${c.url}>`;
  if (c.supplementary) line += ' (supplementary)';
  if (c.note) line += ` [${oneLine(c.note)}]`;
  return line;
}

/** Several sources as one field: the lines joined by " | ". */
export function formatSources(sources: readonly Source[], lang: Lang = 'en'): string {
  return sources.map((source) => formatSourceLine(source, lang)).join(' | ');
}

/** A source with every field present, in the loader's key order (so its JSON is the same as the database's). */
export function canonicalSource(source: Source): Required<Source> {
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
