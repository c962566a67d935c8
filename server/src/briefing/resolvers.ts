/** GraphQL resolver for briefing: validates the arguments, reads the data, builds the document. */
import { GraphQLError } from 'graphql';
import { apiLang, fromApiLang, oneLine } from '#domain';
import * as args from '../graphql/args';
import type { EntityKind, Resolvers } from '../graphql/resolvers.generated';
import { buildBriefing } from './document';
import { BRIEFING_MAX_IDS, BRIEFING_MAX_TITLE, BRIEFING_RELATIONS_PER_ENTITY } from './query';
import { fetchBriefingData } from './repository';

/** Distinct ids in the order given; 1..200 of them, each non-blank. */
export function briefingIds(value: readonly string[]): string[] {
  return [...new Set(args.entityIds('ids', value, BRIEFING_MAX_IDS))];
}

/** Null for the default title (none given, or blank); otherwise the title on one line, at most 200 characters. */
export function briefingTitle(value: string | null | undefined): string | null {
  const title = oneLine(value ?? '');
  if (title === '') return null;
  if (title.length > BRIEFING_MAX_TITLE) {
    throw args.badUserInput(
      'title',
      `title must be at most ${BRIEFING_MAX_TITLE} characters long, got ${title.length}.`,
    );
  }
  return title;
}

export function unknownIds(ids: readonly string[]): GraphQLError {
  const list = ids.map((id) => `"${id}"`).join(', ');
  return new GraphQLError(
    ids.length === 1
      ? `No entity has the id ${list} (argument ids).`
      : `No entities have the ids ${list} (argument ids).`,
    { extensions: { code: 'NOT_FOUND', argumentName: 'ids', ids: [...ids] } },
  );
}

/** The data's date: the day the seed was loaded (UTC), or today when the database does not record it. */
export function asOfDate(loadedAt: string | null, now: Date = new Date()): string {
  const match = loadedAt === null ? null : /^(\d{4}-\d{2}-\d{2})T/u.exec(loadedAt);
  if (match?.[1] && loadedAt !== null) {
    const parsed = new Date(loadedAt);
    if (!Number.isNaN(parsed.getTime())) return parsed.toISOString().slice(0, 10);
    return match[1];
  }
  return now.toISOString().slice(0, 10);
}

export const briefingResolvers: Resolvers = {
  Query: {
    async briefing(_parent, { ids, lang, title, relationsPerEntity }, { db }) {
      const selection = briefingIds(ids);
      const chosenTitle = briefingTitle(title);
      const perEntity = args.intInRange(
        'relationsPerEntity',
        relationsPerEntity,
        BRIEFING_RELATIONS_PER_ENTITY.min,
        BRIEFING_RELATIONS_PER_ENTITY.max,
      );
      const data = await fetchBriefingData(db, selection, perEntity);
      if (data.missing.length > 0) throw unknownIds(data.missing);
      const document = buildBriefing({
        selection: data.selection,
        related: data.related,
        relations: data.relations,
        lang: apiLang(fromApiLang(lang)),
        title: chosenTitle,
        asOf: asOfDate(data.loadedAt),
        version: data.seedVersion,
        report: data.report,
      });
      return {
        ...document,
        footnotes: [...document.footnotes],
        citations: [...document.citations],
        sections: document.sections.map((section) => ({
          ...section,
          kind: section.kind as EntityKind,
          facts: section.facts.map((fact) => ({ ...fact, footnotes: [...fact.footnotes] })),
        })),
      };
    },
  },
};
