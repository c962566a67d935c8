/** Escaping text for Markdown: inline content and the start of a line. */
import { oneLine } from '#domain';

/**
 * Escapes text for Markdown inline content: characters that could start emphasis, code, links, footnote references,
 * HTML, strikethrough or (on GitHub) math are backslash-escaped, as is an `&` that would read as an entity.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]<>~$|]/gu, (c) => `\\${c}`)
    .replace(/&(?=#?[A-Za-z0-9]+;)/gu, '\\&');
}

/** Escapes what would make the start of a line a heading, quote, list item or rule. */
export function escapeLineStart(markdown: string): string {
  return markdown.replace(/^(#|>|[-+=]|\d{1,9}(?=[.)]))/u, (m) => (/^\d/u.test(m) ? `${m}\\` : `\\${m}`));
}
