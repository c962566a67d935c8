/**
 * The visual vocabulary of entity kinds: each has a colour AND a shape, so kinds stay distinguishable
 * for colour-blind readers and in greyscale prints. The kinds' names come from the domain's one table.
 */
import { KIND_NAMES, type EntityKind } from '#domain';

export type KindKey = EntityKind;

export interface KindStyle {
  readonly color: string;
  readonly shape: string;
  readonly label: { readonly en: string; readonly zh: string };
}

const SHAPES: Record<KindKey, Omit<KindStyle, 'label'>> = {
  TECHNOLOGY: { color: '#1f77b4', shape: 'round-rectangle' },
  APPLICATION: { color: '#17becf', shape: 'ellipse' },
  TREATY: { color: '#2ca02c', shape: 'star' },
  REGIME: { color: '#d62728', shape: 'hexagon' },
  CONTROL_MEASURE: { color: '#ff7f0e', shape: 'diamond' },
  CIRCUMVENTION: { color: '#8c564b', shape: 'vee' },
  AGENCY: { color: '#9467bd', shape: 'octagon' },
  ORGANIZATION: { color: '#e377c2', shape: 'barrel' },
  RESOLUTION: { color: '#bcbd22', shape: 'tag' },
  DOCUMENT: { color: '#7f7f7f', shape: 'rectangle' },
  EVENT: { color: '#aec7e8', shape: 'triangle' },
  CONCEPT: { color: '#98df8a', shape: 'round-octagon' },
  JURISDICTION: { color: '#ff9896', shape: 'pentagon' },
};

export const KIND_STYLES = Object.fromEntries(
  Object.entries(SHAPES).map(([kind, style]) => [kind, { ...style, label: KIND_NAMES[kind as KindKey] }]),
) as Record<KindKey, KindStyle>;

const FALLBACK: KindStyle = { color: '#999999', shape: 'ellipse', label: { en: 'Other', zh: '其他' } };

export function kindStyle(kind: string): KindStyle {
  return (KIND_STYLES as Record<string, KindStyle | undefined>)[kind] ?? FALLBACK;
}
