/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Briefing($ids: [ID!]!, $lang: Lang, $title: String) {\n  briefing(ids: $ids, lang: $lang, title: $title) {\n    title\n    markdown\n    asOf\n    seedVersion\n    sourceLine\n    lang\n    footnotes {\n      document\n      documentZh\n      documentId\n      section\n      sectionEn\n      footnote\n      quote\n      quoteEn\n      url\n      supplementary\n    }\n    sections {\n      id\n      kind\n      name\n      otherName\n      facts {\n        kind\n        text\n        footnote\n        footnotes\n        relationId\n        otherId\n      }\n    }\n  }\n}": typeof types.BriefingDocument,
    "query Coverage($technologyId: ID!) {\n  coverage(technologyId: $technologyId) {\n    basis\n    instrument {\n      ...EntityRef\n    }\n    path {\n      length\n      nodes {\n        ...EntityRef\n        scope\n        scopeNoteEn: scopeNote(lang: EN)\n        scopeNoteZh: scopeNote(lang: ZH)\n      }\n      edges {\n        ...EdgeFields\n      }\n    }\n    appliedBy {\n      role\n      entity {\n        ...EntityRef\n      }\n      path {\n        length\n        nodes {\n          ...EntityRef\n        }\n        edges {\n          ...EdgeFields\n        }\n      }\n    }\n  }\n}": typeof types.CoverageDocument,
    "query EntityDetail($id: ID!) {\n  entity(id: $id) {\n    ...EntityRef\n    summaryEn: summary(lang: EN)\n    summaryZh: summary(lang: ZH)\n    noteEn: note(lang: EN)\n    noteZh: note(lang: ZH)\n    ...EntityFacts\n    relations {\n      id\n      type\n      direction\n      labelEn: label(lang: EN)\n      labelZh: label(lang: ZH)\n      noteEn: note(lang: EN)\n      noteZh: note(lang: ZH)\n      other {\n        ...EntityRef\n      }\n      sources {\n        ...SourceFields\n      }\n    }\n  }\n}": typeof types.EntityDetailDocument,
    "fragment SourceFields on Source {\n  document\n  documentZh\n  documentId\n  section\n  sectionEn\n  footnote\n  quote\n  quoteEn\n  url\n  supplementary\n  note\n}\n\nfragment EntityRef on Entity {\n  id\n  kind\n  nameEn: name(lang: EN)\n  nameZh: name(lang: ZH)\n}\n\nfragment EdgeFields on Edge {\n  id\n  type\n  from\n  to\n  noteEn: note(lang: EN)\n  noteZh: note(lang: ZH)\n  sources {\n    ...SourceFields\n  }\n}\n\nfragment EntityFacts on Entity {\n  aliases\n  url\n  properties {\n    key\n    value\n  }\n  sources {\n    ...SourceFields\n  }\n}\n\nfragment SubgraphFields on Subgraph {\n  truncated\n  nodes {\n    ...EntityRef\n  }\n  edges {\n    id\n    type\n    from\n    to\n  }\n}": typeof types.SourceFieldsFragmentDoc,
    "query Links($ids: [ID!]!) {\n  entities(ids: $ids) {\n    ...EntityLinks\n  }\n}\n\nfragment EntityLinks on Entity {\n  ...EntityRef\n  sources {\n    documentId\n  }\n  relations {\n    id\n    type\n    direction\n    other {\n      ...EntityRef\n    }\n  }\n}": typeof types.LinksDocument,
    "query Neighborhood($id: ID!, $depth: Int, $kinds: [EntityKind!], $relationTypes: [String!], $limit: Int) {\n  neighborhood(\n    id: $id\n    depth: $depth\n    kinds: $kinds\n    relationTypes: $relationTypes\n    limit: $limit\n  ) {\n    ...SubgraphFields\n  }\n}": typeof types.NeighborhoodDocument,
    "query Overview($limit: Int, $kinds: [EntityKind!]) {\n  overview(limit: $limit, kinds: $kinds) {\n    ...SubgraphFields\n  }\n}": typeof types.OverviewDocument,
    "query Paths($from: ID!, $to: ID!, $maxLength: Int, $limit: Int, $relationTypes: [String!], $excludeRelationTypes: [String!]) {\n  paths(\n    from: $from\n    to: $to\n    maxLength: $maxLength\n    limit: $limit\n    relationTypes: $relationTypes\n    excludeRelationTypes: $excludeRelationTypes\n  ) {\n    length\n    throughCitations\n    nodes {\n      ...EntityRef\n    }\n    edges {\n      ...EdgeFields\n    }\n  }\n}": typeof types.PathsDocument,
    "query Search($text: String!, $kinds: [EntityKind!], $limit: Int) {\n  search(text: $text, kinds: $kinds, limit: $limit) {\n    ...EntityRef\n    aliases\n  }\n}": typeof types.SearchDocument,
    "query Stats {\n  graphStats {\n    nodes\n    relationships\n    seedVersion\n    loadedAt\n  }\n}": typeof types.StatsDocument,
    "query ViewExport($ids: [ID!]!) {\n  entities(ids: $ids) {\n    ...ExportEntity\n  }\n}\n\nfragment ExportEntity on Entity {\n  ...EntityRef\n  summaryEn: summary(lang: EN)\n  summaryZh: summary(lang: ZH)\n  noteEn: note(lang: EN)\n  noteZh: note(lang: ZH)\n  ...EntityFacts\n  relations {\n    id\n    type\n    direction\n    noteEn: note(lang: EN)\n    noteZh: note(lang: ZH)\n    other {\n      id\n    }\n    sources {\n      ...SourceFields\n    }\n  }\n}": typeof types.ViewExportDocument,
};
const documents: Documents = {
    "query Briefing($ids: [ID!]!, $lang: Lang, $title: String) {\n  briefing(ids: $ids, lang: $lang, title: $title) {\n    title\n    markdown\n    asOf\n    seedVersion\n    sourceLine\n    lang\n    footnotes {\n      document\n      documentZh\n      documentId\n      section\n      sectionEn\n      footnote\n      quote\n      quoteEn\n      url\n      supplementary\n    }\n    sections {\n      id\n      kind\n      name\n      otherName\n      facts {\n        kind\n        text\n        footnote\n        footnotes\n        relationId\n        otherId\n      }\n    }\n  }\n}": types.BriefingDocument,
    "query Coverage($technologyId: ID!) {\n  coverage(technologyId: $technologyId) {\n    basis\n    instrument {\n      ...EntityRef\n    }\n    path {\n      length\n      nodes {\n        ...EntityRef\n        scope\n        scopeNoteEn: scopeNote(lang: EN)\n        scopeNoteZh: scopeNote(lang: ZH)\n      }\n      edges {\n        ...EdgeFields\n      }\n    }\n    appliedBy {\n      role\n      entity {\n        ...EntityRef\n      }\n      path {\n        length\n        nodes {\n          ...EntityRef\n        }\n        edges {\n          ...EdgeFields\n        }\n      }\n    }\n  }\n}": types.CoverageDocument,
    "query EntityDetail($id: ID!) {\n  entity(id: $id) {\n    ...EntityRef\n    summaryEn: summary(lang: EN)\n    summaryZh: summary(lang: ZH)\n    noteEn: note(lang: EN)\n    noteZh: note(lang: ZH)\n    ...EntityFacts\n    relations {\n      id\n      type\n      direction\n      labelEn: label(lang: EN)\n      labelZh: label(lang: ZH)\n      noteEn: note(lang: EN)\n      noteZh: note(lang: ZH)\n      other {\n        ...EntityRef\n      }\n      sources {\n        ...SourceFields\n      }\n    }\n  }\n}": types.EntityDetailDocument,
    "fragment SourceFields on Source {\n  document\n  documentZh\n  documentId\n  section\n  sectionEn\n  footnote\n  quote\n  quoteEn\n  url\n  supplementary\n  note\n}\n\nfragment EntityRef on Entity {\n  id\n  kind\n  nameEn: name(lang: EN)\n  nameZh: name(lang: ZH)\n}\n\nfragment EdgeFields on Edge {\n  id\n  type\n  from\n  to\n  noteEn: note(lang: EN)\n  noteZh: note(lang: ZH)\n  sources {\n    ...SourceFields\n  }\n}\n\nfragment EntityFacts on Entity {\n  aliases\n  url\n  properties {\n    key\n    value\n  }\n  sources {\n    ...SourceFields\n  }\n}\n\nfragment SubgraphFields on Subgraph {\n  truncated\n  nodes {\n    ...EntityRef\n  }\n  edges {\n    id\n    type\n    from\n    to\n  }\n}": types.SourceFieldsFragmentDoc,
    "query Links($ids: [ID!]!) {\n  entities(ids: $ids) {\n    ...EntityLinks\n  }\n}\n\nfragment EntityLinks on Entity {\n  ...EntityRef\n  sources {\n    documentId\n  }\n  relations {\n    id\n    type\n    direction\n    other {\n      ...EntityRef\n    }\n  }\n}": types.LinksDocument,
    "query Neighborhood($id: ID!, $depth: Int, $kinds: [EntityKind!], $relationTypes: [String!], $limit: Int) {\n  neighborhood(\n    id: $id\n    depth: $depth\n    kinds: $kinds\n    relationTypes: $relationTypes\n    limit: $limit\n  ) {\n    ...SubgraphFields\n  }\n}": types.NeighborhoodDocument,
    "query Overview($limit: Int, $kinds: [EntityKind!]) {\n  overview(limit: $limit, kinds: $kinds) {\n    ...SubgraphFields\n  }\n}": types.OverviewDocument,
    "query Paths($from: ID!, $to: ID!, $maxLength: Int, $limit: Int, $relationTypes: [String!], $excludeRelationTypes: [String!]) {\n  paths(\n    from: $from\n    to: $to\n    maxLength: $maxLength\n    limit: $limit\n    relationTypes: $relationTypes\n    excludeRelationTypes: $excludeRelationTypes\n  ) {\n    length\n    throughCitations\n    nodes {\n      ...EntityRef\n    }\n    edges {\n      ...EdgeFields\n    }\n  }\n}": types.PathsDocument,
    "query Search($text: String!, $kinds: [EntityKind!], $limit: Int) {\n  search(text: $text, kinds: $kinds, limit: $limit) {\n    ...EntityRef\n    aliases\n  }\n}": types.SearchDocument,
    "query Stats {\n  graphStats {\n    nodes\n    relationships\n    seedVersion\n    loadedAt\n  }\n}": types.StatsDocument,
    "query ViewExport($ids: [ID!]!) {\n  entities(ids: $ids) {\n    ...ExportEntity\n  }\n}\n\nfragment ExportEntity on Entity {\n  ...EntityRef\n  summaryEn: summary(lang: EN)\n  summaryZh: summary(lang: ZH)\n  noteEn: note(lang: EN)\n  noteZh: note(lang: ZH)\n  ...EntityFacts\n  relations {\n    id\n    type\n    direction\n    noteEn: note(lang: EN)\n    noteZh: note(lang: ZH)\n    other {\n      id\n    }\n    sources {\n      ...SourceFields\n    }\n  }\n}": types.ViewExportDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Briefing($ids: [ID!]!, $lang: Lang, $title: String) {\n  briefing(ids: $ids, lang: $lang, title: $title) {\n    title\n    markdown\n    asOf\n    seedVersion\n    sourceLine\n    lang\n    footnotes {\n      document\n      documentZh\n      documentId\n      section\n      sectionEn\n      footnote\n      quote\n      quoteEn\n      url\n      supplementary\n    }\n    sections {\n      id\n      kind\n      name\n      otherName\n      facts {\n        kind\n        text\n        footnote\n        footnotes\n        relationId\n        otherId\n      }\n    }\n  }\n}"): typeof import('./graphql').BriefingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Coverage($technologyId: ID!) {\n  coverage(technologyId: $technologyId) {\n    basis\n    instrument {\n      ...EntityRef\n    }\n    path {\n      length\n      nodes {\n        ...EntityRef\n        scope\n        scopeNoteEn: scopeNote(lang: EN)\n        scopeNoteZh: scopeNote(lang: ZH)\n      }\n      edges {\n        ...EdgeFields\n      }\n    }\n    appliedBy {\n      role\n      entity {\n        ...EntityRef\n      }\n      path {\n        length\n        nodes {\n          ...EntityRef\n        }\n        edges {\n          ...EdgeFields\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').CoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EntityDetail($id: ID!) {\n  entity(id: $id) {\n    ...EntityRef\n    summaryEn: summary(lang: EN)\n    summaryZh: summary(lang: ZH)\n    noteEn: note(lang: EN)\n    noteZh: note(lang: ZH)\n    ...EntityFacts\n    relations {\n      id\n      type\n      direction\n      labelEn: label(lang: EN)\n      labelZh: label(lang: ZH)\n      noteEn: note(lang: EN)\n      noteZh: note(lang: ZH)\n      other {\n        ...EntityRef\n      }\n      sources {\n        ...SourceFields\n      }\n    }\n  }\n}"): typeof import('./graphql').EntityDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SourceFields on Source {\n  document\n  documentZh\n  documentId\n  section\n  sectionEn\n  footnote\n  quote\n  quoteEn\n  url\n  supplementary\n  note\n}\n\nfragment EntityRef on Entity {\n  id\n  kind\n  nameEn: name(lang: EN)\n  nameZh: name(lang: ZH)\n}\n\nfragment EdgeFields on Edge {\n  id\n  type\n  from\n  to\n  noteEn: note(lang: EN)\n  noteZh: note(lang: ZH)\n  sources {\n    ...SourceFields\n  }\n}\n\nfragment EntityFacts on Entity {\n  aliases\n  url\n  properties {\n    key\n    value\n  }\n  sources {\n    ...SourceFields\n  }\n}\n\nfragment SubgraphFields on Subgraph {\n  truncated\n  nodes {\n    ...EntityRef\n  }\n  edges {\n    id\n    type\n    from\n    to\n  }\n}"): typeof import('./graphql').SourceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Links($ids: [ID!]!) {\n  entities(ids: $ids) {\n    ...EntityLinks\n  }\n}\n\nfragment EntityLinks on Entity {\n  ...EntityRef\n  sources {\n    documentId\n  }\n  relations {\n    id\n    type\n    direction\n    other {\n      ...EntityRef\n    }\n  }\n}"): typeof import('./graphql').LinksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Neighborhood($id: ID!, $depth: Int, $kinds: [EntityKind!], $relationTypes: [String!], $limit: Int) {\n  neighborhood(\n    id: $id\n    depth: $depth\n    kinds: $kinds\n    relationTypes: $relationTypes\n    limit: $limit\n  ) {\n    ...SubgraphFields\n  }\n}"): typeof import('./graphql').NeighborhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Overview($limit: Int, $kinds: [EntityKind!]) {\n  overview(limit: $limit, kinds: $kinds) {\n    ...SubgraphFields\n  }\n}"): typeof import('./graphql').OverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Paths($from: ID!, $to: ID!, $maxLength: Int, $limit: Int, $relationTypes: [String!], $excludeRelationTypes: [String!]) {\n  paths(\n    from: $from\n    to: $to\n    maxLength: $maxLength\n    limit: $limit\n    relationTypes: $relationTypes\n    excludeRelationTypes: $excludeRelationTypes\n  ) {\n    length\n    throughCitations\n    nodes {\n      ...EntityRef\n    }\n    edges {\n      ...EdgeFields\n    }\n  }\n}"): typeof import('./graphql').PathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Search($text: String!, $kinds: [EntityKind!], $limit: Int) {\n  search(text: $text, kinds: $kinds, limit: $limit) {\n    ...EntityRef\n    aliases\n  }\n}"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Stats {\n  graphStats {\n    nodes\n    relationships\n    seedVersion\n    loadedAt\n  }\n}"): typeof import('./graphql').StatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ViewExport($ids: [ID!]!) {\n  entities(ids: $ids) {\n    ...ExportEntity\n  }\n}\n\nfragment ExportEntity on Entity {\n  ...EntityRef\n  summaryEn: summary(lang: EN)\n  summaryZh: summary(lang: ZH)\n  noteEn: note(lang: EN)\n  noteZh: note(lang: ZH)\n  ...EntityFacts\n  relations {\n    id\n    type\n    direction\n    noteEn: note(lang: EN)\n    noteZh: note(lang: ZH)\n    other {\n      id\n    }\n    sources {\n      ...SourceFields\n    }\n  }\n}"): typeof import('./graphql').ViewExportDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
