import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityRef, EdgeRecord, SourceValue, RelationRecord } from '../entity/model';
import type { PathRecord, PathsAnswerRecord } from '../paths/repository';
import type { CoverageRecord } from '../coverage/repository';
import type { RelationTypeValue } from '../entity/relationTypes';
import type { GraphQLContext } from './context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A calendar day, written as an ISO date `YYYY-MM-DD` (e.g. `2023-10-17`). Anything else, including a day that does
   * not exist (`2023-02-30`), is refused: BAD_USER_INPUT when given as a variable.
   */
  Date: { input: string; output: string; }
};

/**
 * A briefing on selected entities: every fact with a numbered footnote (document, section, footnote number, URL, quote).
 * Footnote n is footnotes[n-1]; numbers follow the order of first use, without gaps, and a source cited by several facts
 * has one number.
 */
export type Briefing = {
  __typename?: 'Briefing';
  /** The day the briefing is as of: only facts valid on it are stated (the `asOf` argument, or today in UTC). */
  asOf: Scalars['Date']['output'];
  /** Footnote n as one plain-text line (citations[n-1]): a document cited before by its short title, one cited by the footnote just before as Ibid. (同上). */
  citations: Array<Scalars['String']['output']>;
  /** The date of the data: the day the seed was loaded (YYYY-MM-DD, UTC), or null when the database does not record it. */
  dataDate: Maybe<Scalars['Date']['output']>;
  /** The cited sources; `document` is the title in the briefing's language where known. */
  footnotes: Array<Source>;
  lang: Lang;
  /** The whole document as GitHub-flavoured Markdown with footnotes (and a Mermaid diagram). */
  markdown: Scalars['String']['output'];
  /** The selected entities in the order asked for (duplicates removed). */
  sections: Array<BriefingEntity>;
  /** The seed's data version (content hash), or null when the database does not record it. */
  seedVersion: Maybe<Scalars['String']['output']>;
  /** The source line as plain text: the report's full title once, and the short title the footnotes cite it by. */
  sourceLine: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** One selected entity's part of a briefing. */
export type BriefingEntity = {
  __typename?: 'BriefingEntity';
  /** The summary, then the note when there is one, then the key relationships: those with other selected entities first, then the others. */
  facts: Array<BriefingFact>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** The name in the briefing's language. */
  name: Scalars['String']['output'];
  /** The name in the other language. */
  otherName: Scalars['String']['output'];
  /** False when the entity does not hold on the briefing's `asOf` day (a rescinded rule, an event still to come). */
  validOnAsOf: Scalars['Boolean']['output'];
  /** When the entity holds; null when the data gives no dates. */
  validity: Maybe<Validity>;
};

/** One fact of a briefing, with the numbers of the footnotes that cite it (at least one). */
export type BriefingFact = {
  __typename?: 'BriefingFact';
  /** The first footnote number (1-based index into Briefing.footnotes). */
  footnote: Scalars['Int']['output'];
  /** Every footnote number citing this fact, ascending. */
  footnotes: Array<Scalars['Int']['output']>;
  kind: BriefingFactKind;
  otherId: Maybe<Scalars['ID']['output']>;
  /** For RELATIONSHIP facts: the relationship (Edge.id) and the entity at its other end. */
  relationId: Maybe<Scalars['ID']['output']>;
  /** The sentence, as plain text (the Markdown escapes it). */
  text: Scalars['String']['output'];
};

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

/** An instrument (REGIME, TREATY or CONTROL_MEASURE) that covers a technology, with the path explaining why. */
export type Coverage = {
  __typename?: 'Coverage';
  /** Who applies the instrument (employs, administers, enforces, implements, is a member of or adopted it), nearest first. */
  appliedBy: Array<CoverageActor>;
  /** The strongest basis among the explaining paths; `path` is the shortest path of that basis. */
  basis: CoverageBasis;
  instrument: Entity;
  /** Starts at the technology and ends at the instrument. */
  path: Path;
  via: CoverageVia;
};

/** Who applies an instrument: a jurisdiction, regime, treaty, agency or organisation, and how. */
export type CoverageActor = {
  __typename?: 'CoverageActor';
  entity: Entity;
  /** The cited path between the actor and the instrument. */
  path: Path;
  /**
   * The relationship that makes it an actor: EMPLOYS, ADMINISTERS, ENFORCES, IMPLEMENTS or MEMBER_OF (from the actor),
   * or ADOPTED_BY (from the instrument); through a regime or treaty that EMPLOYS the instrument when the path has two steps.
   */
  role: Scalars['String']['output'];
};

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

/** One cell of the coverage matrix: an instrument covers a technology, by the coverage rule. */
export type CoverageCell = {
  __typename?: 'CoverageCell';
  /** The strongest basis, as `coverage` gives it. */
  basis: CoverageBasis;
  /** The instrument: a column of the matrix (CoverageMatrix.columns). */
  instrumentId: Scalars['ID']['output'];
  /** The explaining path, from the technology to the instrument, with its citations. */
  path: Path;
  via: CoverageVia;
};

/** A technology that no instrument covers by name or by category, as of a day. */
export type CoverageGap = {
  __typename?: 'CoverageGap';
  category: Entity;
  /** What the sources say about why, nearest first (the technology, then its categories). */
  reasons: Array<GapReason>;
  /** GENERAL when a general measure may reach it; null when nothing does. */
  strongest: Maybe<CoverageBasis>;
  technology: Entity;
};

/** Which instruments cover which technologies, as of a day. */
export type CoverageMatrix = {
  __typename?: 'CoverageMatrix';
  asOf: Scalars['Date']['output'];
  /** The instruments that cover at least one row: by kind (REGIME, TREATY, CONTROL_MEASURE), then rows covered (desc), then id. */
  columns: Array<Entity>;
  /** By category name, then the category first, then technology name (English), then id. */
  rows: Array<CoverageMatrixRow>;
  /** True when more than 1,000 technologies matched: the rows are the first 1,000 by id. */
  truncated: Scalars['Boolean']['output'];
};

/** One technology's row. */
export type CoverageMatrixRow = {
  __typename?: 'CoverageMatrixRow';
  /**
   * The broadest technology it belongs to through EXAMPLE_OF / SUBTYPE_OF (the most steps up, then the smallest id);
   * the technology itself when it belongs to none. Rows are grouped by it.
   */
  category: Entity;
  /** Only the instruments that cover it, in column order. */
  cells: Array<CoverageCell>;
  /** True when no instrument covers it by name or by category (no NAMED or CATEGORY cell): a gap in the controls. */
  gap: Scalars['Boolean']['output'];
  /** The strongest basis of any cell; null when no instrument covers it. */
  strongest: Maybe<CoverageBasis>;
  technology: Entity;
};

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

export type Edge = {
  __typename?: 'Edge';
  from: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  to: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  /** When the relationship holds; null when the data gives no dates (it always holds). */
  validity: Maybe<Validity>;
};


export type EdgeNoteArgs = {
  lang?: InputMaybe<Lang>;
};

export type Entity = {
  __typename?: 'Entity';
  aliases: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** Where the report is loose or mistaken: its wording and the correction. */
  note: Maybe<Scalars['String']['output']>;
  properties: Array<Property>;
  /** How many relationships `relations` would list with the same types and direction, over all pages. */
  relationCount: Scalars['Int']['output'];
  /**
   * The entity's relationships, optionally only some types or one direction; sorted by type, direction, then the other
   * entity's id. One page of them: `limit` (1..500, 100 when left out, above the largest degree of the seed, 41) from
   * `offset` (0 or more, 0 when left out), so a hub with thousands of relationships answers in pages.
   * BAD_USER_INPUT for a limit or offset out of range. `relationCount` gives the total for the same filter.
   */
  relations: Array<Relation>;
  /**
   * CONTROL_MEASURE only: GENERAL when the measure is general in scope (control lists, licensing, …), so a technology
   * reached only through it is covered on a GENERAL basis; SPECIFIC when it targets named technologies. Null otherwise.
   */
  scope: Maybe<MeasureScope>;
  /** Why the measure has that scope, in one line. */
  scopeNote: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  summary: Maybe<Scalars['String']['output']>;
  url: Maybe<Scalars['String']['output']>;
  /** When the entity holds (an instrument in force, an event's day); null when the data gives no dates. */
  validity: Maybe<Validity>;
};


export type EntityNameArgs = {
  lang?: InputMaybe<Lang>;
};


export type EntityNoteArgs = {
  lang?: InputMaybe<Lang>;
};


export type EntityRelationCountArgs = {
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type EntityRelationsArgs = {
  direction?: InputMaybe<Direction>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type EntityScopeNoteArgs = {
  lang?: InputMaybe<Lang>;
};


export type EntitySummaryArgs = {
  lang?: InputMaybe<Lang>;
};

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

/** A reason the report gives why controls fall short for a technology: a cited relationship of it or of its category. */
export type GapReason = {
  __typename?: 'GapReason';
  /** The relationship: a circumvention that EXPLOITS, EVADES or TARGETS it, or a concern it RAISES. */
  edge: Edge;
  /** The entity at the relationship's other end. */
  other: Entity;
  /** The technology or the broader category the source speaks of (a fact of a category stays on the category). */
  statedOf: Entity;
};

export type GraphStats = {
  __typename?: 'GraphStats';
  byKind: Array<KindCount>;
  /** When the seed was loaded (ISO 8601). */
  loadedAt: Maybe<Scalars['String']['output']>;
  nodes: Scalars['Int']['output'];
  relationships: Scalars['Int']['output'];
  /** Content hash of the loaded seed (graph-seed/data and the report), or null when no seed is loaded. */
  seedVersion: Maybe<Scalars['String']['output']>;
};

export type KindCount = {
  __typename?: 'KindCount';
  count: Scalars['Int']['output'];
  kind: EntityKind;
};

export type Lang =
  | 'EN'
  | 'ZH';

/** How broad a control measure is (see Entity.scope). */
export type MeasureScope =
  | 'GENERAL'
  | 'SPECIFIC';

/** A chain of relationships: nodes[i] and nodes[i+1] are joined by edges[i] (in either direction). */
export type Path = {
  __typename?: 'Path';
  edges: Array<Edge>;
  /** Number of relationships (edges) in the path. */
  length: Scalars['Int']['output'];
  nodes: Array<Entity>;
  /**
   * True when the path runs through a bibliographic relationship (CITES, PUBLISHED_BY): it says where facts are written,
   * not how the two ends relate. paths() returns such paths only when asked for them or when no other path exists.
   */
  throughCitations: Scalars['Boolean']['output'];
};

/**
 * The answer of paths(): the paths found, and the hubs the search did not walk through. A hub is an entity with more
 * than 1,000 relationships (the degree cap also used by neighborhood): paths may start or end at one, but never run
 * through one, so that a search between any two entities ends in bounded time.
 */
export type PathsAnswer = {
  __typename?: 'PathsAnswer';
  /** The paths, as described on paths(). */
  paths: Array<Path>;
  /** True when skippedHubs is not empty: paths through those hubs may be missing from the answer. */
  sampled: Scalars['Boolean']['output'];
  /**
   * Hubs within reach of `from` or `to` through ordinary entities, under the same filters and date, that a path at
   * least as short as the listed ones could have run through: such paths may be missing. At most 5 (the first the
   * search meets, not necessarily the nearest), listed by id. Empty when no hub is within that reach, so that no path
   * through a hub was missed (always so on the report's own graph, whose most connected entity has 41 relationships).
   */
  skippedHubs: Array<Entity>;
};

/** A typed property the report gives, such as a year or a number of participating states. */
export type Property = {
  __typename?: 'Property';
  key: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * A footnoted briefing on the entities `ids` (1..200; duplicates ignored): for each, its summary and its key
   * relationships — all those among the selected entities, then up to `relationsPerEntity` (0..50) others:
   * substantive ones before CITES, then the most connected other end first. `title` (at most 200 characters) defaults to "Briefing: <names>".
   * NOT_FOUND names every unknown id; BAD_USER_INPUT for an empty list, more than 200 ids or a title too long.
   * Only relationships valid on `asOf` are stated, and an entity not valid then says so; without `asOf`, as of
   * today (UTC).
   */
  briefing: Briefing;
  /**
   * Which regimes, treaties and control measures cover this technology, how strongly, why, and who applies each (see
   * server/src/coverage/README.md). Sorted by basis (NAMED, CATEGORY, GENERAL), then path length, then instrument id. NOT_FOUND when the id is unknown; BAD_USER_INPUT when it is not a TECHNOLOGY.
   * Only instruments, technologies and relationships valid on `asOf` take part (see Validity); without it, as of
   * today (UTC). The same rule answers coverageMatrix.
   */
  coverage: Array<Coverage>;
  /**
   * The technologies no instrument covers by name or by category as of `asOf` (today when left out), with what the
   * sources say about why; by category, then name. The gap rows of the full coverageMatrix. QUERY_TOO_COMPLEX when more
   * than 1,000 technologies hold that day (a partial list would read as complete).
   */
  coverageGaps: Array<CoverageGap>;
  /**
   * The coverage matrix: rows are technologies (`technologyIds`, 1..500, or every technology, at most 1,000: see
   * `truncated`), columns are the
   * instruments of `instrumentKinds` (REGIME, TREATY and CONTROL_MEASURE when left out) that cover a row, and each cell
   * gives the strongest basis and its explaining path by the same rule as `coverage`. Only facts valid on `asOf` take
   * part; without it, as of today (UTC). NOT_FOUND names unknown ids; BAD_USER_INPUT when an id is not a TECHNOLOGY or a
   * kind is not an instrument kind.
   */
  coverageMatrix: CoverageMatrix;
  /**
   * Several entities by id in one request (1..200 ids): the list has one item per id, in the same order, null where no
   * entity has that id. BAD_USER_INPUT for an empty list, more than 200 ids or a blank id.
   */
  entities: Array<Maybe<Entity>>;
  /** One entity by id, or null when no entity has that id. */
  entity: Maybe<Entity>;
  /** Counts of the graph's entities and relationships, by kind. */
  graphStats: GraphStats;
  /**
   * The entities within `depth` (1..3) hops of `id`, ignoring direction, optionally only some kinds and
   * relationship types, and the relationships among them. The root always comes first; nodes are ordered by
   * distance, then degree (desc), then id; at most `limit` (1..1000) nodes, `truncated` when more existed.
   * NOT_FOUND when `id` is unknown. Only entities and relationships valid on `asOf` take part (see Validity), apart
   * from the root, which is always returned; without `asOf`, as of today (UTC).
   */
  neighborhood: Subgraph;
  /**
   * A first view of the graph: the best-connected entities and the relationships among them. Only entities and
   * relationships valid on `asOf` take part; without it, as of today (UTC).
   */
  overview: Subgraph;
  /**
   * The shortest paths between two entities, ignoring relationship direction: up to `limit` (1..20) paths of at most
   * `maxLength` (1..8) relationships, by length, then the sequence of node ids. NOT_FOUND when either id is unknown.
   * Optional filters: only these relationship types (`relationTypes`), none of these (`excludeRelationTypes`), only
   * intermediate entities of these kinds (the ends always count). When neither type filter is given, bibliographic
   * relationships (CITES, PUBLISHED_BY) are left out; only when no other path exists are paths through them returned,
   * marked `throughCitations`. Only entities and relationships valid on `asOf` take part (see Validity), apart from
   * the two ends; without `asOf`, as of today (UTC). Hubs (more than 1,000 relationships) are never walked through;
   * the answer names those that could have been (see PathsAnswer).
   */
  paths: PathsAnswer;
  /** The relationship vocabulary: every type with its verbs (EN/ZH), meaning and allowed kinds. */
  relationTypes: Array<RelationTypeInfo>;
  /**
   * Entities whose English or Chinese name, alias or acronym matches `text` (case- and width-insensitive).
   * Ranked by names: a name or alias equal to the text, then one starting with it, then one containing it
   * (Chinese text, one character included), then full-text over names, aliases and summaries (word prefixes,
   * and a small typo allowed in Latin-script words of 4+ letters in texts of up to three words). Within a
   * tier, the shortest matching name first, then (full-text only) the score, then the id.
   * `text` must not be blank; limit 1..100.
   */
  search: Array<Entity>;
  /**
   * The dated changes of the entities `ids` (0..1000; all entities when left out) and of the relationships that touch
   * them, between `from` and `to` (both inclusive, both optional): when each starts and stops holding, with its sources.
   * At most `limit` (1..1000) events. NOT_FOUND names every unknown id; BAD_USER_INPUT when `to` is before `from`.
   */
  timeline: Timeline;
};


export type QueryBriefingArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  ids: Array<Scalars['ID']['input']>;
  lang?: InputMaybe<Lang>;
  relationsPerEntity?: InputMaybe<Scalars['Int']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCoverageArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  technologyId: Scalars['ID']['input'];
};


export type QueryCoverageGapsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryCoverageMatrixArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  instrumentKinds?: InputMaybe<Array<EntityKind>>;
  technologyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type QueryEntitiesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNeighborhoodArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<EntityKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  relationTypes?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QueryOverviewArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPathsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  excludeRelationTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  from: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<EntityKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  relationTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  to: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  kinds?: InputMaybe<Array<EntityKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type QueryTimelineArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** One relationship seen from an entity: its type, which way it points, and the entity at the other end. */
export type Relation = {
  __typename?: 'Relation';
  /** OUT when this entity is the subject (this -[type]-> other), IN when it is the object. */
  direction: Direction;
  /** Id of the relationship (the same id as Edge.id). */
  id: Scalars['ID']['output'];
  /** How to read the relationship from this entity: the vocabulary verb for OUT, its inverse for IN (e.g. 'is controlled by' / 'controls'). */
  label: Scalars['String']['output'];
  note: Maybe<Scalars['String']['output']>;
  other: Entity;
  sources: Array<Source>;
  /** Relationship type from the vocabulary, e.g. CONTROLLED_BY. */
  type: Scalars['String']['output'];
  /** When the relationship holds; null when the data gives no dates (it always holds). */
  validity: Maybe<Validity>;
};


/** One relationship seen from an entity: its type, which way it points, and the entity at the other end. */
export type RelationLabelArgs = {
  lang?: InputMaybe<Lang>;
};


/** One relationship seen from an entity: its type, which way it points, and the entity at the other end. */
export type RelationNoteArgs = {
  lang?: InputMaybe<Lang>;
};

/** A relationship type of the vocabulary (graph-seed/domain/vocabulary.ts). */
export type RelationTypeInfo = {
  __typename?: 'RelationTypeInfo';
  /** Kinds allowed at the start of the relationship. */
  from: Array<EntityKind>;
  /** Reads '<to> <inverse> <from>'. */
  inverse: Scalars['String']['output'];
  meaning: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Kinds allowed at the end of the relationship. */
  to: Array<EntityKind>;
  /** Reads '<from> <verb> <to>'. */
  verb: Scalars['String']['output'];
};


/** A relationship type of the vocabulary (graph-seed/domain/vocabulary.ts). */
export type RelationTypeInfoInverseArgs = {
  lang?: InputMaybe<Lang>;
};


/** A relationship type of the vocabulary (graph-seed/domain/vocabulary.ts). */
export type RelationTypeInfoVerbArgs = {
  lang?: InputMaybe<Lang>;
};

/**
 * Where a fact comes from: the document, the report's section and footnote, and a short verbatim quote.
 * `quote` and `section` are the document's own words (the report's are Chinese); `quoteEn` and `sectionEn` are the
 * atlas's English translations of them, which are not part of the cited document.
 */
export type Source = {
  __typename?: 'Source';
  /** Title of the cited document in English (in a briefing's footnotes: in the briefing's language). */
  document: Scalars['String']['output'];
  /** Id of the cited DOCUMENT entity. */
  documentId: Scalars['ID']['output'];
  /** Title of the cited document in Chinese, where the atlas knows one (the report's own title for the report). */
  documentZh: Maybe<Scalars['String']['output']>;
  /** The report's footnote number, where the fact rests on one. */
  footnote: Maybe<Scalars['Int']['output']>;
  note: Maybe<Scalars['String']['output']>;
  /** A short quote, verbatim in the cited document's language (Chinese for the report). */
  quote: Maybe<Scalars['String']['output']>;
  /**
   * The atlas's own English translation of a Chinese `quote`: not the cited document's text, so cite `quote` as the
   * original. Null when the quote is already English or there is no quote.
   */
  quoteEn: Maybe<Scalars['String']['output']>;
  /** The report's heading the fact stands under, verbatim (Chinese). */
  section: Maybe<Scalars['String']['output']>;
  /** The atlas's English name for `section`; null when the heading is not Chinese. */
  sectionEn: Maybe<Scalars['String']['output']>;
  /** True for facts that are not in the report and carry their own source. */
  supplementary: Scalars['Boolean']['output'];
  url: Maybe<Scalars['String']['output']>;
};

export type Subgraph = {
  __typename?: 'Subgraph';
  edges: Array<Edge>;
  nodes: Array<Entity>;
  /**
   * A hub was sampled: an entity with more relationships than the degree cap (1,000) was expanded only to a sample of
   * its neighbours (as many as `limit` allows, in storage order, not its best-connected ones), so some are missing.
   * Never true on graphs without such hubs.
   */
  sampled: Scalars['Boolean']['output'];
  /** More entities matched than `limit` allowed: the answer keeps the best-connected ones. */
  truncated: Scalars['Boolean']['output'];
};

export type Timeline = {
  __typename?: 'Timeline';
  /** Ordered by date, then STARTS before ENDS, then entity before relationship, then id. */
  events: Array<TimelineEvent>;
  /** True when more than `limit` events matched. */
  truncated: Scalars['Boolean']['output'];
};

/** What happens on a timeline day: a fact starts to hold, or stops holding. */
export type TimelineChange =
  /** The first day the fact no longer holds (the day after its Validity.toDay). */
  | 'ENDS'
  /** The first day the fact holds (its Validity.fromDay). */
  | 'STARTS';

/** One dated change: an entity or a relationship starts or stops holding. */
export type TimelineEvent = {
  __typename?: 'TimelineEvent';
  change: TimelineChange;
  /** The day of the change: from this day on, the new state holds. Moving `asOf` here shows it. */
  date: Scalars['Date']['output'];
  /** The relationship that changes; null when an entity does. */
  edge: Maybe<Edge>;
  /** The entity that changes; null when a relationship does. */
  entity: Maybe<Entity>;
  /** Where this end of the validity is stated. */
  sources: Array<Source>;
  /** The entities concerned: the entity, or the relationship's start and end. */
  subjects: Array<Entity>;
  /** The date as the data writes it (a year, a month or a day), so a year-precise change is not read as a day. */
  written: Scalars['String']['output'];
};

/**
 * When a fact holds (graph-seed/domain/validity.ts). Each end is written as a year, a month or a day and read at its
 * widest: `from: "2023-10"` holds from 1 October 2023, `to: "2025"` until 31 December 2025. Both ends are inclusive; a
 * missing end is open. Every end has its own sources.
 */
export type Validity = {
  __typename?: 'Validity';
  /** The first period the fact holds, as written (2018, 2023-10, 2023-10-17); null when open. */
  from: Maybe<Scalars['String']['output']>;
  /** The first day the fact holds (`from` widened to its first day). */
  fromDay: Maybe<Scalars['Date']['output']>;
  /** Where `from` is stated. */
  fromSources: Array<Source>;
  /** The last period the fact holds, as written; null while it still holds. */
  to: Maybe<Scalars['String']['output']>;
  /** The last day the fact holds (`to` widened to its last day). */
  toDay: Maybe<Scalars['Date']['output']>;
  /** Where `to` is stated. */
  toSources: Array<Source>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Briefing: ResolverTypeWrapper<Omit<Briefing, 'footnotes' | 'sections'> & { footnotes: Array<ResolversTypes['Source']>, sections: Array<ResolversTypes['BriefingEntity']> }>;
  BriefingEntity: ResolverTypeWrapper<Omit<BriefingEntity, 'validity'> & { validity?: Maybe<ResolversTypes['Validity']> }>;
  BriefingFact: ResolverTypeWrapper<BriefingFact>;
  BriefingFactKind: BriefingFactKind;
  Coverage: ResolverTypeWrapper<CoverageRecord>;
  CoverageActor: ResolverTypeWrapper<Omit<CoverageActor, 'entity' | 'path'> & { entity: ResolversTypes['Entity'], path: ResolversTypes['Path'] }>;
  CoverageBasis: CoverageBasis;
  CoverageCell: ResolverTypeWrapper<Omit<CoverageCell, 'path'> & { path: ResolversTypes['Path'] }>;
  CoverageGap: ResolverTypeWrapper<Omit<CoverageGap, 'category' | 'reasons' | 'technology'> & { category: ResolversTypes['Entity'], reasons: Array<ResolversTypes['GapReason']>, technology: ResolversTypes['Entity'] }>;
  CoverageMatrix: ResolverTypeWrapper<Omit<CoverageMatrix, 'columns' | 'rows'> & { columns: Array<ResolversTypes['Entity']>, rows: Array<ResolversTypes['CoverageMatrixRow']> }>;
  CoverageMatrixRow: ResolverTypeWrapper<Omit<CoverageMatrixRow, 'category' | 'cells' | 'technology'> & { category: ResolversTypes['Entity'], cells: Array<ResolversTypes['CoverageCell']>, technology: ResolversTypes['Entity'] }>;
  CoverageVia: CoverageVia;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Direction: Direction;
  Edge: ResolverTypeWrapper<EdgeRecord>;
  Entity: ResolverTypeWrapper<EntityRef>;
  EntityKind: EntityKind;
  GapReason: ResolverTypeWrapper<Omit<GapReason, 'edge' | 'other' | 'statedOf'> & { edge: ResolversTypes['Edge'], other: ResolversTypes['Entity'], statedOf: ResolversTypes['Entity'] }>;
  GraphStats: ResolverTypeWrapper<GraphStats>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  KindCount: ResolverTypeWrapper<KindCount>;
  Lang: Lang;
  MeasureScope: MeasureScope;
  Path: ResolverTypeWrapper<PathRecord>;
  PathsAnswer: ResolverTypeWrapper<PathsAnswerRecord>;
  Property: ResolverTypeWrapper<Property>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Relation: ResolverTypeWrapper<RelationRecord>;
  RelationTypeInfo: ResolverTypeWrapper<RelationTypeValue>;
  Source: ResolverTypeWrapper<SourceValue>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<Omit<Subgraph, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['Edge']>, nodes: Array<ResolversTypes['Entity']> }>;
  Timeline: ResolverTypeWrapper<Omit<Timeline, 'events'> & { events: Array<ResolversTypes['TimelineEvent']> }>;
  TimelineChange: TimelineChange;
  TimelineEvent: ResolverTypeWrapper<Omit<TimelineEvent, 'edge' | 'entity' | 'sources' | 'subjects'> & { edge?: Maybe<ResolversTypes['Edge']>, entity?: Maybe<ResolversTypes['Entity']>, sources: Array<ResolversTypes['Source']>, subjects: Array<ResolversTypes['Entity']> }>;
  Validity: ResolverTypeWrapper<Omit<Validity, 'fromSources' | 'toSources'> & { fromSources: Array<ResolversTypes['Source']>, toSources: Array<ResolversTypes['Source']> }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Boolean: Scalars['Boolean']['output'];
  Briefing: Omit<Briefing, 'footnotes' | 'sections'> & { footnotes: Array<ResolversParentTypes['Source']>, sections: Array<ResolversParentTypes['BriefingEntity']> };
  BriefingEntity: Omit<BriefingEntity, 'validity'> & { validity?: Maybe<ResolversParentTypes['Validity']> };
  BriefingFact: BriefingFact;
  Coverage: CoverageRecord;
  CoverageActor: Omit<CoverageActor, 'entity' | 'path'> & { entity: ResolversParentTypes['Entity'], path: ResolversParentTypes['Path'] };
  CoverageCell: Omit<CoverageCell, 'path'> & { path: ResolversParentTypes['Path'] };
  CoverageGap: Omit<CoverageGap, 'category' | 'reasons' | 'technology'> & { category: ResolversParentTypes['Entity'], reasons: Array<ResolversParentTypes['GapReason']>, technology: ResolversParentTypes['Entity'] };
  CoverageMatrix: Omit<CoverageMatrix, 'columns' | 'rows'> & { columns: Array<ResolversParentTypes['Entity']>, rows: Array<ResolversParentTypes['CoverageMatrixRow']> };
  CoverageMatrixRow: Omit<CoverageMatrixRow, 'category' | 'cells' | 'technology'> & { category: ResolversParentTypes['Entity'], cells: Array<ResolversParentTypes['CoverageCell']>, technology: ResolversParentTypes['Entity'] };
  Date: Scalars['Date']['output'];
  Edge: EdgeRecord;
  Entity: EntityRef;
  GapReason: Omit<GapReason, 'edge' | 'other' | 'statedOf'> & { edge: ResolversParentTypes['Edge'], other: ResolversParentTypes['Entity'], statedOf: ResolversParentTypes['Entity'] };
  GraphStats: GraphStats;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  KindCount: KindCount;
  Path: PathRecord;
  PathsAnswer: PathsAnswerRecord;
  Property: Property;
  Query: Record<PropertyKey, never>;
  Relation: RelationRecord;
  RelationTypeInfo: RelationTypeValue;
  Source: SourceValue;
  String: Scalars['String']['output'];
  Subgraph: Omit<Subgraph, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['Edge']>, nodes: Array<ResolversParentTypes['Entity']> };
  Timeline: Omit<Timeline, 'events'> & { events: Array<ResolversParentTypes['TimelineEvent']> };
  TimelineEvent: Omit<TimelineEvent, 'edge' | 'entity' | 'sources' | 'subjects'> & { edge?: Maybe<ResolversParentTypes['Edge']>, entity?: Maybe<ResolversParentTypes['Entity']>, sources: Array<ResolversParentTypes['Source']>, subjects: Array<ResolversParentTypes['Entity']> };
  Validity: Omit<Validity, 'fromSources' | 'toSources'> & { fromSources: Array<ResolversParentTypes['Source']>, toSources: Array<ResolversParentTypes['Source']> };
};

