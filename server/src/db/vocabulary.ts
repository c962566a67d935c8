/**
 * The only way a label or relationship type gets into Cypher text: from the seed vocabulary's constants, checked to be
 * a plain identifier. User input never reaches these functions' arguments (their types are the vocabulary's unions).
 */
import { KIND_LABEL, RELATION_TYPES } from '#domain';
import type { EntityKind, RelationType } from '#domain';

function identifier(name: string): string {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/u.test(name)) throw new Error(`not a safe Cypher identifier: ${name}`);
  return name;
}

/** `:Technology` for TECHNOLOGY. */
export function label(kind: EntityKind): string {
  return `:${identifier(KIND_LABEL[kind])}`;
}

/** `:Regime|Treaty` for several kinds (a label expression matching any of them). */
export function labels(...kinds: EntityKind[]): string {
  if (kinds.length === 0) throw new Error('at least one kind is required');
  return `:${kinds.map((kind) => identifier(KIND_LABEL[kind])).join('|')}`;
}

/** `:EXAMPLE_OF|SUBTYPE_OF` for a list of vocabulary types. */
export function relTypes(...types: RelationType[]): string {
  if (types.length === 0) throw new Error('at least one relationship type is required');
  return `:${types.map((t) => identifier(t in RELATION_TYPES ? t : '')).join('|')}`;
}
