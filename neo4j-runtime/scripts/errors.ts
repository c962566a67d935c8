/** The launcher's one error type, in its own module so that every launcher module can throw it without a cycle. */
export class Neo4jStartError extends Error {
  override name = 'Neo4jStartError';
}
