/**
 * Validation rule: the API is read-only and has no Mutation or Subscription type. graphql-js only notices that when
 * it executes, and reports it as an internal error; this rule answers it as a validation error with a clear message.
 */
import { GraphQLError, OperationTypeNode } from 'graphql';
import type { ASTVisitor, ValidationContext, ValidationRule } from 'graphql';

export const readOnlyRule: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  OperationDefinition(operation) {
    if (operation.operation === OperationTypeNode.QUERY) return;
    const schema = context.getSchema();
    const root =
      operation.operation === OperationTypeNode.MUTATION ? schema.getMutationType() : schema.getSubscriptionType();
    if (!root) {
      context.reportError(
        new GraphQLError(`This API is read-only: it answers queries, not ${operation.operation}s.`, {
          nodes: [operation],
        }),
      );
    }
  },
});
