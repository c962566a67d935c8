/**
 * Builds the briefing's document model from plain data: pure (no database, no clock), so the same selection always
 * gives the same document.
 *
 * Every fact carries at least one numbered footnote: an entity's summary (and its note, the graph's correction of
 * the report) is cited by the entity's sources, a relationship by the relationship's sources; a fact without any
 * source is left out rather than shown uncited. Relationships read from their start with the vocabulary's verb.
 */
import {
  entityName,
  fromApiLang,
  inLang,
  oneLine,
  otherLang,
  relationLabel,
  relationPhrase,
  validityBounds,
  validOn,
} from '#domain';
import { Footnotes } from './footnotes';
import type {
  BriefingFact,
  BriefingFactKind,
  BriefingInput,
  BriefingLang,
  BriefingModel,
  BriefingNodeInput,
  BriefingRelationInput,
  BriefingSection,
  DiagramEdge,
} from './types';
import { WORDS } from './words';
import type { Source } from '#domain';

const DEFAULT_REPORT = {
  nameEn: 'The Export of Dual-Use Artificial Intelligence Technologies (UNIDO expert report)',
  nameZh: '出口军民两用的人工智能技术问题',
};

const TERMINAL = /[.!?。！？]$/u;

function sentence(text: string, lang: BriefingLang): string {
  const body = oneLine(text);
  if (TERMINAL.test(body)) return body;
  return body + WORDS[lang].sentenceEnd;
}

function pick(lang: BriefingLang, en: string | null | undefined, zh: string | null | undefined): string | null {
  const value = inLang(fromApiLang(lang), en, zh);
  return value ? oneLine(value) : null;
}

function nameOf(node: BriefingNodeInput, lang: BriefingLang): string {
  return oneLine(entityName(node, fromApiLang(lang)));
}

/** "NVIDIA H100 is an example of GPU." / "英伟达 H100是图形处理器的实例。" */
export function relationSentence(subject: string, type: string, object: string, lang: BriefingLang): string {
  const l = fromApiLang(lang);
  return sentence(relationPhrase(subject, relationLabel(type, 'OUT', l), object, l), lang);
}

/** The default title: "Briefing: A, B, C" (and "and N more" beyond three names). */
export function defaultTitle(names: readonly string[], lang: BriefingLang): string {
  const words = WORDS[lang];
  const shown = names.slice(0, 3).join(words.listSeparator);
  const text = names.length > 3 ? words.andMore(shown, names.length - 3) : shown;
  return `${words.briefing}${words.titleSeparator}${text}`;
}

