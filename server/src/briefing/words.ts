/** The fixed wording of a briefing in each language: headings, labels and citation punctuation. */
import type { BriefingLang } from './types';

export interface Words {
  readonly briefing: string;
  readonly titleSeparator: string;
  readonly listSeparator: string;
  readonly andMore: (names: string, more: number) => string;
  readonly asOf: string;
  readonly dataOf: string;
  readonly version: string;
  /** When an entity holds, both ends as written (null for an open end). */
  readonly validity: (from: string | null, to: string | null) => string;
  /** Said of an entity that does not hold on the briefing's day: not yet, or no longer. */
  readonly notValidOn: (asOf: string, notYet: boolean) => string;
  readonly unknownVersion: string;
  /** The source line: the report's full title once, and the short title its footnotes cite it by. */
  readonly sourceLine: (report: string, short: string) => string;
  readonly diagram: string;
  readonly keyRelationships: string;
  readonly noFacts: string;
  readonly note: string;
  /** Between a relationship's sentence and its note. */
  readonly noteSeparator: string;
  readonly sentenceEnd: string;
  readonly section: string;
  readonly footnote: (n: number) => string;
  readonly supplementary: string;
  readonly partSeparator: string;
  readonly quote: (quote: string) => string;
  readonly title: (title: string, markdown: boolean) => string;
}

export const WORDS: Record<BriefingLang, Words> = {
  EN: {
    briefing: 'Briefing',
    titleSeparator: ': ',
    listSeparator: ', ',
    andMore: (names, more) => `${names} and ${more} more`,
    asOf: 'As of',
    dataOf: 'data of',
    version: 'data version',
    validity: (from, to) =>
      from !== null && from === to
        ? `Dated ${from}.`
        : from !== null && to !== null
          ? `Valid from ${from} to ${to}.`
          : from !== null
            ? `Valid from ${from}.`
            : `Valid until ${to ?? ''}.`,
    notValidOn: (asOf, notYet) => (notYet ? `Not yet valid on ${asOf}.` : `No longer valid on ${asOf}.`),
    unknownVersion: 'unknown',
    sourceLine: (report, short) =>
      `Source: ${report} (cited below as ${short}) and the documents it cites. Every statement carries a numbered footnote giving the ` +
      'document, section, footnote number, URL and quote. Quotes from the Chinese report are given in the ' +
      "atlas's English translation, followed by the original.",
    diagram: 'Diagram',
    keyRelationships: 'Key relationships',
    noFacts: 'No sourced facts about this entity are in the graph.',
    note: 'Note: ',
    noteSeparator: ' ',
    sentenceEnd: '.',
    section: '§ ',
    footnote: (n) => `fn. ${n}`,
    supplementary: ' (supplementary source)',
    partSeparator: ', ',
    quote: (quote) => `: “${quote}”`,
    title: (title, markdown) => (markdown ? `*${title}*` : title),
  },
  ZH: {
    briefing: '简报',
    titleSeparator: '：',
    listSeparator: '、',
    andMore: (names, more) => `${names}等${more + 3}项`,
    asOf: '截至',
    dataOf: '数据日期',
    version: '数据版本',
    validity: (from, to) =>
      from !== null && from === to
        ? `日期：${from}。`
        : from !== null && to !== null
          ? `有效期：${from}至${to}。`
          : from !== null
            ? `自${from}起有效。`
            : `有效至${to ?? ''}。`,
    notValidOn: (asOf, notYet) => (notYet ? `于${asOf}尚未生效。` : `于${asOf}已失效。`),
    unknownVersion: '未知',
    sourceLine: (report, short) =>
      `来源：${report}（下称${short}）及其引用的文献。每项陈述均附编号脚注，注明文献、章节、脚注编号、网址及原文引语。`,
    diagram: '关系图',
    keyRelationships: '主要关系',
    noFacts: '图谱中没有关于该实体的有来源的事实。',
    note: '说明：',
    noteSeparator: '',
    sentenceEnd: '。',
    section: '§ ',
    footnote: (n) => `脚注${n}`,
    supplementary: '（补充来源）',
    partSeparator: '，',
    quote: (quote) => `：“${quote}”`,
    title: (title) => `《${title.replace(/^《(.*)》$/u, '$1')}》`,
  },
};
