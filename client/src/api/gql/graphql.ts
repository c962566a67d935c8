/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/**
 * What a briefing fact states: the entity's summary, the graph's note on it (a correction of the report), when it holds,
 * or a relationship.
 */
export type BriefingFactKind =
  | 'NOTE'
  | 'RELATIONSHIP'
  | 'SUMMARY'
  /** When a dated entity holds, and whether it holds on the briefing's day. */
  | 'VALIDITY';

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

/** What happens on a timeline day: a fact starts to hold, or stops holding. */
export type TimelineChange =
  /** The first day the fact no longer holds (the day after its Validity.toDay). */
  | 'ENDS'
  /** The first day the fact holds (its Validity.fromDay). */
  | 'STARTS';

export type BriefingQueryVariables = Exact<{
  ids: Array<string> | string;
  lang: Lang | null | undefined;
  title: string | null | undefined;
  asOf: string | null | undefined;
}>;


export type BriefingQuery = { briefing: { title: string, markdown: string, asOf: string, dataDate: string | null, seedVersion: string | null, sourceLine: string, lang: Lang, footnotes: Array<{ document: string, documentZh: string | null, documentId: string, section: string | null, sectionEn: string | null, footnote: number | null, quote: string | null, quoteEn: string | null, url: string | null, supplementary: boolean }>, sections: Array<{ id: string, kind: EntityKind, name: string, otherName: string, facts: Array<{ kind: BriefingFactKind, text: string, footnote: number, footnotes: Array<number>, relationId: string | null, otherId: string | null }> }> } };

export type CoverageQueryVariables = Exact<{
  technologyId: string;
  asOf: string | null | undefined;
}>;


export type CoverageQuery = { coverage: Array<{ basis: CoverageBasis, instrument: { id: string, kind: EntityKind, nameEn: string, nameZh: string }, path: { length: number, nodes: Array<{ scope: MeasureScope | null, id: string, kind: EntityKind, scopeNoteEn: string | null, scopeNoteZh: string | null, nameEn: string, nameZh: string }>, edges: Array<{ id: string, type: string, from: string, to: string, noteEn: string | null, noteZh: string | null, sources: Array<{ document: string, documentZh: string | null, documentId: string, section: string | null, sectionEn: string | null, footnote: number | null, quote: string | null, quoteEn: string | null, url: string | null, supplementary: boolean, note: string | null }> }> }, appliedBy: Array<{ role: string, entity: { id: string, kind: EntityKind, nameEn: string, nameZh: string }, path: { length: number, nodes: Array<{ id: string, kind: EntityKind, nameEn: string, nameZh: string }>, edges: Array<{ id: string, type: string, from: string, to: string, noteEn: string | null, noteZh: string | null, sources: Array<{ document: string, documentZh: string | null, documentId: string, section: string | null, sectionEn: string | null, footnote: number | null, quote: string | null, quoteEn: string | null, url: string | null, supplementary: boolean, note: string | null }> }> } }> }> };

export type EntityDetailQueryVariables = Exact<{
  id: string;
}>;


export type EntityDetailQuery = { entity: { id: string, kind: EntityKind, aliases: Array<string>, url: string | null, summaryEn: string | null, summaryZh: string | null, noteEn: string | null, noteZh: string | null, nameEn: string, nameZh: string, relations: Array<{ id: string, type: string, direction: Direction, labelEn: string, labelZh: string, noteEn: string | null, noteZh: string | null, other: { id: string, kind: EntityKind, nameEn: string, nameZh: string }, sources: Array<{ document: string, documentZh: string | null, documentId: string, section: string | null, sectionEn: string | null, footnote: number | null, quote: string | null, quoteEn: string | null, url: string | null, supplementary: boolean, note: string | null }> }>, properties: Array<{ key: string, value: string }>, sources: Array<{ document: string, documentZh: string | null, documentId: string, section: string | null, sectionEn: string | null, footnote: number | null, quote: string | null, quoteEn: string | null, url: string | null, supplementary: boolean, note: string | null }> } | null };

