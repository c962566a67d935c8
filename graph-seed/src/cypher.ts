/**
 * The loader's Cypher, as pure functions returning {cypher, params}: unit-tested with snapshots, run by load.ts
 * (the only module that talks to Neo4j).
 * Labels and relationship types cannot be query parameters, so each statement is written per kind or per type with
 * the literal taken from the vocabulary (and checked to be a plain identifier); seed text only ever travels in
 * parameters, never in the query string.
 */
import type { Seed, SeedDated, SeedEntity, SeedRelation, SeedSource } from './schema';
import { NO_TRANSLATIONS, translateQuote, translateSection } from './translations';
import type { Translations } from './translations';
import { ENTITY_KINDS, KIND_LABEL, RELATION_TYPE_NAMES, searchFields, validityBounds } from '#domain';
import type { EntityKind, RelationType, Source, Statement } from '#domain';

/** Rows per UNWIND: big enough to be fast, small enough to keep each statement's parameters modest. */
export const BATCH_SIZE = 500;

/** Identifier literals written into Cypher must come from the vocabulary and be plain identifiers. */
function identifier(name: string): string {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/u.test(name)) throw new Error(`not a safe Cypher identifier: ${name}`);
  return name;
}

const ALL_KIND_LABELS = ENTITY_KINDS.map((kind) => identifier(KIND_LABEL[kind]));

/** Blocks until every index is online, so the first search after a load does not miss. */
export function awaitIndexesStatement(): Statement {
  return { cypher: 'CALL db.awaitIndexes(300)', params: {} };
}

/** `reset`: the whole entity graph goes, inside the load's transaction, so a failed load restores it. */
export function deleteAllEntitiesStatement(): Statement {
  return { cypher: 'MATCH (n:Entity) DETACH DELETE n', params: {} };
}

/** Entities no longer in the seed (and their relationships) disappear. */
export function deleteStaleEntitiesStatement(seed: Seed): Statement {
  return {
    cypher: 'MATCH (n:Entity) WHERE NOT n.id IN $ids DETACH DELETE n',
    params: { ids: seed.entities.map((entity) => entity.id) },
  };
}

/** Relationships between entities that are no longer in the seed (including ones the loader did not write). */
export function deleteStaleRelationshipsStatement(seed: Seed): Statement {
  return {
    cypher: 'MATCH (:Entity)-[r]->(:Entity) WHERE r.id IS NULL OR NOT r.id IN $ids DELETE r',
    params: { ids: seed.relations.map(relationshipId) },
  };
}

export function relationshipId(relation: Pick<SeedRelation, 'from' | 'type' | 'to'>): string {
  return `${relation.from}|${relation.type}|${relation.to}`;
}

/** What a source is resolved against: the DOCUMENT entities (titles, urls) and the translations. */
interface SourceContext {
  readonly documents: ReadonlyMap<string, SeedEntity>;
  readonly translations: Translations;
}

/** Sources as the API serves them: the document's title and url resolved, every field present. */
function enrichSources(sources: readonly SeedSource[], context: SourceContext): Required<Source>[] {
  return sources.map((source) => {
    const document = context.documents.get(source.doc);
    return {
      documentId: source.doc,
      document: document?.name.en ?? source.doc,
      documentZh: document?.name.zh ?? null,
      section: source.section ?? null,
      sectionEn: translateSection(context.translations, source.section),
      footnote: source.footnote ?? null,
      quote: source.quote ?? null,
      quoteEn: translateQuote(context.translations, source.quote),
      url: source.url ?? document?.url ?? null,
      supplementary: source.supplementary,
      note: source.note ?? null,
    };
  });
}

/**
 * When a fact holds, as stored on its node or relationship (only when it is dated; an undated fact has none of these
 * properties). `validFrom` / `validTo` are the dates as written, for display; `validFromDay` / `validToDay` are the
 * first day of the start period and the last day of the end period, which the statements turn into Neo4j `date`
 * values so that "as of D" is two plain comparisons (domain/validity.ts). `validityJson` keeps each date's sources
 * (resolved like `sourcesJson`) and note.
 */
export interface ValidityRow {
  readonly validFrom?: string;
  readonly validTo?: string;
  readonly validFromDay?: string;
  readonly validToDay?: string;
  readonly validityJson?: string;
}

