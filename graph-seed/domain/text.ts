/** Plain-text helpers every renderer of the domain's texts shares. */

/** Collapses runs of whitespace (line breaks included) into one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
