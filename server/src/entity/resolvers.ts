/**
 * Entity, its relationships and the relationship vocabulary; also the field resolvers shared by every query that
 * returns entities or edges (language choice and stored JSON).
 */
import { entityName, fromApiLang } from '#domain';
import * as args from '../graphql/args';
import type { EntityKind, Resolvers } from '../graphql/resolvers.generated';
import { isCore, parseProperties, parseSources, parseValidity, type EntityRecord, type EntityRef } from './model';
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from '../graphql/context';
import { pagesAhead, relationsKey, relationsPage } from './lookahead';
import { RELATION_TYPE_VALUES, relationLabel } from './relationTypes';
import { fetchEntitiesWithRelations } from './repository';

/** Most ids one `entities` request may name. */
export const ENTITIES_MAX_IDS = 200;

/** The whole record of `entity`: itself, or (for a core) the one the request's loader reads by id. */
async function wholeEntity(
  entity: EntityRef,
  loader: { load: (id: string) => Promise<EntityRecord | null> },
): Promise<EntityRecord> {
  if (!isCore(entity)) return entity;
  const whole = await loader.load(entity.id);
  // A core comes from an answer read moments ago; an entity gone since then is a reload, not a reader's error.
  if (!whole) throw new Error(`entity ${entity.id} is no longer in the graph`);
  return whole;
}

/**
 * The entities with these ids and, in the same transaction, the `relations` pages the operation asks of them, put
 * into the request's loader under the keys the `relations` resolver will ask for.
 */
async function entitiesAhead(
  ids: readonly string[],
  { db, loaders }: GraphQLContext,
  info: GraphQLResolveInfo,
): Promise<(EntityRecord | null)[]> {
  const pages = pagesAhead(info);
  const read = await fetchEntitiesWithRelations(db, ids, pages);
  pages.forEach((page, i) => {
    for (const [id, relations] of read.relations[i] ?? []) loaders.relations.prime(relationsKey(id, page), relations);
  });
  return read.entities;
}

const pick = (lang: string | null | undefined, en: string | null, zh: string | null) =>
  lang === 'ZH' ? (zh ?? en) : (en ?? zh);

export const entityResolvers: Resolvers = {
  Query: {
    async entity(_parent, { id }, context, info) {
      const [entity] = await entitiesAhead([args.entityId('id', id)], context, info);
      return entity ?? null;
    },
    async entities(_parent, { ids }, context, info) {
      return entitiesAhead(args.entityIds('ids', ids, ENTITIES_MAX_IDS), context, info);
    },
    relationTypes: () => [...RELATION_TYPE_VALUES],
  },
  Entity: {
    kind: (e) => e.kind as EntityKind,
    name: (e, { lang }) => entityName(e, fromApiLang(lang)),
    // A core (a node of a coverage chain) is read whole, batched per request, only for the fields it leaves out.
    summary: async (e, { lang }, { loaders }) => {
      const whole = await wholeEntity(e, loaders.entities);
      return pick(lang, whole.summaryEn, whole.summaryZh);
    },
    note: async (e, { lang }, { loaders }) => {
      const whole = await wholeEntity(e, loaders.entities);
      return pick(lang, whole.noteEn, whole.noteZh);
    },
    aliases: async (e, _args, { loaders }) => [...(await wholeEntity(e, loaders.entities)).aliases],
    url: async (e, _args, { loaders }) => (await wholeEntity(e, loaders.entities)).url,
    properties: async (e, _args, { loaders }) =>
      parseProperties((await wholeEntity(e, loaders.entities)).propertiesJson),
    scope: (e) => (e.scope === 'GENERAL' || e.scope === 'SPECIFIC' ? e.scope : null),
    scopeNote: (e, { lang }) => pick(lang, e.scopeNoteEn, e.scopeNoteZh),
    sources: async (e, _args, { loaders }) => parseSources((await wholeEntity(e, loaders.entities)).sourcesJson),
    validity: (e) => parseValidity(e),
    // Batched per request: all entities of one level share one query; the other end comes back in it.
    async relations(e, relationArgs, { loaders }) {
      return loaders.relations.load(relationsKey(e.id, relationsPage(relationArgs)));
    },
    async relationCount(e, { types, direction }, { loaders }) {
      return loaders.relationCounts.load({
        id: e.id,
        types: args.relationTypes('types', types),
        direction: direction ?? null,
      });
    },
  },
  Relation: {
    direction: (r) => r.direction,
    label: (r, { lang }) => relationLabel(r.type, r.direction, lang),
    note: (r, { lang }) => pick(lang, r.noteEn, r.noteZh),
    sources: (r) => parseSources(r.sourcesJson),
    validity: (r) => parseValidity(r),
  },
  RelationTypeInfo: {
    verb: (t, { lang }) => t.verb[fromApiLang(lang)],
    inverse: (t, { lang }) => t.inverse[fromApiLang(lang)],
    from: (t) => [...t.from],
    to: (t) => [...t.to],
  },
  Edge: {
    note: (e, { lang }) => pick(lang, e.noteEn, e.noteZh),
    sources: (e) => parseSources(e.sourcesJson),
    validity: (e) => parseValidity(e),
  },
};