function datedJson(dated: SeedDated | undefined, context: SourceContext) {
  if (dated === undefined) return null;
  return {
    date: dated.date,
    sources: enrichSources(dated.sources, context),
    noteEn: dated.note?.en ?? null,
    noteZh: dated.note?.zh ?? null,
  };
}

export function validityRow(
  item: { readonly validFrom?: SeedDated; readonly validTo?: SeedDated },
  context: SourceContext,
): ValidityRow {
  if (item.validFrom === undefined && item.validTo === undefined) return {};
  const validFrom = item.validFrom?.date;
  const validTo = item.validTo?.date;
  const { fromDay, toDay } = validityBounds({ validFrom, validTo });
  return {
    ...(validFrom === undefined ? {} : { validFrom }),
    ...(validTo === undefined ? {} : { validTo }),
    ...(fromDay === null ? {} : { validFromDay: fromDay }),
    ...(toDay === null ? {} : { validToDay: toDay }),
    validityJson: JSON.stringify({
      validFrom: datedJson(item.validFrom, context),
      validTo: datedJson(item.validTo, context),
    }),
  };
}

/** The Cypher that stores a row's day strings as Neo4j dates (`date(null)` is null, which removes the property). */
function dateDaysCypher(target: string, row: string): string {
  return `SET ${target}.validFromDay = date(${row}.validFromDay), ${target}.validToDay = date(${row}.validToDay)`;
}

/** The node properties of one entity (`SET n = row`, so a property dropped from the seed disappears). */
export interface NodeRow extends ValidityRow {
  readonly id: string;
  readonly kind: EntityKind;
  readonly nameEn: string;
  readonly nameZh: string;
  readonly aliasesEn: string[];
  readonly aliasesZh: string[];
  readonly aliases: string[];
  readonly aliasesText: string;
  readonly summaryEn: string;
  readonly summaryZh: string;
  readonly noteEn: string | null;
  readonly noteZh: string | null;
  readonly url: string | null;
  readonly sourcesJson: string;
  readonly propertiesJson: string;
  /** A CONTROL_MEASURE's reach (GENERAL or SPECIFIC) and why; absent on every other kind. */
  readonly scope?: string;
  readonly scopeNoteEn?: string;
  readonly scopeNoteZh?: string;
  /** Folded names and aliases, each once: exact, prefix and substring search (domain/searchFields.ts). */
  readonly nameKeys: string[];
}

function sourceContextOf(seed: Seed): SourceContext {
  const documents = seed.entities.filter((entity) => entity.kind === 'DOCUMENT');
  return { documents: new Map(documents.map((entity) => [entity.id, entity])), translations: seed.translations };
}

export function nodeRow(
  entity: SeedEntity,
  documents: ReadonlyMap<string, SeedEntity>,
  translations: Translations = NO_TRANSLATIONS,
): NodeRow {
  const search = searchFields(entity.name.en, entity.name.zh, entity.aliases?.en ?? [], entity.aliases?.zh ?? []);
  return {
    id: entity.id,
    kind: entity.kind,
    nameEn: entity.name.en,
    nameZh: entity.name.zh,
    aliasesEn: search.aliasesEn,
    aliasesZh: search.aliasesZh,
    aliases: search.aliases,
    aliasesText: search.aliasesText,
    summaryEn: entity.summary.en,
    summaryZh: entity.summary.zh,
    noteEn: entity.note?.en ?? null,
    noteZh: entity.note?.zh ?? null,
    url: entity.url ?? null,
    sourcesJson: JSON.stringify(enrichSources(entity.sources, { documents, translations })),
    propertiesJson: JSON.stringify(entity.properties ?? {}),
    ...(entity.scope === undefined
      ? {}
      : { scope: entity.scope, scopeNoteEn: entity.scopeNote?.en ?? '', scopeNoteZh: entity.scopeNote?.zh ?? '' }),
    nameKeys: search.nameKeys,
    ...validityRow(entity, { documents, translations }),
  };
}

/** The properties of one relationship, plus its ends. */
export interface RelationshipRow {
  readonly from: string;
  readonly to: string;
  readonly properties: {
    readonly id: string;
    readonly sourcesJson: string;
    readonly noteEn: string | null;
    readonly noteZh: string | null;
    readonly propertiesJson: string;
  } & ValidityRow;
}

