/**
 * A relationship read as words: the vocabulary's verb (from the start) or inverse (from the end), and the sentence
 * "<subject> <verb> <object>". In Chinese the object takes the place of "…" in the verb ("是…的实例"), or follows it
 * without a space.
 */
import type { Lang } from './lang';
import { RELATION_TYPES, type RelationTypeSpec } from './vocabulary';

export type Direction = 'OUT' | 'IN';

/** The vocabulary spec of a relationship type, or undefined for a type the vocabulary does not know. */
export function relationSpec(type: string): RelationTypeSpec | undefined {
  return Object.hasOwn(RELATION_TYPES, type) ? (RELATION_TYPES as Record<string, RelationTypeSpec>)[type] : undefined;
}

/** "is controlled by" (OUT) / "controls" (IN); the type itself when the vocabulary does not know it. */
export function relationLabel(type: string, direction: Direction, lang: Lang): string {
  const spec = relationSpec(type);
  if (!spec) return type;
  return (direction === 'OUT' ? spec.verb : spec.inverse)[lang];
}

/** "NVIDIA H100 is an example of GPU" / "英伟达 H100是图形处理器的实例", from a verb already chosen. */
export function relationPhrase(subject: string, verb: string, object: string, lang: Lang): string {
  if (verb.includes('…')) return `${subject}${verb.replace('…', object)}`;
  return lang === 'zh' ? `${subject}${verb}${object}` : `${subject} ${verb} ${object}`;
}
