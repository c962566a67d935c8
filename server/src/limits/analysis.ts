/**
 * One walk over a resolved operation, before anything executes: its estimated cost, and the argument checks that need
 * the variables' values (no negative page sizes or offsets, no over-deep or over-wide filter inputs).
 *
 * Cost approximates "values returned plus database round trips":
 *   cost(field) = base + multiplier × cost(children)
 * where base is 10 for a root field that runs a database query, 50 for Entity.relations (a round trip per entity it is
 * asked on, so it must not be cheap inside a large list) and 1 otherwise; the multiplier is the field's `limit` (or
 * `first`) argument with the schema default applied, or a fixed estimate for lists without one (Entity.relations,
 * coverage, the generated list queries' default), or 1. Introspection costs nothing.
 *
 * Each fragment is walked once and its cost remembered (its type condition fixes its type), so the walk is linear in
 * the document however often fragments spread each other. Abstract types are summed over their inline fragments
 * rather than maximised: an overestimate, which is the safe side for a limit.
 */
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  OperationTypeNode,
} from 'graphql';
import type {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values.js';
import { GENERATED_LIMIT, GENERATED_ROOT_FIELDS } from '../records/typeDefs';
import { QUERY_TOO_COMPLEX } from './config';

/** How many items a list without a size argument is assumed to hold. */
export const UNBOUNDED_LIST_ESTIMATE = 20;
const DATABASE_FIELD_COST = 10;
const RELATIONS_FIELD_COST = 50;
const FREE_ROOT_FIELDS = new Set(['relationTypes']);
/**
 * Arguments that page through the generated queries' results: a negative value is never meaningful, and
 * @neo4j/graphql would hand it to the database as it is. (The hand-written queries check their own ranges.)
 */
const NON_NEGATIVE_ARGUMENTS = new Set(['limit', 'offset', 'first']);

export interface InputLimits {
  /** Deepest nesting of an input value (objects and lists), e.g. `where: { NOT: { NOT: … } }`. */
  readonly maxInputDepth: number;
  /** Most values (object fields and list items, counted at every level) in one argument. */
  readonly maxInputNodes: number;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = { maxInputDepth: 8, maxInputNodes: 300 };

function badInput(argumentName: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName, http: { status: 400 } } });
}

function tooComplex(message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: QUERY_TOO_COMPLEX, ...extensions, http: { status: 400 } } });
}

/** Depth and size of a coerced input value; stops counting as soon as either limit is passed. */
function measureInput(value: unknown, limits: InputLimits): { depth: number; nodes: number } {
  let nodes = 0;
  let deepest = 0;
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0 && nodes <= limits.maxInputNodes && deepest <= limits.maxInputDepth) {
    const item = stack.pop();
    if (!item) break;
    nodes += 1;
    deepest = Math.max(deepest, item.depth);
    const children = Array.isArray(item.value)
      ? (item.value as unknown[])
      : item.value !== null && typeof item.value === 'object'
        ? Object.values(item.value)
        : [];
    for (const child of children) stack.push({ value: child, depth: item.depth + 1 });
  }
  return { depth: deepest, nodes };
}

function checkArguments(
  parent: GraphQLCompositeType,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  limits: InputLimits,
) {
  const generated = parent.name === 'Query' && GENERATED_ROOT_FIELDS.has(field.name);
  for (const definition of field.args) {
    const value = args[definition.name];
    if (value === undefined || value === null) continue;
    if (generated && NON_NEGATIVE_ARGUMENTS.has(definition.name) && typeof value === 'number' && value < 0) {
      throw badInput(definition.name, `${definition.name} must not be negative, got ${value}.`);
    }
    const named = getNamedType(definition.type);
    if (!isInputObjectType(named) && !isListType(getNullableType(definition.type))) continue;
    const { depth, nodes } = measureInput(value, limits);
    if (depth > limits.maxInputDepth || nodes > limits.maxInputNodes) {
      throw tooComplex(
        `The argument ${definition.name} of ${field.name} is too large: at most ${limits.maxInputDepth} levels of ` +
          `nesting and ${limits.maxInputNodes} values are accepted. Simplify the filter.`,
        {
          limit: 'input',
          argumentName: definition.name,
          maxDepth: limits.maxInputDepth,
          maxNodes: limits.maxInputNodes,
        },
      );
    }
  }
}

