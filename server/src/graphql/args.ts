/**
 * Argument validation shared by every query: each check throws a GraphQLError with code BAD_USER_INPUT,
 * the argument's name in extensions.argumentName, and a message that names the argument and what is allowed.
 */
import { GraphQLError } from 'graphql';
import { RELATION_TYPE_NAMES } from '#domain';

export function badUserInput(argumentName: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName } });
}

export function notFound(argumentName: string, id: string, what = 'entity'): GraphQLError {
  return new GraphQLError(`No ${what} has the id "${id}" (argument ${argumentName}).`, {
    extensions: { code: 'NOT_FOUND', argumentName },
  });
}

/** An integer in [min, max]; `value` is what GraphQL handed over after applying the schema default. */
export function intInRange(argumentName: string, value: number | null | undefined, min: number, max: number): number {
  if (value === null || value === undefined || !Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(
      argumentName,
      `${argumentName} must be between ${min} and ${max}, got ${value === undefined ? 'nothing' : String(value)}.`,
    );
  }
  return value;
}

/** An integer of 0 or more (an offset); `value` is what GraphQL handed over, so already an Int. */
export function nonNegativeInt(argumentName: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) {
    throw badUserInput(argumentName, `${argumentName} must be 0 or more, got ${String(value)}.`);
  }
  return value;
}

/** A non-blank text of at most maxLength characters, returned trimmed. */
export function nonBlankText(argumentName: string, value: string, maxLength: number): string {
  const trimmed = value.trim();
  if (trimmed === '') throw badUserInput(argumentName, `${argumentName} must not be empty or blank.`);
  if (trimmed.length > maxLength) {
    throw badUserInput(
      argumentName,
      `${argumentName} must be at most ${maxLength} characters long, got ${trimmed.length}.`,
    );
  }
  return trimmed;
}

/** An entity id: non-blank, at most 200 characters. */
export function entityId(argumentName: string, value: string): string {
  return nonBlankText(argumentName, value, 200);
}

/** 1..max entity ids, each checked as by entityId, in the order given (duplicates kept). */
export function entityIds(argumentName: string, value: readonly string[], max: number): string[] {
  if (value.length === 0) throw badUserInput(argumentName, `${argumentName} must name at least one entity.`);
  if (value.length > max) {
    throw badUserInput(argumentName, `${argumentName} may name at most ${max} entities, got ${value.length}.`);
  }
  return value.map((id) => entityId(argumentName, id));
}

/** Relationship type names from the vocabulary, deduplicated; null when not given. An empty list is an error. */
export function relationTypes(argumentName: string, value: readonly string[] | null | undefined): string[] | null {
  if (value === null || value === undefined) return null;
  if (value.length === 0) {
    throw badUserInput(argumentName, `${argumentName} must name at least one relationship type, or be left out.`);
  }
  const allowed = new Set<string>(RELATION_TYPE_NAMES);
  const unknown = value.filter((t) => !allowed.has(t));
  if (unknown.length > 0) {
    throw badUserInput(
      argumentName,
      `${argumentName} contains unknown relationship type${unknown.length === 1 ? '' : 's'} ${unknown.join(', ')}; ` +
        `allowed: ${RELATION_TYPE_NAMES.join(', ')}.`,
    );
  }
  return [...new Set(value)].sort();
}

/** Entity kinds (already checked by the GraphQL enum), deduplicated; null when not given. An empty list is an error. */
export function kinds(argumentName: string, value: readonly string[] | null | undefined): string[] | null {
  if (value === null || value === undefined) return null;
  if (value.length === 0) {
    throw badUserInput(argumentName, `${argumentName} must name at least one entity kind, or be left out.`);
  }
  return [...new Set(value)].sort();
}

/**
 * The day an "as of" answer is for: the `asOf` argument (the Date scalar has already checked it), or today (UTC)
 * when the query names none.
 */
export function asOfDay(value: string | null | undefined, context: { readonly today: () => string }): string {
  return value ?? context.today();
}

/** NOT_FOUND naming every id of the argument that matches no entity. */
export function unknownIds(argumentName: string, ids: readonly string[]): GraphQLError {
  const list = ids.map((id) => `"${id}"`).join(', ');
  return new GraphQLError(
    ids.length === 1
      ? `No entity has the id ${list} (argument ${argumentName}).`
      : `No entities have the ids ${list} (argument ${argumentName}).`,
    { extensions: { code: 'NOT_FOUND', argumentName, ids: [...ids] } },
  );
}