export type SourceFieldsFragment = { document: string, documentZh: string | null, documentId: string, section: string | null, sectionEn: string | null, footnote: number | null, quote: string | null, quoteEn: string | null, url: string | null, supplementary: boolean, note: string | null };

export type EntityRefFragment = { id: string, kind: EntityKind, nameEn: string, nameZh: string };

export type EdgeFieldsFragment = { id: string, type: string, from: string, to: string, noteEn: string | null, noteZh: string | null, sources: Array<{ document: string, documentZh: string | null, documentId: string, section: string | null, sectionEn: string | null, footnote: number | null, quote: string | null, quoteEn: string | null, url: string | null, supplementary: boolean, note: string | null }> };

export type EntityFactsFragment = { aliases: Array<string>, url: string | null, properties: Array<{ key: string, value: string }>, sources: Array<{ document: string, documentZh: string | null, documentId: string, section: string | null, sectionEn: string | null, footnote: number | null, quote: string | null, quoteEn: string | null, url: string | null, supplementary: boolean, note: string | null }> };

export type SubgraphFieldsFragment = { truncated: boolean, sampled: boolean, nodes: Array<{ id: string, kind: EntityKind, nameEn: string, nameZh: string }>, edges: Array<{ id: string, type: string, from: string, to: string }> };

export type LinksQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type LinksQuery = { entities: Array<{ id: string, kind: EntityKind, nameEn: string, nameZh: string, sources: Array<{ documentId: string }>, validity: { fromDay: string | null, toDay: string | null } | null, relations: Array<{ id: string, type: string, direction: Direction, validity: { fromDay: string | null, toDay: string | null } | null, other: { id: string, kind: EntityKind, nameEn: string, nameZh: string } }> } | null> };

export type EntityLinksFragment = { id: string, kind: EntityKind, nameEn: string, nameZh: string, sources: Array<{ documentId: string }>, validity: { fromDay: string | null, toDay: string | null } | null, relations: Array<{ id: string, type: string, direction: Direction, validity: { fromDay: string | null, toDay: string | null } | null, other: { id: string, kind: EntityKind, nameEn: string, nameZh: string } }> };

export type CoverageMatrixQueryVariables = Exact<{
  technologyIds: Array<string> | string | null | undefined;
  instrumentKinds: Array<EntityKind> | EntityKind | null | undefined;
  asOf: string | null | undefined;
}>;


export type CoverageMatrixQuery = { coverageMatrix: { asOf: string, columns: Array<{ id: string, kind: EntityKind, nameEn: string, nameZh: string }>, rows: Array<{ strongest: CoverageBasis | null, gap: boolean, technology: { id: string, kind: EntityKind, nameEn: string, nameZh: string }, category: { id: string, kind: EntityKind, nameEn: string, nameZh: string }, cells: Array<{ instrumentId: string, basis: CoverageBasis, via: CoverageVia, path: { length: number, nodes: Array<{ id: string, kind: EntityKind, nameEn: string, nameZh: string }>, edges: Array<{ id: string, type: string, from: string, to: string, noteEn: string | null, noteZh: string | null, sources: Array<{ document: string, documentZh: string | null, documentId: string, section: string | null, sectionEn: string | null, footnote: number | null, quote: string | null, quoteEn: string | null, url: string | null, supplementary: boolean, note: string | null }> }> } }> }> } };

export type CoverageGapsQueryVariables = Exact<{
  asOf: string | null | undefined;
}>;


export type CoverageGapsQuery = { coverageGaps: Array<{ strongest: CoverageBasis | null, technology: { id: string, kind: EntityKind, nameEn: string, nameZh: string }, category: { id: string, kind: EntityKind, nameEn: string, nameZh: string }, reasons: Array<{ statedOf: { id: string, kind: EntityKind, nameEn: string, nameZh: string }, other: { id: string, kind: EntityKind, nameEn: string, nameZh: string }, edge: { id: string, type: string, from: string, to: string, noteEn: string | null, noteZh: string | null, sources: Array<{ document: string, documentZh: string | null, documentId: string, section: string | null, sectionEn: string | null, footnote: number | null, quote: string | null, quoteEn: string | null, url: string | null, supplementary: boolean, note: string | null }> } }> }> };