export type BriefingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Briefing'] = ResolversParentTypes['Briefing']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  dataDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  footnotes?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  lang?: Resolver<ResolversTypes['Lang'], ParentType, ContextType>;
  markdown?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['BriefingEntity']>, ParentType, ContextType>;
  seedVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceLine?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BriefingEntityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BriefingEntity'] = ResolversParentTypes['BriefingEntity']> = {
  facts?: Resolver<Array<ResolversTypes['BriefingFact']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  otherName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validOnAsOf?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
};

export type BriefingFactResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BriefingFact'] = ResolversParentTypes['BriefingFact']> = {
  footnote?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  footnotes?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['BriefingFactKind'], ParentType, ContextType>;
  otherId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  relationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CoverageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Coverage'] = ResolversParentTypes['Coverage']> = {
  appliedBy?: Resolver<Array<ResolversTypes['CoverageActor']>, ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['CoverageBasis'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['Path'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['CoverageVia'], ParentType, ContextType>;
};

export type CoverageActorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoverageActor'] = ResolversParentTypes['CoverageActor']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['Path'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CoverageCellResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoverageCell'] = ResolversParentTypes['CoverageCell']> = {
  basis?: Resolver<ResolversTypes['CoverageBasis'], ParentType, ContextType>;
  instrumentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['Path'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['CoverageVia'], ParentType, ContextType>;
};

export type CoverageGapResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoverageGap'] = ResolversParentTypes['CoverageGap']> = {
  category?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['GapReason']>, ParentType, ContextType>;
  strongest?: Resolver<Maybe<ResolversTypes['CoverageBasis']>, ParentType, ContextType>;
  technology?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type CoverageMatrixResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoverageMatrix'] = ResolversParentTypes['CoverageMatrix']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  columns?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['CoverageMatrixRow']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CoverageMatrixRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoverageMatrixRow'] = ResolversParentTypes['CoverageMatrixRow']> = {
  category?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  cells?: Resolver<Array<ResolversTypes['CoverageCell']>, ParentType, ContextType>;
  gap?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  strongest?: Resolver<Maybe<ResolversTypes['CoverageBasis']>, ParentType, ContextType>;
  technology?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type EdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Edge'] = ResolversParentTypes['Edge']> = {
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<EdgeNoteArgs, 'lang'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
};

