/**
 * A cited source, as the loader stores it and the API serves it, and when two citations are the same source.
 */

/** Where a fact comes from. The translation fields are optional because older graphs and plain inputs lack them. */
export interface Source {
  readonly documentId: string;
  /** Title of the cited document (English). */
  readonly document: string;
  readonly documentZh?: string | null;
  /** The report's heading, verbatim. */
  readonly section: string | null;
  /** The atlas's English name for a Chinese heading. */
  readonly sectionEn?: string | null;
  readonly footnote: number | null;
  /** Verbatim, in the cited document's language. */
  readonly quote: string | null;
  /** The atlas's English translation of a Chinese quote (not the document's own text). */
  readonly quoteEn?: string | null;
  readonly url: string | null;
  readonly supplementary: boolean;
  readonly note?: string | null;
}

/**
 * The identity of a source: two citations share a number exactly when this key is equal. It holds every field a
 * citation shows that is not looked up from another: the document's titles follow from `documentId`, and the
 * atlas's translations from `section` and `quote`, so they add nothing. A coarser key (document, section,
 * footnote and quote only) would merge two citations that differ in URL, supplementary flag or note, and the
 * second one's URL or note would silently disappear from the list.
 */
export function sourceKey(source: Source): string {
  return JSON.stringify([
    source.documentId,
    source.section,
    source.footnote,
    source.quote,
    source.url,
    source.supplementary,
    source.note ?? null,
  ]);
}