export type NeighborhoodQueryVariables = Exact<{
  id: string;
  depth: number | null | undefined;
  kinds: Array<EntityKind> | EntityKind | null | undefined;
  relationTypes: Array<string> | string | null | undefined;
  limit: number | null | undefined;
  asOf: string | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, sampled: boolean, nodes: Array<{ id: string, kind: EntityKind, nameEn: string, nameZh: string }>, edges: Array<{ id: string, type: string, from: string, to: string }> } };

export type OverviewQueryVariables = Exact<{
  limit: number | null | undefined;
  kinds: Array<EntityKind> | EntityKind | null | undefined;
  asOf: string | null | undefined;
}>;


export type OverviewQuery = { overview: { truncated: boolean, sampled: boolean, nodes: Array<{ id: string, kind: EntityKind, nameEn: string, nameZh: string }>, edges: Array<{ id: string, type: string, from: string, to: string }> } };

export type PathsQueryVariables = Exact<{
  from: string;
  to: string;
  maxLength: number | null | undefined;
  limit: number | null | undefined;
  relationTypes: Array<string> | string | null | undefined;
  excludeRelationTypes: Array<string> | string | null | undefined;
  asOf: string | null | undefined;
}>;


export type PathsQuery = { paths: { paths: Array<{ length: number, throughCitations: boolean, nodes: Array<{ id: string, kind: EntityKind, nameEn: string, nameZh: string }>, edges: Array<{ id: string, type: string, from: string, to: string, noteEn: string | null, noteZh: string | null, sources: Array<{ document: string, documentZh: string | null, documentId: string, section: string | null, sectionEn: string | null, footnote: number | null, quote: string | null, quoteEn: string | null, url: string | null, supplementary: boolean, note: string | null }> }> }>, skippedHubs: Array<{ id: string, kind: EntityKind, nameEn: string, nameZh: string }> } };

export type SearchQueryVariables = Exact<{
  text: string;
  kinds: Array<EntityKind> | EntityKind | null | undefined;
  limit: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ aliases: Array<string>, id: string, kind: EntityKind, nameEn: string, nameZh: string }> };

export type StatsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsQuery = { graphStats: { nodes: number, relationships: number, seedVersion: string | null, loadedAt: string | null } };

export type TimelineQueryVariables = Exact<{
  ids: Array<string> | string | null | undefined;
  from: string | null | undefined;
  to: string | null | undefined;
  limit: number | null | undefined;
}>;


export type TimelineQuery = { timeline: { truncated: boolean, events: Array<{ date: string, written: string, change: TimelineChange, entity: { id: string, kind: EntityKind, nameEn: string, nameZh: string } | null, edge: { id: string, type: string, from: string, to: string } | null, subjects: Array<{ id: string, kind: EntityKind, nameEn: string, nameZh: string }>, sources: Array<{ document: string, documentZh: string | null, documentId: string, section: string | null, sectionEn: string | null, footnote: number | null, quote: string | null, quoteEn: string | null, url: string | null, supplementary: boolean, note: string | null }> }> } };

export type ViewExportQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type ViewExportQuery = { entities: Array<{ id: string, kind: EntityKind, aliases: Array<string>, url: string | null, summaryEn: string | null, summaryZh: string | null, noteEn: string | null, noteZh: string | null, nameEn: string, nameZh: string, relations: Array<{ id: string, type: string, direction: Direction, noteEn: string | null, noteZh: string | null, other: { id: string }, sources: Array<{ document: string, documentZh: string | null, documentId: string, section: string | null, sectionEn: string | null, footnote: number | null, quote: string | null, quoteEn: string | null, url: string | null, supplementary: boolean, note: string | null }> }>, properties: Array<{ key: string, value: string }>, sources: Array<{ document: string, documentZh: string | null, documentId: string, section: string | null, sectionEn: string | null, footnote: number | null, quote: string | null, quoteEn: string | null, url: string | null, supplementary: boolean, note: string | null }> } | null> };

