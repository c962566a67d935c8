/**
 * How big the local Neo4j may be: the sizes NEO4J_HEAP and NEO4J_PAGECACHE accept. Both the launcher (which starts the
 * JVM with them) and the server's configuration (which validates the environment at start-up) read this one rule.
 */

/** Memory of the local Neo4j, in MiB. */
export interface Neo4jMemory {
  readonly heapMb: number;
  readonly pageCacheMb: number;
}

export const DEFAULT_MEMORY: Neo4jMemory = { heapMb: 768, pageCacheMb: 128 };

/**
 * The bulk importer's heap when NEO4J_IMPORT_HEAP is unset: about what it asks for at a million entities (its log
 * suggests 1.004 GiB there, and warns when the heap is smaller). A larger graph needs more; a larger heap did not
 * make the 1M import reliably faster on the benchmark machine (bench/scale/RESULTS.md).
 */
export const DEFAULT_IMPORT_HEAP_MB = 1024;

/** The environment variables that size the local Neo4j, with the range each accepts (MiB). */
export const MEMORY_VARIABLES = {
  NEO4J_HEAP: { minMb: 256, maxMb: 65_536 },
  NEO4J_PAGECACHE: { minMb: 16, maxMb: 65_536 },
  /** The bulk importer's own JVM (neo4j-admin database import), which works mostly off-heap. */
  NEO4J_IMPORT_HEAP: { minMb: 256, maxMb: 65_536 },
} as const;
export type MemoryVariable = keyof typeof MEMORY_VARIABLES;

/**
 * Parses a size such as `768m` or `2g` for one of MEMORY_VARIABLES, returning MiB, or a message naming what is
 * wrong. The unit is required: a bare number would be bytes to the JVM and MiB to a reader.
 */
export function parseMemorySize(variable: MemoryVariable, raw: string): { mb: number } | { error: string } {
  const { minMb, maxMb } = MEMORY_VARIABLES[variable];
  const match = /^(\d+)([mg])$/i.exec(raw.trim());
  const expected = `a size in m or g between ${minMb}m and ${maxMb / 1024}g, e.g. 768m or 2g`;
  if (!match?.[1] || !match[2]) return { error: `must be ${expected}, got "${raw}"` };
  const mb = Number(match[1]) * (match[2].toLowerCase() === 'g' ? 1024 : 1);
  if (mb < minMb || mb > maxMb) return { error: `must be ${expected}, got "${raw}"` };
  return { mb };
}