export type EntityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<EntityNameArgs, 'lang'>>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<EntityNoteArgs, 'lang'>>;
  properties?: Resolver<Array<ResolversTypes['Property']>, ParentType, ContextType>;
  relationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, Partial<EntityRelationCountArgs>>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, Partial<EntityRelationsArgs>>;
  scope?: Resolver<Maybe<ResolversTypes['MeasureScope']>, ParentType, ContextType>;
  scopeNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<EntityScopeNoteArgs, 'lang'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<EntitySummaryArgs, 'lang'>>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
};

export type GapReasonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GapReason'] = ResolversParentTypes['GapReason']> = {
  edge?: Resolver<ResolversTypes['Edge'], ParentType, ContextType>;
  other?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  statedOf?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type GraphStatsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GraphStats'] = ResolversParentTypes['GraphStats']> = {
  byKind?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  loadedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seedVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type KindCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KindCount'] = ResolversParentTypes['KindCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
};

export type PathResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  edges?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  throughCitations?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PathsAnswerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PathsAnswer'] = ResolversParentTypes['PathsAnswer']> = {
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType>;
  sampled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  skippedHubs?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type PropertyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Property'] = ResolversParentTypes['Property']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  briefing?: Resolver<ResolversTypes['Briefing'], ParentType, ContextType, RequireFields<QueryBriefingArgs, 'ids' | 'lang' | 'relationsPerEntity'>>;
  coverage?: Resolver<Array<ResolversTypes['Coverage']>, ParentType, ContextType, RequireFields<QueryCoverageArgs, 'technologyId'>>;
  coverageGaps?: Resolver<Array<ResolversTypes['CoverageGap']>, ParentType, ContextType, Partial<QueryCoverageGapsArgs>>;
  coverageMatrix?: Resolver<ResolversTypes['CoverageMatrix'], ParentType, ContextType, Partial<QueryCoverageMatrixArgs>>;
  entities?: Resolver<Array<Maybe<ResolversTypes['Entity']>>, ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'ids'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  graphStats?: Resolver<ResolversTypes['GraphStats'], ParentType, ContextType>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'limit'>>;
  overview?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryOverviewArgs, 'limit'>>;
  paths?: Resolver<ResolversTypes['PathsAnswer'], ParentType, ContextType, RequireFields<QueryPathsArgs, 'from' | 'limit' | 'maxLength' | 'to'>>;
  relationTypes?: Resolver<Array<ResolversTypes['RelationTypeInfo']>, ParentType, ContextType>;
  search?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'limit' | 'text'>>;
  timeline?: Resolver<ResolversTypes['Timeline'], ParentType, ContextType, RequireFields<QueryTimelineArgs, 'limit'>>;
};

