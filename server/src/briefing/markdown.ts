/** Renders a briefing's document model as GitHub-flavoured Markdown with footnotes and a Mermaid diagram. */
import { fromApiLang, kindName } from '#domain';
import { escapeLineStart, escapeMarkdown } from './escape';
import { citations, markers, sourceLine } from './footnotes';
import { mermaidDiagram } from './mermaid';
import type { BriefingModel } from './types';
import { WORDS } from './words';

export function renderMarkdown(model: BriefingModel): string {
  const { lang } = model;
  const words = WORDS[lang];
  const version = model.seedVersion ? `\`${model.seedVersion.replace(/`/gu, '')}\`` : words.unknownVersion;

  const md: string[] = [
    `# ${escapeMarkdown(model.title).replace(/(\s)(#+)$/u, '$1\\$2')}`,
    '',
    `${words.asOf} ${model.asOf}${model.dataDate ? ` · ${words.dataOf} ${model.dataDate}` : ''} · ${words.version} ${version}`,
    '',
    sourceLine(model, true),
    '',
  ];
  if (model.sections.length > 0) md.push(`## ${words.diagram}`, '', ...mermaidDiagram(model), '');
  for (const section of model.sections) {
    const kind = kindName(section.kind, fromApiLang(lang)) ?? section.kind;
    md.push(`## ${escapeMarkdown(section.name)}`, '');
    md.push(
      `*${escapeMarkdown(kind)}* · ${escapeMarkdown(section.otherName)} · \`${section.id.replace(/`/gu, '')}\``,
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
  const notes = citations(model.footnotes, lang, true);
  model.footnotes.forEach((footnote, i) => md.push(`[^${footnote.number}]: ${notes[i] ?? ''}`));
  return `${md.join('\n').trimEnd()}\n`;
}
