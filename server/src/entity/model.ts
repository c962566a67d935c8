/**
 * How an entity or a relationship comes back from Cypher, and how its stored JSON properties are read.
 * Every query that returns entities projects them with ENTITY_PROJECTION so resolvers see one shape.
 */
import { validityBounds, type Source } from '#domain';

/** What every entity, edge and relation record carries of its validity (null when undated). */
export interface DatedRecord {
  readonly validFrom?: string | null;
  readonly validTo?: string | null;
  readonly validityJson?: string | null;
}

export interface EntityRecord extends DatedRecord {
  readonly id: string;
  readonly kind: string;
  readonly nameEn: string;
  readonly nameZh: string;
  readonly summaryEn: string | null;
  readonly summaryZh: string | null;
  readonly noteEn: string | null;
  readonly noteZh: string | null;
  readonly aliases: readonly string[];
  readonly url: string | null;
  readonly sourcesJson: string;
  readonly propertiesJson: string | null;
  /** Control measures only (the loader stores them on measure nodes). */
  readonly scope: string | null;
  readonly scopeNoteEn: string | null;
  readonly scopeNoteZh: string | null;
}

/**
 * An entity as a path's inner node is projected: what names, classifies and dates it, without its texts and sources.
 * An answer that holds hundreds of paths would otherwise repeat every node's summaries and cited sources; the other
 * fields are read by id, in one batch per request, only when a reader asks for them (entity/resolvers.ts).
 */
export interface EntityCoreRecord extends DatedRecord {
  readonly id: string;
  readonly kind: string;
  readonly nameEn: string;
  readonly nameZh: string;
  readonly scope: string | null;
  readonly scopeNoteEn: string | null;
  readonly scopeNoteZh: string | null;
  readonly core: true;
}

/** Any entity a resolver may receive: whole, or its core. */
export type EntityRef = EntityRecord | EntityCoreRecord;

export function isCore(entity: EntityRef): entity is EntityCoreRecord {
  return 'core' in entity;
}

export interface EdgeRecord extends DatedRecord {
  readonly id: string;
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly noteEn: string | null;
  readonly noteZh: string | null;
  readonly sourcesJson: string;
}

/** A source as stored by the loader (graph-seed/src/cypher.ts) and served by the API: every field present. */
export type SourceValue = Required<Source>;

/** A Cypher map projection of an :Entity node bound to `variable`; a fixed fragment, never built from input. */
export function entityProjection(variable: string): string {
  return `${variable} {.id, .kind, .nameEn, .nameZh, .summaryEn, .summaryZh, .noteEn, .noteZh, .url, .sourcesJson, .propertiesJson, .scope, .scopeNoteEn, .scopeNoteZh, .validFrom, .validTo, .validityJson, aliases: coalesce(${variable}.aliases, [])}`;
}

/** The core of an :Entity node bound to `variable` (EntityCoreRecord); a fixed fragment, never built from input. */
export function entityCoreProjection(variable: string): string {
  return `${variable} {.id, .kind, .nameEn, .nameZh, .scope, .scopeNoteEn, .scopeNoteZh, .validFrom, .validTo, .validityJson, core: true}`;
}

/** A Cypher map projection of a relationship bound to `variable`. */
export function edgeProjection(variable: string): string {
  return `{id: ${variable}.id, type: type(${variable}), from: startNode(${variable}).id, to: endNode(${variable}).id, noteEn: ${variable}.noteEn, noteZh: ${variable}.noteZh, sourcesJson: ${variable}.sourcesJson, validFrom: ${variable}.validFrom, validTo: ${variable}.validTo, validityJson: ${variable}.validityJson}`;
}

/** Reads a stored `sourcesJson`; every reader of sources (API, briefings, exports) goes through here. */
export function parseSources(json: unknown): SourceValue[] {
  if (typeof json !== 'string' || json === '') return [];
  const raw = JSON.parse(json) as Partial<SourceValue>[];
  return raw.map((s) => ({
    documentId: s.documentId ?? '',
    document: s.document ?? s.documentId ?? 'unknown document',
    documentZh: s.documentZh ?? null,
    section: s.section ?? null,
    // Absent in graphs loaded before translations existed: null, as for a source that needs none.
    sectionEn: s.sectionEn ?? null,
    footnote: s.footnote ?? null,
    quote: s.quote ?? null,
    quoteEn: s.quoteEn ?? null,
    url: s.url ?? null,
    supplementary: s.supplementary ?? false,
    note: s.note ?? null,
  }));
}

export function parseProperties(json: string | null | undefined): { key: string; value: string }[] {
  if (!json) return [];
  const raw = JSON.parse(json) as Record<string, unknown>;
  return Object.entries(raw).map(([key, value]) => ({
    key,
    value: Array.isArray(value) ? value.map(String).join(', ') : String(value),
  }));
}

/** One relationship seen from an entity, as the relations query returns it. */
export interface RelationRecord extends DatedRecord {
  readonly id: string;
  readonly type: string;
  readonly direction: 'OUT' | 'IN';
  readonly other: EntityRecord;
  readonly noteEn: string | null;
  readonly noteZh: string | null;
  readonly sourcesJson: string;
}

/** A record's validity as the API serves it: each end as written, widened to a day, with its sources. */
export interface ValidityValue {
  readonly from: string | null;
  readonly to: string | null;
  readonly fromDay: string | null;
  readonly toDay: string | null;
  readonly fromSources: SourceValue[];
  readonly toSources: SourceValue[];
}

interface StoredDated {
  readonly sources?: unknown;
}

/** Reads a record's stored validity (graph-seed/src/cypher.ts `validityRow`); null when the fact is undated. */
export function parseValidity(record: DatedRecord): ValidityValue | null {
  const from = record.validFrom ?? null;
  const to = record.validTo ?? null;
  if (from === null && to === null) return null;
  const stored = record.validityJson
    ? (JSON.parse(record.validityJson) as { validFrom?: StoredDated | null; validTo?: StoredDated | null })
    : {};
  const sourcesOf = (dated: StoredDated | null | undefined) =>
    Array.isArray(dated?.sources) ? parseSources(JSON.stringify(dated.sources)) : [];
  const { fromDay, toDay } = validityBounds({ validFrom: from, validTo: to });
  return {
    from,
    to,
    fromDay,
    toDay,
    fromSources: sourcesOf(stored.validFrom),
    toSources: sourcesOf(stored.validTo),
  };
}
