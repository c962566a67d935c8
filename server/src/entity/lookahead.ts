/**
 * Which `relations` pages an operation asks of the entities a root field returns, read from the operation before
 * the field's own resolver runs. With it, `entity` and `entities` read the entities and those pages in one read
 * transaction (one read lock, one round trip of pipelined statements) instead of a second transaction once the
 * entities are back: the explorer's entity panel and its view merges each ask for exactly this.
 */
import {
  getArgumentValues,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import * as args from '../graphql/args';
import { RELATIONS_LIMIT } from './query';
import type { RelationsKey } from './repository';

/** The arguments of `Entity.relations` as GraphQL hands them to its resolver. */
export interface RelationsArgs {
  readonly types?: readonly string[] | null;
  readonly direction?: 'OUT' | 'IN' | null;
  readonly limit?: number | null;
  readonly offset?: number | null;
}

/**
 * The page one `relations` field asks for: the one place its arguments are checked and defaulted, for the field's
 * resolver and for the lookahead alike (so a page read ahead is found under the key the resolver asks for). Throws
 * BAD_USER_INPUT for arguments out of range.
 */
export function relationsPage({ types, direction, limit, offset }: RelationsArgs): Omit<RelationsKey, 'id'> {
  return {
    types: args.relationTypes('types', types),
    direction: direction ?? null,
    limit: args.intInRange('limit', limit ?? RELATIONS_LIMIT.default, RELATIONS_LIMIT.min, RELATIONS_LIMIT.max),
    offset: args.nonNegativeInt('offset', offset ?? 0),
  };
}

/** The request loader's key for one entity's page. */
export function relationsKey(id: string, page: Omit<RelationsKey, 'id'>): RelationsKey {
  return { id, ...page };
}

/** The checked pages of `requestedRelations`; one whose arguments fail their checks is left to its resolver. */
export function pagesAhead(info: GraphQLResolveInfo): Omit<RelationsKey, 'id'>[] {
  return requestedRelations(info).flatMap((requested) => {
    try {
      return [relationsPage(requested)];
    } catch {
      return [];
    }
  });
}

function argumentsOf(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  info: GraphQLResolveInfo,
): RelationsArgs | undefined {
  try {
    return getArgumentValues(field, node, info.variableValues);
  } catch {
    // Validation already passed, so this is not expected; the field's resolver then reports it as it always did.
    return undefined;
  }
}

/**
 * The distinct argument sets of the `relations` fields selected directly on the entity this root field returns,
 * through inline fragments and fragment spreads. A field under `@skip` or `@include` is left to its resolver (the
 * directive decides at run time), and so is one whose arguments fail their checks, so that its error comes from the
 * field, where it always came from. Reading ahead is only ever an optimisation: what is not read here is read later.
 */
export function requestedRelations(info: GraphQLResolveInfo): RelationsArgs[] {
  const entityType = info.schema.getType('Entity');
  const field = isObjectType(entityType) ? entityType.getFields().relations : undefined;
  if (!field) return [];
  const found = new Map<string, RelationsArgs>();
  const seen = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined): void => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.directives && selection.directives.length > 0) continue;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== 'relations') continue;
        const values = argumentsOf(field, selection, info);
        if (values) found.set(JSON.stringify(values), values);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!selection.typeCondition || selection.typeCondition.name.value === 'Entity') visit(selection.selectionSet);
      } else {
        const name = selection.name.value;
        const fragment = info.fragments[name];
        if (seen.has(name) || fragment?.typeCondition.name.value !== 'Entity') continue;
        seen.add(name);
        visit(fragment.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return [...found.values()];
}
