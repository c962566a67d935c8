/**
 * Builds a briefing document from plain data: pure (no database, no clock), so it is unit-tested and the same
 * selection always gives the same Markdown.
 *
 * Every fact carries at least one numbered footnote: an entity's summary (and its note, the graph's correction of
 * the report) is cited by the entity's sources, a relationship by the relationship's sources; a fact without any
 * source is left out rather than shown uncited. Footnotes are numbered 1..N in order of first use, and a source
 * cited by several facts (same document, section, footnote, quote, URL, supplementary flag and note) keeps one number.
 * Relationships read from their start: "<from> <verb> <to>." with the vocabulary's verb; in Chinese the object takes
 * the place of "…" in the verb ("是…的实例"), or follows it.
 */
import { RELATION_TYPES } from '#domain';
import type { RelationTypeSpec } from '#domain';

export type BriefingLang = 'EN' | 'ZH';

export interface BriefingSourceInput {
  readonly documentId: string;
  /** English title of the cited document. */
  readonly document: string;
  readonly documentZh?: string | null;
  /** The report's heading, verbatim. */
  readonly section: string | null;
  /** The atlas's English name for the heading. */
  readonly sectionEn?: string | null;
  readonly footnote: number | null;
  /** Verbatim, in the cited document's language. */
  readonly quote: string | null;
  /** The atlas's English translation of a Chinese quote. */
  readonly quoteEn?: string | null;
  readonly url: string | null;
  readonly supplementary: boolean;
  readonly note?: string | null;
}

export interface BriefingNodeInput {
  readonly id: string;
  readonly kind: string;
  readonly nameEn: string;
  readonly nameZh: string;
}

export interface BriefingEntityInput extends BriefingNodeInput {
  readonly summaryEn: string | null;
  readonly summaryZh: string | null;
  readonly noteEn?: string | null;
  readonly noteZh?: string | null;
  readonly sources: readonly BriefingSourceInput[];
}

export interface BriefingRelationInput {
  readonly id: string;
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly noteEn?: string | null;
  readonly noteZh?: string | null;
  readonly sources: readonly BriefingSourceInput[];
}

export interface BriefingInput {
  /** The selected entities, in the order the briefing shows them. */
  readonly selection: readonly BriefingEntityInput[];
  /** The entities at the other end of relationships leaving the selection (only their names are used). */
  readonly related: readonly BriefingNodeInput[];
  /**
   * The relationships to state. For each selected entity, those with another selected entity come first (in the
   * order of the selection); those with an outside entity follow in the order given here.
   */
  readonly relations: readonly BriefingRelationInput[];
  readonly lang: BriefingLang;
  /** Null or blank for the default title. */
  readonly title?: string | null;
  /** The data's date, YYYY-MM-DD. */
  readonly asOf: string;
  readonly version: string | null;
  /** The report's names for the source line; defaults to the UNIDO report's. */
  readonly report?: { readonly nameEn: string | null; readonly nameZh: string | null } | null;
}

export type BriefingFactKind = 'SUMMARY' | 'NOTE' | 'RELATIONSHIP';

export interface BriefingFact {
  readonly kind: BriefingFactKind;
  readonly text: string;
  readonly footnote: number;
  readonly footnotes: readonly number[];
  readonly relationId: string | null;
  readonly otherId: string | null;
}

export interface BriefingSection {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly otherName: string;
  readonly facts: readonly BriefingFact[];
}

/**
 * A cited source; `document` is the title in the briefing's language where known. `section` and `quote` stay
 * verbatim; `sectionEn` and `quoteEn` are the atlas's translations, which an English briefing cites them by.
 */
export interface BriefingFootnote {
  readonly number: number;
  readonly documentId: string;
  readonly document: string;
  readonly documentZh: string | null;
  readonly section: string | null;
  readonly sectionEn: string | null;
  readonly footnote: number | null;
  readonly quote: string | null;
  readonly quoteEn: string | null;
  readonly url: string | null;
  readonly supplementary: boolean;
  readonly note: string | null;
}