export function relationshipRow(
  relation: SeedRelation,
  documents: ReadonlyMap<string, SeedEntity>,
  translations: Translations = NO_TRANSLATIONS,
): RelationshipRow {
  return {
    from: relation.from,
    to: relation.to,
    properties: {
      id: relationshipId(relation),
      sourcesJson: JSON.stringify(enrichSources(relation.sources, { documents, translations })),
      noteEn: relation.note?.en ?? null,
      noteZh: relation.note?.zh ?? null,
      propertiesJson: JSON.stringify(relation.properties ?? {}),
      ...validityRow(relation, { documents, translations }),
    },
  };
}

function batches<T>(rows: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`batch size must be a positive integer, got ${size}`);
  const out: T[][] = [];
  for (let start = 0; start < rows.length; start += size) out.push(rows.slice(start, start + size));
  return out;
}

/**
 * Upserts entities: one statement per kind (its label is a literal) and batch. The other kind labels are removed
 * so an entity whose kind changed does not keep its old label. Each returns `written` for the loader to check.
 */
export function upsertNodeStatements(seed: Seed, batchSize = BATCH_SIZE): Statement[] {
  const { documents, translations } = sourceContextOf(seed);
  const statements: Statement[] = [];
  for (const kind of ENTITY_KINDS) {
    const label = identifier(KIND_LABEL[kind]);
    const others = ALL_KIND_LABELS.filter((other) => other !== label);
    const rows = seed.entities
      .filter((entity) => entity.kind === kind)
      .map((entity) => nodeRow(entity, documents, translations));
    for (const batch of batches(rows, batchSize)) {
      statements.push({
        cypher: [
          'UNWIND $rows AS row',
          'MERGE (n:Entity {id: row.id})',
          'SET n = row',
          `SET n:${label}`,
          `REMOVE n:${others.join(':')}`,
          dateDaysCypher('n', 'row'),
          'RETURN count(n) AS written',
        ].join('\n'),
        params: { rows: batch },
      });
    }
  }
  return statements;
}

/** Upserts relationships: one statement per type (a literal from the vocabulary) and batch. */
export function upsertRelationshipStatements(seed: Seed, batchSize = BATCH_SIZE): Statement[] {
  const { documents, translations } = sourceContextOf(seed);
  const statements: Statement[] = [];
  for (const type of RELATION_TYPE_NAMES) {
    const literal = identifier(type satisfies RelationType);
    const rows = seed.relations
      .filter((relation) => relation.type === type)
      .map((relation) => relationshipRow(relation, documents, translations));
    for (const batch of batches(rows, batchSize)) {
      statements.push({
        cypher: [
          'UNWIND $rows AS row',
          'MATCH (a:Entity {id: row.from})',
          'MATCH (b:Entity {id: row.to})',
          `MERGE (a)-[r:${literal} {id: row.properties.id}]->(b)`,
          'SET r = row.properties',
          dateDaysCypher('r', 'row.properties'),
          'RETURN count(r) AS written',
        ].join('\n'),
        params: { rows: batch },
      });
    }
  }
  return statements;
}

/** What the graph holds after the writes, checked against the seed before the transaction commits. */
export function countStatement(): Statement {
  return {
    cypher: [
      'MATCH (n:Entity)',
      'WITH count(n) AS nodes',
      'OPTIONAL MATCH (:Entity)-[r]->(:Entity)',
      'RETURN nodes, count(r) AS relationships',
    ].join('\n'),
    params: {},
  };
}

/** Records which seed the graph holds; toInteger because the driver sends JS numbers as floats. */
export function seedMetaStatement(version: string, nodes: number, relationships: number): Statement {
  return {
    cypher: [
      "MERGE (m:SeedMeta {key: 'seed'})",
      'SET m.version = $version, m.loadedAt = datetime(),',
      '    m.nodes = toInteger($nodes), m.relationships = toInteger($relationships)',
    ].join('\n'),
    params: { version, nodes, relationships },
  };
}

export function readSeedVersionStatement(): Statement {
  return { cypher: "MATCH (m:SeedMeta {key: 'seed'}) RETURN m.version AS version LIMIT 1", params: {} };
}
