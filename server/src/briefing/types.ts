/** The briefing's input (plain data read from the graph) and the document model built from it. */
import type { ApiLang, Source } from '#domain';

/** A briefing is written in the API's language enum. */
export type BriefingLang = ApiLang;

export type BriefingSourceInput = Source;

export interface BriefingNodeInput {
  readonly id: string;
  readonly kind: string;
  readonly nameEn: string;
  readonly nameZh: string;
}

export interface BriefingEntityInput extends BriefingNodeInput {
  readonly summaryEn: string | null;
  readonly summaryZh: string | null;
  readonly noteEn?: string | null;
  readonly noteZh?: string | null;
  readonly sources: readonly Source[];
  /** When the entity holds, as written (a year, month or day); absent when undated. */
  readonly validFrom?: string | null;
  readonly validTo?: string | null;
  readonly validFromSources?: readonly Source[];
  readonly validToSources?: readonly Source[];
}

export interface BriefingRelationInput {
  readonly id: string;
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly noteEn?: string | null;
  readonly noteZh?: string | null;
  readonly sources: readonly Source[];
}

export interface BriefingInput {
  /** The selected entities, in the order the briefing shows them. */
  readonly selection: readonly BriefingEntityInput[];
  /** The entities at the other end of relationships leaving the selection (only their names are used). */
  readonly related: readonly BriefingNodeInput[];
  /**
   * The relationships to state. For each selected entity, those with another selected entity come first (in the
   * order of the selection); those with an outside entity follow in the order given here.
   */
  readonly relations: readonly BriefingRelationInput[];
  readonly lang: BriefingLang;
  /** Null or blank for the default title. */
  readonly title?: string | null;
  /** The day the briefing is as of (YYYY-MM-DD): the relationships given must be those valid on it. */
  readonly asOf: string;
  /** The day the data was loaded (YYYY-MM-DD), or null when unknown. */
  readonly dataDate?: string | null;
  readonly version: string | null;
  /** The report's names for the source line; defaults to the UNIDO report's. */
  readonly report?: { readonly nameEn: string | null; readonly nameZh: string | null } | null;
}

export type BriefingFactKind = 'SUMMARY' | 'NOTE' | 'VALIDITY' | 'RELATIONSHIP';

export interface BriefingFact {
  readonly kind: BriefingFactKind;
  readonly text: string;
  readonly footnote: number;
  readonly footnotes: readonly number[];
  readonly relationId: string | null;
  readonly otherId: string | null;
}

export interface BriefingSection {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly otherName: string;
  readonly facts: readonly BriefingFact[];
  /** When the entity holds, as written; null for an open end. */
  readonly validFrom: string | null;
  readonly validTo: string | null;
  /** False when the entity does not hold on the briefing's `asOf` day. */
  readonly validOnAsOf: boolean;
}

/**
 * A cited source; `document` is the title in the briefing's language where known. `section` and `quote` stay
 * verbatim; `sectionEn` and `quoteEn` are the atlas's translations, which an English briefing cites them by.
 */
export interface BriefingFootnote extends Required<Source> {
  readonly number: number;
}

/** One arrow of the diagram: a stated relationship between two named entities. */
export interface DiagramEdge {
  readonly from: { readonly id: string; readonly name: string };
  readonly to: { readonly id: string; readonly name: string };
  readonly verb: string;
}

/** What the briefing says, before any rendering. */
export interface BriefingModel {
  readonly title: string;
  readonly asOf: string;
  readonly dataDate: string | null;
  readonly lang: BriefingLang;
  readonly seedVersion: string | null;
  /** The report's name in the briefing's language, for the source line. */
  readonly report: string;
  readonly sections: readonly BriefingSection[];
  readonly footnotes: readonly BriefingFootnote[];
  /** The relationships the diagram draws, each once, in the order the sections state them. */
  readonly diagram: readonly DiagramEdge[];
}

/** The briefing as the API returns it. */
export interface BriefingDocument {
  readonly title: string;
  readonly markdown: string;
  readonly asOf: string;
  readonly dataDate: string | null;
  readonly lang: BriefingLang;
  readonly seedVersion: string | null;
  readonly footnotes: readonly BriefingFootnote[];
  /** The source line as plain text: the report's full title and the short title the footnotes cite it by. */
  readonly sourceLine: string;
  /** Footnote n as one plain-text line, citations[n - 1]. */
  readonly citations: readonly string[];
  readonly sections: readonly BriefingSection[];
}
