/**
 * The seed version: a content hash of the data files and the report. The server compares it with the version
 * stored in Neo4j at start-up and reloads only when the seed changed, so an edit to any file (or to the report,
 * which quotes are checked against) produces a new version and an unchanged checkout never reloads.
 */
import { createHash } from 'node:crypto';

export interface VersionedFile {
  /** Path relative to the data directory, `/`-separated, so the hash is the same on every machine. */
  readonly key: string;
  readonly content: string;
}

/**
 * Bump when the loader changes what it stores for the same data (property names, derived fields), so databases
 * loaded by an older loader are reloaded too.
 */
export const STORED_FORMAT = 6;

/** First 12 hex digits of sha256 over the files (sorted by path, each as path and content) and the report. */
export function seedVersion(files: readonly VersionedFile[], reportText: string): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    // NUL separators keep "a" + "bc" from hashing like "ab" + "c".
    hash.update(file.key).update('\0').update(file.content).update('\0');
  }
  hash.update('report\0').update(reportText);
  hash.update(`\0format ${STORED_FORMAT}`);
  return hash.digest('hex').slice(0, 12);
}
