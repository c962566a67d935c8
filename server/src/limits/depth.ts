/** Validation rule: rejects operations nested deeper than `maxDepth` fields (fragments followed, introspection skipped). */
import { GraphQLError, Kind } from 'graphql';
import type { ASTVisitor, FragmentDefinitionNode, SelectionSetNode, ValidationContext, ValidationRule } from 'graphql';
import { QUERY_TOO_COMPLEX } from './config';

/** The depth of a selection set: 1 for `{ a }`, 2 for `{ a { b } }`. */
export function selectionDepth(
  selectionSet: SelectionSetNode | undefined,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  visiting: ReadonlySet<string> = new Set(),
): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + selectionDepth(selection.selectionSet, fragments, visiting));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragments, visiting));
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || visiting.has(name)) continue; // unknown or cyclic fragments are other rules' errors
      deepest = Math.max(deepest, selectionDepth(fragment.selectionSet, fragments, new Set([...visiting, name])));
    }
  }
  return deepest;
}

export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    return {
      OperationDefinition(operation) {
        const depth = selectionDepth(operation.selectionSet, fragments);
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
