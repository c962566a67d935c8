/** The request limits that protect the API; defaults here, overridable through the environment (config.ts). */
export interface QueryLimits {
  /** Deepest nesting of fields in one operation (introspection fields not counted). */
  readonly maxDepth: number;
  /** Aliased fields in one document (aliases are how one request asks for the same field many times). */
  readonly maxAliases: number;
  /** Estimated cost of one operation; see analysis.ts for how it is estimated. */
  readonly maxCost: number;
  /** Lexical tokens in one document; the parser stops at this many, so no document is expensive to parse. */
  readonly maxTokens: number;
  /** Deepest nesting of one input value (a `where` filter). */
  readonly maxInputDepth: number;
  /** Most values in one input value, counted at every level. */
  readonly maxInputNodes: number;
}

export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 10,
  maxAliases: 30,
  maxCost: 50_000,
  maxTokens: 3000,
  maxInputDepth: 8,
  maxInputNodes: 300,
};

/** The error code every limit answers with (HTTP 400). */
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';
