/** Field resolvers shared by every query that returns entities or edges: language choice and stored JSON. */
import type { Resolvers } from '../graphql/resolvers.generated';
import { parseProperties, parseSources } from './model';

const pick = (lang: string | null | undefined, en: string | null, zh: string | null) =>
  lang === 'ZH' ? (zh ?? en) : (en ?? zh);

export const entityResolvers: Resolvers = {
  Entity: {
    kind: (e) => e.kind as never,
    name: (e, { lang }) => pick(lang, e.nameEn, e.nameZh) ?? e.id,
    summary: (e, { lang }) => pick(lang, e.summaryEn, e.summaryZh),
    note: (e, { lang }) => pick(lang, e.noteEn, e.noteZh),
    aliases: (e) => [...e.aliases],
    properties: (e) => parseProperties(e.propertiesJson),
    sources: (e) => parseSources(e.sourcesJson),
  },
  Edge: {
    note: (e, { lang }) => pick(lang, e.noteEn, e.noteZh),
    sources: (e) => parseSources(e.sourcesJson),
  },
};
