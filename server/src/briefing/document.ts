/**
 * A briefing document: the model (what it says, model.ts) rendered as Markdown (markdown.ts), with each footnote
 * also as one plain-text line. This is the module the resolver and the tests use.
 */
import { citations, sourceLine } from './footnotes';
import { renderMarkdown } from './markdown';
import { buildBriefingModel } from './model';
import type { BriefingDocument, BriefingInput } from './types';

export { escapeMarkdown } from './escape';
export { defaultTitle, relationSentence } from './model';
export type * from './types';

export function buildBriefing(input: BriefingInput): BriefingDocument {
  const model = buildBriefingModel(input);
  return {
    title: model.title,
    markdown: renderMarkdown(model),
    asOf: model.asOf,
    dataDate: model.dataDate,
    lang: model.lang,
    seedVersion: model.seedVersion,
    footnotes: model.footnotes,
    citations: citations(model.footnotes, model.lang, false),
    sourceLine: sourceLine(model, false),
    sections: model.sections,
  };
}