interface PlannedRelation {
  readonly relation: BriefingRelationInput;
  readonly otherId: string;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A selected entity's relationships: with other selected entities first (selection order, type, id), then outside. */
function relationsOf(
  id: string,
  relations: readonly BriefingRelationInput[],
  position: ReadonlyMap<string, number>,
): PlannedRelation[] {
  const internal: PlannedRelation[] = [];
  const external: PlannedRelation[] = [];
  const seen = new Set<string>();
  for (const relation of relations) {
    if (relation.from !== id && relation.to !== id) continue;
    if (seen.has(relation.id)) continue;
    seen.add(relation.id);
    const otherId = relation.from === id ? relation.to : relation.from;
    (position.has(otherId) ? internal : external).push({ relation, otherId });
  }
  internal.sort(
    (a, b) =>
      (position.get(a.otherId) ?? 0) - (position.get(b.otherId) ?? 0) ||
      compare(a.relation.type, b.relation.type) ||
      compare(a.relation.id, b.relation.id),
  );
  return [...internal, ...external];
}

/** The relationships the sections state, each once, with both ends named. */
function diagramEdges(
  sections: readonly BriefingSection[],
  nodeName: (id: string) => string,
  relations: ReadonlyMap<string, BriefingRelationInput>,
  lang: BriefingLang,
): DiagramEdge[] {
  const edges: DiagramEdge[] = [];
  const drawn = new Set<string>();
  for (const section of sections) {
    for (const fact of section.facts) {
      if (fact.relationId === null || drawn.has(fact.relationId)) continue;
      drawn.add(fact.relationId);
      const relation = relations.get(fact.relationId);
      if (!relation) continue;
      edges.push({
        from: { id: relation.from, name: nodeName(relation.from) },
        to: { id: relation.to, name: nodeName(relation.to) },
        verb: relationLabel(relation.type, 'OUT', fromApiLang(lang)),
      });
    }
  }
  return edges;
}

export function buildBriefingModel(input: BriefingInput): BriefingModel {
  const { lang } = input;
  const words = WORDS[lang];
  const footnotes = new Footnotes(lang);
  const nodes = new Map<string, BriefingNodeInput>();
  for (const node of [...input.related, ...input.selection]) nodes.set(node.id, node);
  const nodeName = (id: string): string => {
    const node = nodes.get(id);
    return node ? nameOf(node, lang) : id;
  };
  const position = new Map(input.selection.map((entity, i) => [entity.id, i]));

  const sections: BriefingSection[] = input.selection.map((entity) => {
    const facts: BriefingFact[] = [];
    const add = (
      kind: BriefingFactKind,
      text: string,
      sources: readonly Source[],
      relation: PlannedRelation | null,
    ) => {
      if (sources.length === 0) return; // never state a fact without a source
      const numbers = footnotes.cite(sources);
      facts.push({
        kind,
        text,
        footnote: numbers[0] as number,
        footnotes: numbers,
        relationId: relation?.relation.id ?? null,
        otherId: relation?.otherId ?? null,
      });
    };
    const summary = pick(lang, entity.summaryEn, entity.summaryZh);
    if (summary) add('SUMMARY', sentence(summary, lang), entity.sources, null);
    const note = pick(lang, entity.noteEn, entity.noteZh);
    if (note) add('NOTE', words.note + sentence(note, lang), entity.sources, null);
    const validFrom = entity.validFrom ?? null;
    const validTo = entity.validTo ?? null;
    const validity = { validFrom, validTo };
    const validOnAsOf = validOn(validity, input.asOf);
    if (validFrom !== null || validTo !== null) {
      // A dated entity says when it holds, and whether it holds on the briefing's day, citing where each end is stated.
      let text = words.validity(validFrom, validTo);
      if (!validOnAsOf) {
        const notYet = validFrom !== null && input.asOf < (validityBounds(validity).fromDay ?? '');
        text += `${words.noteSeparator}${words.notValidOn(input.asOf, notYet)}`;
      }
      add('VALIDITY', text, [...(entity.validFromSources ?? []), ...(entity.validToSources ?? [])], null);
    }
    for (const planned of relationsOf(entity.id, input.relations, position)) {
      const { relation } = planned;
      let text = relationSentence(nodeName(relation.from), relation.type, nodeName(relation.to), lang);
      const relationNote = pick(lang, relation.noteEn, relation.noteZh);
      if (relationNote) text += `${words.noteSeparator}${words.note}${sentence(relationNote, lang)}`;
      add('RELATIONSHIP', text, relation.sources, planned);
    }
    return {
      id: entity.id,
      kind: entity.kind,
      name: nameOf(entity, lang),
      otherName: oneLine(entityName(entity, otherLang(fromApiLang(lang)))),
      facts,
      validFrom,
      validTo,
      validOnAsOf,
    };
  });

  const title =
    oneLine(input.title ?? '') ||
    defaultTitle(
      sections.map((s) => s.name),
      lang,
    );
  const report = pick(
    lang,
    input.report?.nameEn ?? DEFAULT_REPORT.nameEn,
    input.report?.nameZh ?? DEFAULT_REPORT.nameZh,
  ) as string;
  const relationsById = new Map(input.relations.map((r) => [r.id, r]));
  return {
    title,
    asOf: input.asOf,
    dataDate: input.dataDate ?? null,
    lang,
    seedVersion: input.version,
    report,
    sections,
    footnotes: footnotes.list,
    diagram: diagramEdges(sections, nodeName, relationsById, lang),
  };
}
