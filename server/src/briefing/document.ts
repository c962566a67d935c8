/**
 * A briefing document: the model (what it says, model.ts) rendered as Markdown (markdown.ts), with each footnote
 * also as one plain-text line. This is the module the resolver and the tests use.
 */
import { citation } from './footnotes';
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
    lang: model.lang,
    seedVersion: model.seedVersion,
    footnotes: model.footnotes,
    citations: model.footnotes.map((f) => citation(f, model.lang, false)),
    sections: model.sections,
  };
}
