/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** What a briefing fact states: the entity's summary, the graph's note on it (a correction of the report), or a relationship. */
export type BriefingFactKind =
  | 'NOTE'
  | 'RELATIONSHIP'
  | 'SUMMARY';

/** How strong a coverage claim is: what the sources actually say. */
export type CoverageBasis =
  /** A source says the instrument controls a broader category the technology belongs to (through EXAMPLE_OF / SUBTYPE_OF). */
  | 'CATEGORY'
  /**
   * The technology is reached only through a control measure that the data marks as general in scope (control lists,
   * licensing and the like): the technology may fall within the instrument, but no source says the instrument controls
   * it or its category.
   */
  | 'GENERAL'
  /** A source says this instrument controls this technology itself (a CONTROLLED_BY link from the technology). */
  | 'NAMED';

/** How an instrument comes to cover a technology. */
export type CoverageVia =
  /** A broader technology (via EXAMPLE_OF / SUBTYPE_OF) is CONTROLLED_BY the instrument. */
  | 'BROADER_TECHNOLOGY'
  /** The technology itself is CONTROLLED_BY the instrument. */
  | 'DIRECT'
  /** The technology (or a broader one) is CONTROLLED_BY a control measure that the instrument EMPLOYS. */
  | 'EMPLOYED_MEASURE';

export type Direction =
  | 'IN'
  | 'OUT';

/** The kinds of entity in the graph; see graph-seed/README.md for what each holds. */
export type EntityKind =
  | 'AGENCY'
  | 'APPLICATION'
  | 'CIRCUMVENTION'
  | 'CONCEPT'
  | 'CONTROL_MEASURE'
  | 'DOCUMENT'
  | 'EVENT'
  | 'JURISDICTION'
  | 'ORGANIZATION'
  | 'REGIME'
  | 'RESOLUTION'
  | 'TECHNOLOGY'
  | 'TREATY';

export type Lang =
  | 'EN'
  | 'ZH';

/** How broad a control measure is (see Entity.scope). */
export type MeasureScope =
  | 'GENERAL'
  | 'SPECIFIC';

export type BriefingQueryVariables = Exact<{
  ids: Array<string> | string;
  lang: Lang | null | undefined;
  title: string | null | undefined;
}>;


export type BriefingQuery = { briefing: { title: string, markdown: string, asOf: string, seedVersion: string | null, lang: Lang, citations: Array<string>, footnotes: Array<{ document: string, documentZh: string | null, documentId: string, section: string | null, sectionEn: string | null, footnote: number | null, quote: string | null, quoteEn: string | null, url: string | null, supplementary: boolean }>, sections: Array<{ id: string, kind: EntityKind, name: string, otherName: string, facts: Array<{ kind: BriefingFactKind, text: string, footnote: number, footnotes: Array<number>, relationId: string | null, otherId: string | null }> }> } };

export type CoverageQueryVariables = Exact<{
  technologyId: string;
  lang: Lang | null | undefined;
}>;


export type CoverageQuery = { coverage: Array<{ basis: CoverageBasis, via: CoverageVia, instrument: { id: string, kind: EntityKind, nameEn: string, nameZh: string }, path: { length: number, nodes: Array<{ scope: MeasureScope | null, scopeNote: string | null, id: string, kind: EntityKind, nameEn: string, nameZh: string }>, edges: Array<{ id: string, type: string, from: string, to: string, note: string | null, sources: Array<{ document: string, documentZh: string | null, documentId: string, section: string | null, sectionEn: string | null, footnote: number | null, quote: string | null, quoteEn: string | null, url: string | null, supplementary: boolean, note: string | null }> }> }, appliedBy: Array<{ role: string, entity: { id: string, kind: EntityKind, nameEn: string, nameZh: string }, path: { length: number, nodes: Array<{ id: string, kind: EntityKind, nameEn: string, nameZh: string }>, edges: Array<{ id: string, type: string, from: string, to: string, note: string | null, sources: Array<{ document: string, documentZh: string | null, documentId: string, section: string | null, sectionEn: string | null, footnote: number | null, quote: string | null, quoteEn: string | null, url: string | null, supplementary: boolean, note: string | null }> }> } }> }> };

export type EntityDetailQueryVariables = Exact<{
  id: string;
  lang: Lang | null | undefined;
}>;


