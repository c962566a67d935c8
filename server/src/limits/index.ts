/** Request limits: validation rules (read-only, depth, aliases) and the cost plugin, configured from QueryLimits. */
import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import { aliasLimitRule } from './aliases';
import type { QueryLimits } from './config';
import { costLimitPlugin } from './cost';
import { depthLimitRule } from './depth';
import { readOnlyRule } from './readOnly';

export { DEFAULT_LIMITS, QUERY_TOO_COMPLEX, type QueryLimits } from './config';

export function limitValidationRules(limits: QueryLimits): ValidationRule[] {
  return [readOnlyRule, depthLimitRule(limits.maxDepth), aliasLimitRule(limits.maxAliases)];
}

export function limitPlugins<TContext extends object>(limits: QueryLimits): ApolloServerPlugin<TContext>[] {
  return [
    costLimitPlugin<TContext>(limits.maxCost, {
      maxInputDepth: limits.maxInputDepth,
      maxInputNodes: limits.maxInputNodes,
    }),
  ];
}
