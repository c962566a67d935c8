/** The briefing's relationship diagram as a Mermaid flowchart inside a Markdown code fence. */
import { oneLine } from '#domain';
import type { BriefingModel } from './types';

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

/** The fenced flowchart: the selected entities first (double-sided boxes), then each arrow with its ends. */
export function mermaidDiagram(model: Pick<BriefingModel, 'sections' | 'diagram'>): string[] {
  const ids = new Map<string, string>();
  const selected = new Set(model.sections.map((s) => s.id));
  const lines = ['```mermaid', 'flowchart LR'];
  const nodeRef = (id: string, name: string): string => {
    let ref = ids.get(id);
    if (ref === undefined) {
      ref = `n${ids.size}`;
      ids.set(id, ref);
      const label = mermaidLabel(name);
      // Selected entities are drawn with double sides, the others as rounded boxes.
      lines.push(selected.has(id) ? `  ${ref}[["${label}"]]` : `  ${ref}("${label}")`);
    }
    return ref;
  };
  for (const section of model.sections) nodeRef(section.id, section.name);
  for (const edge of model.diagram) {
    const from = nodeRef(edge.from.id, edge.from.name);
    const to = nodeRef(edge.to.id, edge.to.name);
    lines.push(`  ${from} -->|"${mermaidLabel(edge.verb)}"| ${to}`);
  }
  lines.push('```');
  return lines;
}