export type EntityDetailQuery = { entity: { summary: string | null, note: string | null, aliases: Array<string>, url: string | null, id: string, kind: EntityKind, nameEn: string, nameZh: string, properties: Array<{ key: string, value: string }>, sources: Array<{ document: string, documentZh: string | null, documentId: string, section: string | null, sectionEn: string | null, footnote: number | null, quote: string | null, quoteEn: string | null, url: string | null, supplementary: boolean, note: string | null }>, relations: Array<{ id: string, type: string, direction: Direction, label: string, note: string | null, other: { id: string, kind: EntityKind, nameEn: string, nameZh: string }, sources: Array<{ document: string, documentZh: string | null, documentId: string, section: string | null, sectionEn: string | null, footnote: number | null, quote: string | null, quoteEn: string | null, url: string | null, supplementary: boolean, note: string | null }> }> } | null };

export type SourceFieldsFragment = { document: string, documentZh: string | null, documentId: string, section: string | null, sectionEn: string | null, footnote: number | null, quote: string | null, quoteEn: string | null, url: string | null, supplementary: boolean, note: string | null };

export type EntityRefFragment = { id: string, kind: EntityKind, nameEn: string, nameZh: string };

export type EdgeFieldsFragment = { id: string, type: string, from: string, to: string, note: string | null, sources: Array<{ document: string, documentZh: string | null, documentId: string, section: string | null, sectionEn: string | null, footnote: number | null, quote: string | null, quoteEn: string | null, url: string | null, supplementary: boolean, note: string | null }> };

export type EntityLinksFragment = { id: string, kind: EntityKind, nameEn: string, nameZh: string, relations: Array<{ id: string, type: string, direction: Direction, other: { id: string, kind: EntityKind, nameEn: string, nameZh: string } }> };

export type NeighborhoodQueryVariables = Exact<{
  id: string;
  depth: number | null | undefined;
  kinds: Array<EntityKind> | EntityKind | null | undefined;
  relationTypes: Array<string> | string | null | undefined;
  limit: number | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<{ id: string, kind: EntityKind, nameEn: string, nameZh: string }>, edges: Array<{ id: string, type: string, from: string, to: string }> } };

export type OverviewQueryVariables = Exact<{
  limit: number | null | undefined;
  kinds: Array<EntityKind> | EntityKind | null | undefined;
}>;


export type OverviewQuery = { overview: { truncated: boolean, nodes: Array<{ id: string, kind: EntityKind, nameEn: string, nameZh: string }>, edges: Array<{ id: string, type: string, from: string, to: string }> } };

export type PathsQueryVariables = Exact<{
  from: string;
  to: string;
  maxLength: number | null | undefined;
  limit: number | null | undefined;
  lang: Lang | null | undefined;
  relationTypes: Array<string> | string | null | undefined;
  excludeRelationTypes: Array<string> | string | null | undefined;
}>;


export type PathsQuery = { paths: Array<{ length: number, throughCitations: boolean, nodes: Array<{ id: string, kind: EntityKind, nameEn: string, nameZh: string }>, edges: Array<{ id: string, type: string, from: string, to: string, note: string | null, sources: Array<{ document: string, documentZh: string | null, documentId: string, section: string | null, sectionEn: string | null, footnote: number | null, quote: string | null, quoteEn: string | null, url: string | null, supplementary: boolean, note: string | null }> }> }> };

export type SearchQueryVariables = Exact<{
  text: string;
  kinds: Array<EntityKind> | EntityKind | null | undefined;
  limit: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ aliases: Array<string>, id: string, kind: EntityKind, nameEn: string, nameZh: string }> };

export type StatsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsQuery = { graphStats: { nodes: number, relationships: number, seedVersion: string | null, loadedAt: string | null, byKind: Array<{ kind: EntityKind, count: number }> } };

export type ExportEntityFragment = { aliases: Array<string>, url: string | null, id: string, kind: EntityKind, summaryEn: string | null, summaryZh: string | null, noteEn: string | null, noteZh: string | null, nameEn: string, nameZh: string, properties: Array<{ key: string, value: string }>, sources: Array<{ document: string, documentZh: string | null, documentId: string, section: string | null, sectionEn: string | null, footnote: number | null, quote: string | null, quoteEn: string | null, url: string | null, supplementary: boolean, note: string | null }>, relations: Array<{ id: string, type: string, direction: Direction, noteEn: string | null, noteZh: string | null, other: { id: string }, sources: Array<{ document: string, documentZh: string | null, documentId: string, section: string | null, sectionEn: string | null, footnote: number | null, quote: string | null, quoteEn: string | null, url: string | null, supplementary: boolean, note: string | null }> }> };