export type RelationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<RelationLabelArgs, 'lang'>>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<RelationNoteArgs, 'lang'>>;
  other?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
};

export type RelationTypeInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RelationTypeInfo'] = ResolversParentTypes['RelationTypeInfo']> = {
  from?: Resolver<Array<ResolversTypes['EntityKind']>, ParentType, ContextType>;
  inverse?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<RelationTypeInfoInverseArgs, 'lang'>>;
  meaning?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Array<ResolversTypes['EntityKind']>, ParentType, ContextType>;
  verb?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<RelationTypeInfoVerbArgs, 'lang'>>;
};

export type SourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  document?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  documentZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  footnote?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quoteEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sectionEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supplementary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  edges?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  sampled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TimelineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Timeline'] = ResolversParentTypes['Timeline']> = {
  events?: Resolver<Array<ResolversTypes['TimelineEvent']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TimelineEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TimelineEvent'] = ResolversParentTypes['TimelineEvent']> = {
  change?: Resolver<ResolversTypes['TimelineChange'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['Edge']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  written?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ValidityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Validity'] = ResolversParentTypes['Validity']> = {
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromDay?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  fromSources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toDay?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  toSources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Briefing?: BriefingResolvers<ContextType>;
  BriefingEntity?: BriefingEntityResolvers<ContextType>;
  BriefingFact?: BriefingFactResolvers<ContextType>;
  Coverage?: CoverageResolvers<ContextType>;
  CoverageActor?: CoverageActorResolvers<ContextType>;
  CoverageCell?: CoverageCellResolvers<ContextType>;
  CoverageGap?: CoverageGapResolvers<ContextType>;
  CoverageMatrix?: CoverageMatrixResolvers<ContextType>;
  CoverageMatrixRow?: CoverageMatrixRowResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Edge?: EdgeResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  GapReason?: GapReasonResolvers<ContextType>;
  GraphStats?: GraphStatsResolvers<ContextType>;
  KindCount?: KindCountResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathsAnswer?: PathsAnswerResolvers<ContextType>;
  Property?: PropertyResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  RelationTypeInfo?: RelationTypeInfoResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  Timeline?: TimelineResolvers<ContextType>;
  TimelineEvent?: TimelineEventResolvers<ContextType>;
  Validity?: ValidityResolvers<ContextType>;
};

