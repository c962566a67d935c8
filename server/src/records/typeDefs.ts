/**
 * Type definitions for @neo4j/graphql: one read-only `<Kind>Record` type per entity kind, mapped to the kind's labels.
 * The library generates, per type, a list query with filtering (`where`), sorting and offset pagination
 * (`technologyRecords(where:, sort:, limit:, offset:)`) and a Relay connection with cursors and totalCount
 * (`technologyRecordsConnection(first:, after:, where:, sort:)`).
 * The `Record` suffix keeps these apart from the hand-written analyst schema (Entity, EntityKind, Edge, …), which
 * lives in the *.graphql files next to each domain; the two are merged in graphql/schema.ts.
 * Written from the vocabulary, so a new kind gets its type here automatically.
 */
import { ENTITY_KINDS, KIND_LABEL, type EntityKind } from '#domain';

/** Page size when a generated list query gives no limit, and the most it may ask for. */
export const GENERATED_LIMIT = { default: 20, max: 100 } as const;

export function recordTypeName(kind: EntityKind): string {
  return `${KIND_LABEL[kind]}Record`;
}

/** The root query fields @neo4j/graphql generates for the Record types (list and connection per kind). */
export const GENERATED_ROOT_FIELDS: ReadonlySet<string> = new Set(
  ENTITY_KINDS.flatMap((kind) => {
    const name = recordTypeName(kind);
    const plural = `${name.charAt(0).toLowerCase()}${name.slice(1)}s`;
    return [plural, `${plural}Connection`];
  }),
);

function recordType(kind: EntityKind): string {
  const label = KIND_LABEL[kind];
  if (!/^[A-Za-z]+$/u.test(label)) throw new Error(`not a safe GraphQL/Cypher label: ${label}`);
  return `"""
Entities of kind ${kind} (Neo4j labels :${label}:Entity), read-only, with filtering, sorting and pagination.
"""
type ${recordTypeName(kind)}
  @node(labels: ["${label}", "Entity"])
  @mutation(operations: [])
  @limit(default: ${GENERATED_LIMIT.default}, max: ${GENERATED_LIMIT.max}) {
  id: ID!
  kind: String!
  nameEn: String!
  nameZh: String!
  summaryEn: String
  summaryZh: String
  aliases: [String!]
  url: String
}`;
}

export function generatedTypeDefs(): string {
  return ENTITY_KINDS.map(recordType).join('\n\n');
}
