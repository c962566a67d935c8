/** The relationship vocabulary as the API exposes it; read from the one vocabulary module of the seed. */
import {
  fromApiLang,
  relationLabel as vocabularyLabel,
  RELATION_TYPES,
  RELATION_TYPE_NAMES,
  type Direction,
  type RelationTypeSpec,
} from '#domain';

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

/** How a relationship reads from one of its ends (the API's language; English when none is given). */
export function relationLabel(type: string, direction: Direction, lang: string | null | undefined): string {
  return vocabularyLabel(type, direction, fromApiLang(lang));
}
