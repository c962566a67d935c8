/**
 * Shared fragments (fragments.graphql) for the explorer's operations. GraphQL rejects a document that defines a
 * fragment it does not use, so each request carries only the shared fragments its operation spreads.
 */
import sharedFragmentsSource from './fragments.graphql?raw';

const DEFINITION = /^fragment\s+(\w+)\s+on\s+\w+/gm;

/** Fragment name → its definition text, from a file of fragment definitions. */
export function parseFragments(source: string): Map<string, string> {
  const starts = [...source.matchAll(DEFINITION)];
  return new Map(
    starts.map((match, i) => [match[1] ?? '', source.slice(match.index, starts[i + 1]?.index ?? source.length).trim()]),
  );
}

const SHARED = parseFragments(sharedFragmentsSource);

/** Appends the library fragments that `query` spreads, directly or through other appended fragments. */
export function withFragments(query: string, library: ReadonlyMap<string, string> = SHARED): string {
  let document = query;
  for (;;) {
    const defined = new Set([...document.matchAll(/\bfragment\s+(\w+)\s+on\b/g)].map((m) => m[1]));
    const spread = new Set([...document.matchAll(/\.\.\.\s*(\w+)/g)].map((m) => m[1] ?? ''));
    const missing = [...spread].filter((name) => name !== 'on' && !defined.has(name) && library.has(name));
    if (missing.length === 0) return document;
    document = [document, ...missing.map((name) => library.get(name) ?? '')].join('\n\n');
  }
}