export interface BriefingDocument {
  readonly title: string;
  readonly markdown: string;
  readonly asOf: string;
  readonly lang: BriefingLang;
  readonly seedVersion: string | null;
  readonly footnotes: readonly BriefingFootnote[];
  /** Footnote n as one plain-text line, citations[n - 1]. */
  readonly citations: readonly string[];
  readonly sections: readonly BriefingSection[];
}

const DEFAULT_REPORT = {
  nameEn: 'The Export of Dual-Use Artificial Intelligence Technologies (UNIDO expert report)',
  nameZh: '出口军民两用的人工智能技术问题',
};

/** Kind names, as the explorer's legend shows them. */
const KIND_NAMES: Record<string, { en: string; zh: string }> = {
  TECHNOLOGY: { en: 'Technology', zh: '技术' },
  APPLICATION: { en: 'Application', zh: '用途' },
  TREATY: { en: 'Treaty', zh: '条约' },
  REGIME: { en: 'Regime', zh: '管制机制' },
  CONTROL_MEASURE: { en: 'Control measure', zh: '管制措施' },
  CIRCUMVENTION: { en: 'Circumvention', zh: '规避手段' },
  AGENCY: { en: 'Agency', zh: '机构' },
  ORGANIZATION: { en: 'Organization', zh: '组织' },
  RESOLUTION: { en: 'Resolution', zh: '决议' },
  DOCUMENT: { en: 'Document', zh: '文件' },
  EVENT: { en: 'Event', zh: '会议' },
  CONCEPT: { en: 'Concept', zh: '概念' },
  JURISDICTION: { en: 'Jurisdiction', zh: '司法辖区' },
};

interface Words {
  readonly briefing: string;
  readonly listSeparator: string;
  readonly andMore: (names: string, more: number) => string;
  readonly asOf: string;
  readonly version: string;
  readonly unknownVersion: string;
  readonly sourceLine: (report: string) => string;
  readonly diagram: string;
  readonly keyRelationships: string;
  readonly noFacts: string;
  readonly note: string;
  readonly section: string;
  readonly footnote: (n: number) => string;
  readonly supplementary: string;
  readonly partSeparator: string;
  readonly quote: (quote: string) => string;
  readonly title: (title: string, markdown: boolean) => string;
}

const WORDS: Record<BriefingLang, Words> = {
  EN: {
    briefing: 'Briefing',
    listSeparator: ', ',
    andMore: (names, more) => `${names} and ${more} more`,
    asOf: 'As of',
    version: 'data version',
    unknownVersion: 'unknown',
    sourceLine: (report) =>
      `Source: ${report} and the documents it cites. Every statement carries a numbered footnote giving the ` +
      'document, section, footnote number, URL and quote. Quotes from the Chinese report are given in the ' +
      "atlas's English translation, followed by the original.",
    diagram: 'Diagram',
    keyRelationships: 'Key relationships',
    noFacts: 'No sourced facts about this entity are in the graph.',
    note: 'Note: ',
    section: '§ ',
    footnote: (n) => `fn. ${n}`,
    supplementary: ' (supplementary source)',
    partSeparator: ', ',
    quote: (quote) => `: “${quote}”`,
    title: (title, markdown) => (markdown ? `*${title}*` : title),
  },
  ZH: {
    briefing: '简报',
    listSeparator: '、',
    andMore: (names, more) => `${names}等${more + 3}项`,
    asOf: '截至',
    version: '数据版本',
    unknownVersion: '未知',
    sourceLine: (report) =>
      `来源：${report}及其引用的文献。每项陈述均附编号脚注，注明文献、章节、脚注编号、网址及原文引语。`,
    diagram: '关系图',
    keyRelationships: '主要关系',
    noFacts: '图谱中没有关于该实体的有来源的事实。',
    note: '说明：',
    section: '§ ',
    footnote: (n) => `脚注${n}`,
    supplementary: '（补充来源）',
    partSeparator: '，',
    quote: (quote) => `：“${quote}”`,
    title: (title) => `《${title.replace(/^《(.*)》$/u, '$1')}》`,
  },
};

