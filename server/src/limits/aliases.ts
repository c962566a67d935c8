/** Validation rule: rejects documents with more than `maxAliases` aliased fields (one request, many copies of a field). */
import { GraphQLError } from 'graphql';
import type { ASTVisitor, ValidationContext, ValidationRule } from 'graphql';
import { QUERY_TOO_COMPLEX } from './config';

export function aliasLimitRule(maxAliases: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias) aliases += 1;
      },
      Document: {
        leave(document) {
          if (aliases > maxAliases) {
            context.reportError(
              new GraphQLError(
                `The query uses ${aliases} aliases; the maximum is ${maxAliases}. Split it into several requests.`,
                {
                  nodes: [document],
                  extensions: { code: QUERY_TOO_COMPLEX, limit: 'aliases', max: maxAliases, actual: aliases },
                },
              ),
            );
          }
        },
      },
    };
  };
}