export type ExportEntityFragment = { id: string, kind: EntityKind, aliases: Array<string>, url: string | null, summaryEn: string | null, summaryZh: string | null, noteEn: string | null, noteZh: string | null, nameEn: string, nameZh: string, relations: Array<{ id: string, type: string, direction: Direction, noteEn: string | null, noteZh: string | null, other: { id: string }, sources: Array<{ document: string, documentZh: string | null, documentId: string, section: string | null, sectionEn: string | null, footnote: number | null, quote: string | null, quoteEn: string | null, url: string | null, supplementary: boolean, note: string | null }> }>, properties: Array<{ key: string, value: string }>, sources: Array<{ document: string, documentZh: string | null, documentId: string, section: string | null, sectionEn: string | null, footnote: number | null, quote: string | null, quoteEn: string | null, url: string | null, supplementary: boolean, note: string | null }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SourceFieldsFragmentDoc = new TypedDocumentString(`
    fragment SourceFields on Source {
  document
  documentZh
  documentId
  section
  sectionEn
  footnote
  quote
  quoteEn
  url
  supplementary
  note
}
    `, {"fragmentName":"SourceFields"}) as unknown as TypedDocumentString<SourceFieldsFragment, unknown>;
export const EdgeFieldsFragmentDoc = new TypedDocumentString(`
    fragment EdgeFields on Edge {
  id
  type
  from
  to
  noteEn: note(lang: EN)
  noteZh: note(lang: ZH)
  sources {
    ...SourceFields
  }
}
    fragment SourceFields on Source {
  document
  documentZh
  documentId
  section
  sectionEn
  footnote
  quote
  quoteEn
  url
  supplementary
  note
}`, {"fragmentName":"EdgeFields"}) as unknown as TypedDocumentString<EdgeFieldsFragment, unknown>;
export const EntityRefFragmentDoc = new TypedDocumentString(`
    fragment EntityRef on Entity {
  id
  kind
  nameEn: name(lang: EN)
  nameZh: name(lang: ZH)
}
    `, {"fragmentName":"EntityRef"}) as unknown as TypedDocumentString<EntityRefFragment, unknown>;
export const SubgraphFieldsFragmentDoc = new TypedDocumentString(`
    fragment SubgraphFields on Subgraph {
  truncated
  sampled
  nodes {
    ...EntityRef
  }
  edges {
    id
    type
    from
    to
  }
}
    fragment EntityRef on Entity {
  id
  kind
  nameEn: name(lang: EN)
  nameZh: name(lang: ZH)
}`, {"fragmentName":"SubgraphFields"}) as unknown as TypedDocumentString<SubgraphFieldsFragment, unknown>;
export const EntityLinksFragmentDoc = new TypedDocumentString(`
    fragment EntityLinks on Entity {
  ...EntityRef
  sources {
    documentId
  }
  validity {
    fromDay
    toDay
  }
  relations {
    id
    type
    direction
    validity {
      fromDay
      toDay
    }
    other {
      ...EntityRef
    }
  }
}
    fragment EntityRef on Entity {
  id
  kind
  nameEn: name(lang: EN)
  nameZh: name(lang: ZH)
}`, {"fragmentName":"EntityLinks"}) as unknown as TypedDocumentString<EntityLinksFragment, unknown>;
export const EntityFactsFragmentDoc = new TypedDocumentString(`
    fragment EntityFacts on Entity {
  aliases
  url
  properties {
    key
    value
  }
  sources {
    ...SourceFields
  }
}
    fragment SourceFields on Source {
  document
  documentZh
  documentId
  section
  sectionEn
  footnote
  quote
  quoteEn
  url
  supplementary
  note
}`, {"fragmentName":"EntityFacts"}) as unknown as TypedDocumentString<EntityFactsFragment, unknown>;
export const ExportEntityFragmentDoc = new TypedDocumentString(`
    fragment ExportEntity on Entity {
  ...EntityRef
  summaryEn: summary(lang: EN)
  summaryZh: summary(lang: ZH)
  noteEn: note(lang: EN)
  noteZh: note(lang: ZH)
  ...EntityFacts
  relations {
    id
    type
    direction
    noteEn: note(lang: EN)
    noteZh: note(lang: ZH)
    other {
      id
    }
    sources {
      ...SourceFields
    }
  }
}
    fragment SourceFields on Source {
  document
  documentZh
  documentId
  section
  sectionEn
  footnote
  quote
  quoteEn
  url
  supplementary
  note
}
fragment EntityRef on Entity {
  id
  kind
  nameEn: name(lang: EN)
  nameZh: name(lang: ZH)
}
fragment EntityFacts on Entity {
  aliases
  url
  properties {
    key
    value
  }
  sources {
    ...SourceFields
  }
}`, {"fragmentName":"ExportEntity"}) as unknown as TypedDocumentString<ExportEntityFragment, unknown>;
export const BriefingDocument = new TypedDocumentString(`
    query Briefing($ids: [ID!]!, $lang: Lang, $title: String, $asOf: Date) {
  briefing(ids: $ids, lang: $lang, title: $title, asOf: $asOf) {
    title
    markdown
    asOf
    dataDate
    seedVersion
    sourceLine
    lang
    footnotes {
      document
      documentZh
      documentId
      section
      sectionEn
      footnote
      quote
      quoteEn
      url
      supplementary
    }
    sections {
      id
      kind
      name
      otherName
      facts {
        kind
        text
        footnote
        footnotes
        relationId
        otherId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BriefingQuery, BriefingQueryVariables>;
export const CoverageDocument = new TypedDocumentString(`
    query Coverage($technologyId: ID!, $asOf: Date) {
  coverage(technologyId: $technologyId, asOf: $asOf) {
    basis
    instrument {
      ...EntityRef
    }
    path {
      length
      nodes {
        ...EntityRef
        scope
        scopeNoteEn: scopeNote(lang: EN)
        scopeNoteZh: scopeNote(lang: ZH)
      }
      edges {
        ...EdgeFields
      }
    }
    appliedBy {
      role
      entity {
        ...EntityRef
      }
      path {
        length
        nodes {
          ...EntityRef
        }
        edges {
          ...EdgeFields
        }
      }
    }
  }
}
    fragment SourceFields on Source {
  document
  documentZh
  documentId
  section
  sectionEn
  footnote
  quote
  quoteEn
  url
  supplementary
  note
}
fragment EntityRef on Entity {
  id
  kind
  nameEn: name(lang: EN)
  nameZh: name(lang: ZH)
}
fragment EdgeFields on Edge {
  id
  type
  from
  to
  noteEn: note(lang: EN)
  noteZh: note(lang: ZH)
  sources {
    ...SourceFields
  }
}`) as unknown as TypedDocumentString<CoverageQuery, CoverageQueryVariables>;
export const EntityDetailDocument = new TypedDocumentString(`
    query EntityDetail($id: ID!) {
  entity(id: $id) {
    ...EntityRef
    summaryEn: summary(lang: EN)
    summaryZh: summary(lang: ZH)
    noteEn: note(lang: EN)
    noteZh: note(lang: ZH)
    ...EntityFacts
    relations {
      id
      type
      direction
      labelEn: label(lang: EN)
      labelZh: label(lang: ZH)
      noteEn: note(lang: EN)
      noteZh: note(lang: ZH)
      other {
        ...EntityRef
      }
      sources {
        ...SourceFields
      }
    }
  }
}
    fragment SourceFields on Source {
  document
  documentZh
  documentId
  section
  sectionEn
  footnote
  quote
  quoteEn
  url
  supplementary
  note
}
fragment EntityRef on Entity {
  id
  kind
  nameEn: name(lang: EN)
  nameZh: name(lang: ZH)
}
fragment EntityFacts on Entity {
  aliases
  url
  properties {
    key
    value
  }
  sources {
    ...SourceFields
  }
}`) as unknown as TypedDocumentString<EntityDetailQuery, EntityDetailQueryVariables>;
export const LinksDocument = new TypedDocumentString(`
    query Links($ids: [ID!]!) {
  entities(ids: $ids) {
    ...EntityLinks
  }
}
    fragment EntityRef on Entity {
  id
  kind
  nameEn: name(lang: EN)
  nameZh: name(lang: ZH)
}
fragment EntityLinks on Entity {
  ...EntityRef
  sources {
    documentId
  }
  validity {
    fromDay
    toDay
  }
  relations {
    id
    type
    direction
    validity {
      fromDay
      toDay
    }
    other {
      ...EntityRef
    }
  }
}`) as unknown as TypedDocumentString<LinksQuery, LinksQueryVariables>;
export const CoverageMatrixDocument = new TypedDocumentString(`
    query CoverageMatrix($technologyIds: [ID!], $instrumentKinds: [EntityKind!], $asOf: Date) {
  coverageMatrix(
    technologyIds: $technologyIds
    instrumentKinds: $instrumentKinds
    asOf: $asOf
  ) {
    asOf
    columns {
      ...EntityRef
    }
    rows {
      technology {
        ...EntityRef
      }
      category {
        ...EntityRef
      }
      strongest
      gap
      cells {
        instrumentId
        basis
        via
        path {
          length
          nodes {
            ...EntityRef
          }
          edges {
            ...EdgeFields
          }
        }
      }
    }
  }
}
    fragment SourceFields on Source {
  document
  documentZh
  documentId
  section
  sectionEn
  footnote
  quote
  quoteEn
  url
  supplementary
  note
}
fragment EntityRef on Entity {
  id
  kind
  nameEn: name(lang: EN)
  nameZh: name(lang: ZH)
}
fragment EdgeFields on Edge {
  id
  type
  from
  to
  noteEn: note(lang: EN)
  noteZh: note(lang: ZH)
  sources {
    ...SourceFields
  }
}`) as unknown as TypedDocumentString<CoverageMatrixQuery, CoverageMatrixQueryVariables>;
export const CoverageGapsDocument = new TypedDocumentString(`
    query CoverageGaps($asOf: Date) {
  coverageGaps(asOf: $asOf) {
    technology {
      ...EntityRef
    }
    category {
      ...EntityRef
    }
    strongest
    reasons {
      statedOf {
        ...EntityRef
      }
      other {
        ...EntityRef
      }
      edge {
        ...EdgeFields
      }
    }
  }
}
    fragment SourceFields on Source {
  document
  documentZh
  documentId
  section
  sectionEn
  footnote
  quote
  quoteEn
  url
  supplementary
  note
}
fragment EntityRef on Entity {
  id
  kind
  nameEn: name(lang: EN)
  nameZh: name(lang: ZH)
}
fragment EdgeFields on Edge {
  id
  type
  from
  to
  noteEn: note(lang: EN)
  noteZh: note(lang: ZH)
  sources {
    ...SourceFields
  }
}`) as unknown as TypedDocumentString<CoverageGapsQuery, CoverageGapsQueryVariables>;
export const NeighborhoodDocument = new TypedDocumentString(`
    query Neighborhood($id: ID!, $depth: Int, $kinds: [EntityKind!], $relationTypes: [String!], $limit: Int, $asOf: Date) {
  neighborhood(
    id: $id
    depth: $depth
    kinds: $kinds
    relationTypes: $relationTypes
    limit: $limit
    asOf: $asOf
  ) {
    ...SubgraphFields
  }
}
    fragment EntityRef on Entity {
  id
  kind
  nameEn: name(lang: EN)
  nameZh: name(lang: ZH)
}
fragment SubgraphFields on Subgraph {
  truncated
  sampled
  nodes {
    ...EntityRef
  }
  edges {
    id
    type
    from
    to
  }
}`) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const OverviewDocument = new TypedDocumentString(`
    query Overview($limit: Int, $kinds: [EntityKind!], $asOf: Date) {
  overview(limit: $limit, kinds: $kinds, asOf: $asOf) {
    ...SubgraphFields
  }
}
    fragment EntityRef on Entity {
  id
  kind
  nameEn: name(lang: EN)
  nameZh: name(lang: ZH)
}
fragment SubgraphFields on Subgraph {
  truncated
  sampled
  nodes {
    ...EntityRef
  }
  edges {
    id
    type
    from
    to
  }
}`) as unknown as TypedDocumentString<OverviewQuery, OverviewQueryVariables>;
export const PathsDocument = new TypedDocumentString(`
    query Paths($from: ID!, $to: ID!, $maxLength: Int, $limit: Int, $relationTypes: [String!], $excludeRelationTypes: [String!], $asOf: Date) {
  paths(
    from: $from
    to: $to
    maxLength: $maxLength
    limit: $limit
    relationTypes: $relationTypes
    excludeRelationTypes: $excludeRelationTypes
    asOf: $asOf
  ) {
    paths {
      length
      throughCitations
      nodes {
        ...EntityRef
      }
      edges {
        ...EdgeFields
      }
    }
    skippedHubs {
      ...EntityRef
    }
  }
}
    fragment SourceFields on Source {
  document
  documentZh
  documentId
  section
  sectionEn
  footnote
  quote
  quoteEn
  url
  supplementary
  note
}
fragment EntityRef on Entity {
  id
  kind
  nameEn: name(lang: EN)
  nameZh: name(lang: ZH)
}
fragment EdgeFields on Edge {
  id
  type
  from
  to
  noteEn: note(lang: EN)
  noteZh: note(lang: ZH)
  sources {
    ...SourceFields
  }
}`) as unknown as TypedDocumentString<PathsQuery, PathsQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $kinds: [EntityKind!], $limit: Int) {
  search(text: $text, kinds: $kinds, limit: $limit) {
    ...EntityRef
    aliases
  }
}
    fragment EntityRef on Entity {
  id
  kind
  nameEn: name(lang: EN)
  nameZh: name(lang: ZH)
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const StatsDocument = new TypedDocumentString(`
    query Stats {
  graphStats {
    nodes
    relationships
    seedVersion
    loadedAt
  }
}
    `) as unknown as TypedDocumentString<StatsQuery, StatsQueryVariables>;
export const TimelineDocument = new TypedDocumentString(`
    query Timeline($ids: [ID!], $from: Date, $to: Date, $limit: Int) {
  timeline(ids: $ids, from: $from, to: $to, limit: $limit) {
    truncated
    events {
      date
      written
      change
      entity {
        ...EntityRef
      }
      edge {
        id
        type
        from
        to
      }
      subjects {
        ...EntityRef
      }
      sources {
        ...SourceFields
      }
    }
  }
}
    fragment SourceFields on Source {
  document
  documentZh
  documentId
  section
  sectionEn
  footnote
  quote
  quoteEn
  url
  supplementary
  note
}
fragment EntityRef on Entity {
  id
  kind
  nameEn: name(lang: EN)
  nameZh: name(lang: ZH)
}`) as unknown as TypedDocumentString<TimelineQuery, TimelineQueryVariables>;
export const ViewExportDocument = new TypedDocumentString(`
    query ViewExport($ids: [ID!]!) {
  entities(ids: $ids) {
    ...ExportEntity
  }
}
    fragment SourceFields on Source {
  document
  documentZh
  documentId
  section
  sectionEn
  footnote
  quote
  quoteEn
  url
  supplementary
  note
}
fragment EntityRef on Entity {
  id
  kind
  nameEn: name(lang: EN)
  nameZh: name(lang: ZH)
}
fragment EntityFacts on Entity {
  aliases
  url
  properties {
    key
    value
  }
  sources {
    ...SourceFields
  }
}
fragment ExportEntity on Entity {
  ...EntityRef
  summaryEn: summary(lang: EN)
  summaryZh: summary(lang: ZH)
  noteEn: note(lang: EN)
  noteZh: note(lang: ZH)
  ...EntityFacts
  relations {
    id
    type
    direction
    noteEn: note(lang: EN)
    noteZh: note(lang: ZH)
    other {
      id
    }
    sources {
      ...SourceFields
    }
  }
}`) as unknown as TypedDocumentString<ViewExportQuery, ViewExportQueryVariables>;