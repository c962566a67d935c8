/** What each entity kind is called, in English and Chinese: the one table the legend, panels and briefings read. */
import type { Lang } from './lang';
import type { EntityKind } from './vocabulary';

export const KIND_NAMES: Readonly<Record<EntityKind, { readonly en: string; readonly zh: string }>> = {
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

/** The kind's name in `lang`; undefined for a kind the vocabulary does not know (each caller has its own fallback). */
export function kindName(kind: string, lang: Lang): string | undefined {
  return Object.hasOwn(KIND_NAMES, kind) ? KIND_NAMES[kind as EntityKind][lang] : undefined;
}