// ---------------------------------------------------------------------------------------------- text helpers

/** Collapses runs of whitespace (line breaks included) into one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Escapes text for Markdown inline content: characters that could start emphasis, code, links, footnote references,
 * HTML, strikethrough or (on GitHub) math are backslash-escaped, as is an `&` that would read as an entity.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]<>~$|]/gu, (c) => `\\${c}`)
    .replace(/&(?=#?[A-Za-z0-9]+;)/gu, '\\&');
}

/** Escapes what would make the start of a line a heading, quote, list item or rule. */
function escapeLineStart(markdown: string): string {
  return markdown.replace(/^(#|>|[-+=]|\d{1,9}(?=[.)]))/u, (m) => (/^\d/u.test(m) ? `${m}\\` : `\\${m}`));
}

/** A label inside a quoted Mermaid label: characters Mermaid or the Markdown fence would read are entity codes. */
export function mermaidLabel(text: string): string {
  const codes: Record<string, string> = {
    '#': '#35;',
    '"': '#quot;',
    '<': '#lt;',
    '>': '#gt;',
    '&': '#amp;',
    '`': '#96;',
  };
  return oneLine(text).replace(/[#"<>&`]/gu, (c) => codes[c] ?? c);
}

const TERMINAL = /[.!?。！？]$/u;

function sentence(text: string, lang: BriefingLang): string {
  const body = oneLine(text);
  if (TERMINAL.test(body)) return body;
  return body + (lang === 'ZH' ? '。' : '.');
}

function pick(lang: BriefingLang, en: string | null | undefined, zh: string | null | undefined): string | null {
  const value = lang === 'ZH' ? zh || en : en || zh;
  return value ? oneLine(value) : null;
}

function nameOf(node: BriefingNodeInput, lang: BriefingLang): string {
  return pick(lang, node.nameEn, node.nameZh) ?? node.id;
}

function otherNameOf(node: BriefingNodeInput, lang: BriefingLang): string {
  return nameOf(node, lang === 'ZH' ? 'EN' : 'ZH');
}

function relationSpec(type: string): RelationTypeSpec | undefined {
  return Object.hasOwn(RELATION_TYPES, type) ? (RELATION_TYPES as Record<string, RelationTypeSpec>)[type] : undefined;
}

/** "NVIDIA H100 is an example of GPU." / "英伟达 H100是图形处理器的实例。" */
export function relationSentence(subject: string, type: string, object: string, lang: BriefingLang): string {
  const spec = relationSpec(type);
  if (lang === 'ZH') {
    const verb = spec?.verb.zh ?? type;
    return sentence(verb.includes('…') ? `${subject}${verb.replace('…', object)}` : `${subject}${verb}${object}`, lang);
  }
  return sentence(`${subject} ${spec?.verb.en ?? type} ${object}`, lang);
}

/** The default title: "Briefing: A, B, C" (and "and N more" beyond three names). */
export function defaultTitle(names: readonly string[], lang: BriefingLang): string {
  const words = WORDS[lang];
  const shown = names.slice(0, 3).join(words.listSeparator);
  const text = names.length > 3 ? words.andMore(shown, names.length - 3) : shown;
  return `${words.briefing}${lang === 'ZH' ? '：' : ': '}${text}`;
}

// ---------------------------------------------------------------------------------------------- footnotes

function sourceKey(s: BriefingSourceInput): string {
  return JSON.stringify([s.documentId, s.section, s.footnote, s.quote, s.url, s.supplementary, s.note ?? null]);
}

function localizedDocument(s: BriefingSourceInput, lang: BriefingLang): string {
  return oneLine((lang === 'ZH' ? s.documentZh : null) ?? s.document);
}

/** One footnote's text: document, section, footnote number, URL, then the quote; Markdown or plain. */
export function citation(s: BriefingSourceInput, lang: BriefingLang, markdown: boolean): string {
  const words = WORDS[lang];
  const esc = markdown ? escapeMarkdown : oneLine;
  const isZhTitle = lang === 'ZH' && Boolean(s.documentZh);
  const document = localizedDocument(s, lang);
  const parts = [isZhTitle ? words.title(esc(document), markdown) : markdown ? `*${esc(document)}*` : document];
  const section = (lang === 'EN' ? s.sectionEn : null) ?? s.section;
  if (section) parts.push(`${words.section}${esc(section)}`);
  if (s.footnote !== null) parts.push(words.footnote(s.footnote));
  if (s.url) parts.push(markdown && /^https?:\/\/[^\s<>]+$/u.test(s.url) ? `<${s.url}>` : esc(s.url));
  let text = parts.join(words.partSeparator);
  // English readers get the atlas's translation of a Chinese quote, always with the original beside it.
  if (s.quote && lang === 'EN' && s.quoteEn) {
    text += `: “${esc(s.quoteEn)}” (translation by the atlas; original: “${esc(s.quote)}”)`;
  } else if (s.quote) text += words.quote(esc(s.quote));
  if (s.supplementary) text += words.supplementary;
  if (s.note) text += ` — ${esc(s.note)}`;
  return text;
}

class Footnotes {
  private readonly numbers = new Map<string, number>();
  readonly list: BriefingFootnote[] = [];

  constructor(private readonly lang: BriefingLang) {}

  /** The footnote numbers of these sources, ascending; new sources get the next numbers, in order. */
  cite(sources: readonly BriefingSourceInput[]): number[] {
    const cited = new Set<number>();
    for (const source of sources) {
      const key = sourceKey(source);
      let number = this.numbers.get(key);
      if (number === undefined) {
        number = this.list.length + 1;
        this.numbers.set(key, number);
        this.list.push({
          number,
          documentId: source.documentId,
          document: localizedDocument(source, this.lang),
          documentZh: source.documentZh ?? null,
          section: source.section,
          sectionEn: source.sectionEn ?? null,
          footnote: source.footnote,
          quote: source.quote,
          quoteEn: source.quoteEn ?? null,
          url: source.url,
          supplementary: source.supplementary,
          note: source.note ?? null,
        });
      }
      cited.add(number);
    }
    return [...cited].sort((a, b) => a - b);
  }
}

// ---------------------------------------------------------------------------------------------- the document

interface PlannedRelation {
  readonly relation: BriefingRelationInput;
  readonly otherId: string;
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
      (a.relation.type < b.relation.type ? -1 : a.relation.type > b.relation.type ? 1 : 0) ||
      (a.relation.id < b.relation.id ? -1 : a.relation.id > b.relation.id ? 1 : 0),
  );
  return [...internal, ...external];
}

function markers(numbers: readonly number[]): string {
  return numbers.map((n) => `[^${n}]`).join('');
}

function mermaidDiagram(
  sections: readonly BriefingSection[],
  nodes: ReadonlyMap<string, BriefingNodeInput>,
  relations: ReadonlyMap<string, BriefingRelationInput>,
  lang: BriefingLang,
): string[] {
  const ids = new Map<string, string>();
  const lines = ['```mermaid', 'flowchart LR'];
  const nodeRef = (id: string): string => {
    let ref = ids.get(id);
    if (ref === undefined) {
      ref = `n${ids.size}`;
      ids.set(id, ref);
      const node = nodes.get(id);
      const label = mermaidLabel(node ? nameOf(node, lang) : id);
      // Selected entities are drawn with double sides, the others as rounded boxes.
      lines.push(sections.some((s) => s.id === id) ? `  ${ref}[["${label}"]]` : `  ${ref}("${label}")`);
    }
    return ref;
  };
  for (const section of sections) nodeRef(section.id);
  const drawn = new Set<string>();
  for (const section of sections) {
    for (const fact of section.facts) {
      if (fact.relationId === null || drawn.has(fact.relationId)) continue;
      drawn.add(fact.relationId);
      const relation = relations.get(fact.relationId);
      if (!relation) continue;
      const from = nodeRef(relation.from);
      const to = nodeRef(relation.to);
      const verb = relationSpec(relation.type)?.verb[lang === 'ZH' ? 'zh' : 'en'] ?? relation.type;
      lines.push(`  ${from} -->|"${mermaidLabel(verb)}"| ${to}`);
    }
  }
  lines.push('```');
  return lines;
}

export function buildBriefing(input: BriefingInput): BriefingDocument {
  const { lang } = input;
  const words = WORDS[lang];
  const footnotes = new Footnotes(lang);
  const nodes = new Map<string, BriefingNodeInput>();
  for (const node of [...input.related, ...input.selection]) nodes.set(node.id, node);
  const position = new Map(input.selection.map((entity, i) => [entity.id, i]));
  const relationsById = new Map(input.relations.map((r) => [r.id, r]));

  const sections: BriefingSection[] = input.selection.map((entity) => {
    const facts: BriefingFact[] = [];
    const add = (
      kind: BriefingFactKind,
      text: string,
      sources: readonly BriefingSourceInput[],
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
    for (const planned of relationsOf(entity.id, input.relations, position)) {
      const { relation } = planned;
      const from = nodes.get(relation.from);
      const to = nodes.get(relation.to);
      let text = relationSentence(
        from ? nameOf(from, lang) : relation.from,
        relation.type,
        to ? nameOf(to, lang) : relation.to,
        lang,
      );
      const relationNote = pick(lang, relation.noteEn, relation.noteZh);
      if (relationNote) text += `${lang === 'ZH' ? '' : ' '}${words.note}${sentence(relationNote, lang)}`;
      add('RELATIONSHIP', text, relation.sources, planned);
    }
    return {
      id: entity.id,
      kind: entity.kind,
      name: nameOf(entity, lang),
      otherName: otherNameOf(entity, lang),
      facts,
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
  const reportMarkdown = lang === 'ZH' ? words.title(escapeMarkdown(report), true) : `*${escapeMarkdown(report)}*`;

  const md: string[] = [
    `# ${escapeMarkdown(title).replace(/(\s)(#+)$/u, '$1\\$2')}`,
    '',
    `${words.asOf} ${input.asOf} · ${words.version} ${input.version ? `\`${input.version.replace(/`/gu, '')}\`` : words.unknownVersion}`,
    '',
    words.sourceLine(reportMarkdown),
    '',
  ];
  if (sections.length > 0)
    md.push(`## ${words.diagram}`, '', ...mermaidDiagram(sections, nodes, relationsById, lang), '');
  for (const section of sections) {
    const kindName = KIND_NAMES[section.kind]?.[lang === 'ZH' ? 'zh' : 'en'] ?? section.kind;
    md.push(`## ${escapeMarkdown(section.name)}`, '');
    md.push(
      `*${escapeMarkdown(kindName)}* · ${escapeMarkdown(section.otherName)} · \`${section.id.replace(/`/gu, '')}\``,
      '',
    );
    const paragraphs = section.facts.filter((f) => f.kind !== 'RELATIONSHIP');
    const bullets = section.facts.filter((f) => f.kind === 'RELATIONSHIP');
    for (const fact of paragraphs)
      md.push(`${escapeLineStart(escapeMarkdown(fact.text))}${markers(fact.footnotes)}`, '');
    if (bullets.length > 0) {
      md.push(`**${words.keyRelationships}**`, '');
      for (const fact of bullets) md.push(`- ${escapeLineStart(escapeMarkdown(fact.text))}${markers(fact.footnotes)}`);
      md.push('');
    }
    if (section.facts.length === 0) md.push(`*${words.noFacts}*`, '');
  }
  for (const footnote of footnotes.list) md.push(`[^${footnote.number}]: ${citation(footnote, lang, true)}`);

  return {
    title,
    markdown: `${md.join('\n').trimEnd()}\n`,
    asOf: input.asOf,
    lang,
    seedVersion: input.version,
    footnotes: footnotes.list,
    citations: footnotes.list.map((f) => citation(f, lang, false)),
    sections,
  };
}
