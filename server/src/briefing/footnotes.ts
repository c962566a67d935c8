/**
 * Footnotes: numbered 1..N in order of first use, one number per source (the domain's source identity), and each
 * footnote's text in Markdown or plain.
 */
import { canonicalSource, citationParts, fromApiLang, oneLine, sourceKey, type Source } from '#domain';
import { escapeMarkdown } from './escape';
import type { BriefingFootnote, BriefingLang } from './types';
import { WORDS } from './words';

/** One footnote's text: document, section, footnote number, URL, then the quote; Markdown or plain. */
export function citation(source: Source, lang: BriefingLang, markdown: boolean): string {
  const words = WORDS[lang];
  const esc = markdown ? escapeMarkdown : oneLine;
  const c = citationParts(source, fromApiLang(lang));
  const document = esc(c.document);
  const parts = [c.documentIsZh ? words.title(document, markdown) : markdown ? `*${document}*` : document];
  if (c.section) parts.push(`${words.section}${esc(c.section)}`);
  if (c.footnote !== null) parts.push(words.footnote(c.footnote));
  if (c.url) parts.push(markdown && /^https?:\/\/[^\s<>]+$/u.test(c.url) ? `<${c.url}>` : esc(c.url));
  let text = parts.join(words.partSeparator);
  if (c.quote && c.original) {
    text += `: “${esc(c.quote)}” (translation by the atlas; original: “${esc(c.original)}”)`;
  } else if (c.quote) text += words.quote(esc(c.quote));
  if (c.supplementary) text += words.supplementary;
  if (c.note) text += ` — ${esc(c.note)}`;
  return text;
}

export class Footnotes {
  private readonly numbers = new Map<string, number>();
  readonly list: BriefingFootnote[] = [];

  constructor(private readonly lang: BriefingLang) {}

  /** The footnote numbers of these sources, ascending; new sources get the next numbers, in order. */
  cite(sources: readonly Source[]): number[] {
    const cited = new Set<number>();
    for (const source of sources) {
      const key = sourceKey(source);
      let number = this.numbers.get(key);
      if (number === undefined) {
        number = this.list.length + 1;
        this.numbers.set(key, number);
        // `document` is the title in the briefing's language; the other fields stay as the source gives them.
        const document = oneLine(citationParts(source, fromApiLang(this.lang)).document);
        this.list.push({ number, ...canonicalSource(source), document });
      }
      cited.add(number);
    }
    return [...cited].sort((a, b) => a - b);
  }
}

/** Footnote reference markers: `[^1][^3]`. */
export function markers(numbers: readonly number[]): string {
  return numbers.map((n) => `[^${n}]`).join('');
}
