/** The relationship vocabulary as the API exposes it; read from the one vocabulary module of the seed. */
import { RELATION_TYPES, RELATION_TYPE_NAMES, type RelationTypeSpec } from '#domain';

export interface RelationTypeValue extends RelationTypeSpec {
  readonly name: string;
}

export const RELATION_TYPE_VALUES: readonly RelationTypeValue[] = RELATION_TYPE_NAMES.map((name) => ({
  name,
  ...(RELATION_TYPES[name] as RelationTypeSpec),
}));

const BY_NAME = new Map(RELATION_TYPE_VALUES.map((t) => [t.name, t]));

export function relationTypeSpec(name: string): RelationTypeValue | undefined {
  return BY_NAME.get(name);
}

/** How a relationship reads from one of its ends: the verb from the start node, the inverse from the end node. */
export function relationLabel(type: string, direction: 'OUT' | 'IN', lang: 'EN' | 'ZH'): string {
  const spec = BY_NAME.get(type);
  if (!spec) return type;
  const phrase = direction === 'OUT' ? spec.verb : spec.inverse;
  return lang === 'ZH' ? phrase.zh : phrase.en;
}
