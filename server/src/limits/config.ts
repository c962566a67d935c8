/** The request limits that protect the API; defaults here, overridable through the environment (config.ts). */
export interface QueryLimits {
  /** Deepest nesting of fields in one operation (introspection fields not counted). */
  readonly maxDepth: number;
  /** Aliased fields in one document (aliases are how one request asks for the same field many times). */
  readonly maxAliases: number;
  /** Estimated cost of one operation; see cost.ts for how it is estimated. */
  readonly maxCost: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 10, maxAliases: 30, maxCost: 50_000 };

/** The error code every limit answers with (HTTP 400). */
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';