/** True when a selection set asks for nothing but __typename (fragments are not followed: a conservative check). */
function onlyTypename(selectionSet: SelectionSetNode | undefined): boolean {
  return (
    selectionSet !== undefined &&
    selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value === '__typename')
  );
}

function fieldCost(
  parent: GraphQLCompositeType,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  childCost: number,
): number {
  const onQuery = parent.name === 'Query';
  const relations = parent.name === 'Entity' && field.name === 'relations';
  const hitsDatabase = (onQuery && !FREE_ROOT_FIELDS.has(field.name)) || relations;
  const sizeArg: unknown = args.limit ?? args.first;
  let multiplier = 1;
  if (typeof sizeArg === 'number' && Number.isFinite(sizeArg)) {
    multiplier = Math.max(1, sizeArg);
  } else if (Array.isArray(args.ids)) {
    multiplier = Math.max(1, args.ids.length); // entities(ids:) returns one item per id
  } else if (onQuery && field.name.endsWith('Connection')) {
    multiplier = GENERATED_LIMIT.default;
  } else if (hitsDatabase && isListType(getNullableType(field.type))) {
    multiplier = UNBOUNDED_LIST_ESTIMATE;
  }
  const base = relations ? RELATIONS_FIELD_COST : hitsDatabase ? DATABASE_FIELD_COST : 1;
  return base + multiplier * childCost;
}

/** Walks one operation; throws BAD_USER_INPUT or QUERY_TOO_COMPLEX GraphQLErrors, returns the estimated cost. */
export function analyseOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Readonly<Record<string, unknown>> | undefined,
  limits: InputLimits = DEFAULT_INPUT_LIMITS,
): number {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) {
    const [first] = coerced.errors;
    throw badInput('variables', first?.message ?? 'The variables do not match the operation.');
  }
  const variables = coerced.coerced;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const fragmentCosts = new Map<string, number>();

  const selectionCost = (selectionSet: SelectionSetNode | undefined, parent: GraphQLCompositeType): number => {
    if (!selectionSet) return 0;
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue; // introspection and __typename are free
        if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
        const field = parent.getFields()[name];
        if (!field) continue; // unknown fields are a validation error already
        const args = getArgumentValues(field, selection, variables);
        checkArguments(parent, field, args, limits);
        const named = getNamedType(field.type);
        if (named.name.endsWith('AggregateNode') && onlyTypename(selection.selectionSet)) {
          // @neo4j/graphql answers such a selection with null for a non-null field (an internal error).
          throw new GraphQLError(`Ask ${name} for at least one aggregated field besides __typename.`, {
            extensions: { code: 'BAD_USER_INPUT', field: `${parent.name}.${name}`, http: { status: 400 } },
          });
        }
        const childCost = isCompositeType(named) ? selectionCost(selection.selectionSet, named) : 0;
        total += fieldCost(parent, field, args, childCost);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (condition && isCompositeType(condition)) total += selectionCost(selection.selectionSet, condition);
      } else {
        total += fragmentCost(selection.name.value);
      }
    }
    return total;
  };

  const fragmentCost = (name: string): number => {
    const known = fragmentCosts.get(name);
    if (known !== undefined) return known;
    fragmentCosts.set(name, 0); // a cycle adds nothing here; validation has rejected cycles already
    const fragment = fragments.get(name);
    const type = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
    const cost = fragment && type && isCompositeType(type) ? selectionCost(fragment.selectionSet, type) : 0;
    fragmentCosts.set(name, cost);
    return cost;
  };

  const root = operation.operation === OperationTypeNode.QUERY ? schema.getQueryType() : undefined;
  if (!root) return 0; // the read-only rule has already refused mutations and subscriptions
  return selectionCost(operation.selectionSet, root);
}
