/**
 * The visual vocabulary of entity kinds: each has a colour AND a shape, so kinds stay distinguishable
 * for colour-blind readers and in greyscale prints.
 */
export type KindKey =
  | 'TECHNOLOGY'
  | 'APPLICATION'
  | 'TREATY'
  | 'REGIME'
  | 'CONTROL_MEASURE'
  | 'CIRCUMVENTION'
  | 'AGENCY'
  | 'ORGANIZATION'
  | 'RESOLUTION'
  | 'DOCUMENT'
  | 'EVENT'
  | 'CONCEPT'
  | 'JURISDICTION';

export interface KindStyle {
  readonly color: string;
  readonly shape: string;
  readonly label: { readonly en: string; readonly zh: string };
}

export const KIND_STYLES: Record<KindKey, KindStyle> = {
  TECHNOLOGY: { color: '#1f77b4', shape: 'round-rectangle', label: { en: 'Technology', zh: '技术' } },
  APPLICATION: { color: '#17becf', shape: 'ellipse', label: { en: 'Application', zh: '用途' } },
  TREATY: { color: '#2ca02c', shape: 'star', label: { en: 'Treaty', zh: '条约' } },
  REGIME: { color: '#d62728', shape: 'hexagon', label: { en: 'Regime', zh: '管制机制' } },
  CONTROL_MEASURE: { color: '#ff7f0e', shape: 'diamond', label: { en: 'Control measure', zh: '管制措施' } },
  CIRCUMVENTION: { color: '#8c564b', shape: 'vee', label: { en: 'Circumvention', zh: '规避手段' } },
  AGENCY: { color: '#9467bd', shape: 'octagon', label: { en: 'Agency', zh: '机构' } },
  ORGANIZATION: { color: '#e377c2', shape: 'barrel', label: { en: 'Organization', zh: '组织' } },
  RESOLUTION: { color: '#bcbd22', shape: 'tag', label: { en: 'Resolution', zh: '决议' } },
  DOCUMENT: { color: '#7f7f7f', shape: 'rectangle', label: { en: 'Document', zh: '文件' } },
  EVENT: { color: '#aec7e8', shape: 'triangle', label: { en: 'Event', zh: '会议' } },
  CONCEPT: { color: '#98df8a', shape: 'round-octagon', label: { en: 'Concept', zh: '概念' } },
  JURISDICTION: { color: '#ff9896', shape: 'pentagon', label: { en: 'Jurisdiction', zh: '司法辖区' } },
};

const FALLBACK: KindStyle = { color: '#999999', shape: 'ellipse', label: { en: 'Other', zh: '其他' } };

export function kindStyle(kind: string): KindStyle {
  return (KIND_STYLES as Record<string, KindStyle | undefined>)[kind] ?? FALLBACK;
}
