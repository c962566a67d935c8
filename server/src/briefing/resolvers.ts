/** GraphQL resolver for briefing: validates the arguments, reads the data, builds the document. */
import type { GraphQLError } from 'graphql';
import { apiLang, fromApiLang, oneLine, validityBounds, type Source } from '#domain';
import { parseSources, type ValidityValue } from '../entity/model';
import * as args from '../graphql/args';
import type { EntityKind, Resolvers } from '../graphql/resolvers.generated';
import { buildBriefing, type BriefingEntityInput } from './document';
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

/** NOT_FOUND naming every id of `ids` that matches no entity. */
export function unknownIds(ids: readonly string[]): GraphQLError {
  return args.unknownIds('ids', ids);
}

/** The data's date: the day the seed was loaded (UTC), or null when the database does not record it. */
export function dataDate(loadedAt: string | null): string | null {
  const match = loadedAt === null ? null : /^(\d{4}-\d{2}-\d{2})T/u.exec(loadedAt);
  if (match?.[1] && loadedAt !== null) {
    const parsed = new Date(loadedAt);
    if (!Number.isNaN(parsed.getTime())) return parsed.toISOString().slice(0, 10);
    return match[1];
  }
  return null;
}

/** A selected entity's validity as the API serves it; null when undated. */
function sectionValidity(entity: BriefingEntityInput | undefined): ValidityValue | null {
  const from = entity?.validFrom ?? null;
  const to = entity?.validTo ?? null;
  if (from === null && to === null) return null;
  const { fromDay, toDay } = validityBounds({ validFrom: from, validTo: to });
  const full = (sources: readonly Source[] | undefined) => parseSources(JSON.stringify(sources ?? []));
  return {
    from,
    to,
    fromDay,
    toDay,
    fromSources: full(entity?.validFromSources),
    toSources: full(entity?.validToSources),
  };
}

export const briefingResolvers: Resolvers = {
  Query: {
    async briefing(_parent, { ids, lang, title, relationsPerEntity, asOf }, context) {
      const day = args.asOfDay(asOf, context);
      const selection = briefingIds(ids);
      const chosenTitle = briefingTitle(title);
      const perEntity = args.intInRange(
        'relationsPerEntity',
        relationsPerEntity,
        BRIEFING_RELATIONS_PER_ENTITY.min,
        BRIEFING_RELATIONS_PER_ENTITY.max,
      );
      const data = await fetchBriefingData(context.db, selection, perEntity, day);
      if (data.missing.length > 0) throw unknownIds(data.missing);
      const document = buildBriefing({
        selection: data.selection,
        related: data.related,
        relations: data.relations,
        lang: apiLang(fromApiLang(lang)),
        title: chosenTitle,
        asOf: day,
        dataDate: dataDate(data.loadedAt),
        version: data.seedVersion,
        report: data.report,
      });
      return {
        ...document,
        footnotes: [...document.footnotes],
        citations: [...document.citations],
        sections: document.sections.map((section) => ({
          ...section,
          validity: sectionValidity(data.selection.find((e) => e.id === section.id)),
          kind: section.kind as EntityKind,
          facts: section.facts.map((fact) => ({ ...fact, footnotes: [...fact.footnotes] })),
        })),
      };
    },
  },
};
