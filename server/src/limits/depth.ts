/**
 * Validation rule: rejects operations nested deeper than `maxDepth` fields (fragments followed, introspection skipped).
 * Each fragment's depth is computed once and remembered, so the rule runs in time linear in the document: a chain of
 * fragments that each spread the previous one twice costs one visit per fragment, not 2^n.
 */
import { GraphQLError, Kind } from 'graphql';
import type { ASTVisitor, FragmentDefinitionNode, SelectionSetNode, ValidationContext, ValidationRule } from 'graphql';
import { QUERY_TOO_COMPLEX } from './config';

/** Fragment name → its depth; `IN_PROGRESS` marks a fragment being measured (a cycle, reported by other rules). */
type DepthMemo = Map<string, number>;
const IN_PROGRESS = -1;

/** The depth of a selection set: 1 for `{ a }`, 2 for `{ a { b } }`. */
export function selectionDepth(
  selectionSet: SelectionSetNode | undefined,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  memo: DepthMemo = new Map(),
): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + selectionDepth(selection.selectionSet, fragments, memo));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragments, memo));
    } else {
      deepest = Math.max(deepest, fragmentDepth(selection.name.value, fragments, memo));
    }
  }
  return deepest;
}

function fragmentDepth(
  name: string,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  memo: DepthMemo,
): number {
  const known = memo.get(name);
  if (known !== undefined) return Math.max(known, 0); // a cycle counts 0 here; NoFragmentCyclesRule rejects it
  const fragment = fragments[name];
  if (!fragment) return 0; // unknown fragments are KnownFragmentNamesRule's error
  memo.set(name, IN_PROGRESS);
  const depth = selectionDepth(fragment.selectionSet, fragments, memo);
  memo.set(name, depth);
  return depth;
}

export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    // Shared by every operation of the document: a fragment's depth does not depend on where it is spread.
    const memo: DepthMemo = new Map();
    return {
      OperationDefinition(operation) {
        const depth = selectionDepth(operation.selectionSet, fragments, memo);
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(
              `The query is nested ${depth} levels deep; the maximum is ${maxDepth}. Ask for fewer nested fields.`,
              {
                nodes: [operation],
                extensions: { code: QUERY_TOO_COMPLEX, limit: 'depth', max: maxDepth, actual: depth },
              },
            ),
          );
        }
      },
    };
  };
}
