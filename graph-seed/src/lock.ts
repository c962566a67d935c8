/**
 * The graph's read lock, shared by the API and the seed loader. A reload takes an exclusive lock on one node
 * (`:SeedLock {id: 'graph'}`) for the whole of its transaction; every read transaction of the API first takes a shared
 * lock on the same node. So a read that started before a reload finishes on the old graph (the reload waits for it),
 * and one that starts during the reload waits and then reads the new graph: no reader sees a half-done reload.
 * On a graph without the lock node (one loaded by an older loader), the statements match nothing and lock nothing.
 */
export const SEED_LOCK_LABEL = 'SeedLock';
export const SEED_LOCK_ID = 'graph';

/** Run first in every read transaction (needs APOC core's apoc.lock.read.nodes). */
export const GRAPH_READ_LOCK = `MATCH (l:${SEED_LOCK_LABEL} {id: '${SEED_LOCK_ID}'}) CALL apoc.lock.read.nodes([l]) RETURN count(l) AS locked`;

/** Creates the lock node when missing; run in its own transaction before a load. */
export const ENSURE_GRAPH_LOCK = `MERGE (:${SEED_LOCK_LABEL} {id: '${SEED_LOCK_ID}'})`;

/** Run first in the loader's transaction: the write takes the node's exclusive lock until commit. */
export const GRAPH_WRITE_LOCK = `MATCH (l:${SEED_LOCK_LABEL} {id: '${SEED_LOCK_ID}'}) SET l.reloads = coalesce(l.reloads, 0) + 1 RETURN count(l) AS locked`;

/** The variable the folded lock leaves in scope; a statement that uses the name itself is not folded. */
const FOLDED_LOCK_VARIABLE = 'graphReadLocked';

/**
 * The shared lock taken as the first clause of a read statement, for a read transaction of one statement: the
 * subquery's count makes it finish, lock held, before the clauses after it read anything, and it yields one row, so
 * the statement's own clauses run as they would from the start. This saves the lock's own statement in every such
 * transaction.
 */
const FOLDED_READ_LOCK = `CALL () { MATCH (l:${SEED_LOCK_LABEL} {id: '${SEED_LOCK_ID}'}) CALL apoc.lock.read.nodes([l]) RETURN count(l) AS ${FOLDED_LOCK_VARIABLE} }\n`;

/**
 * Statements that open with a reading clause can take a clause before them. Anything else stays first or cannot
 * follow a clause: query options, EXPLAIN / PROFILE, USE, SHOW and other commands, a standalone procedure call.
 */
const READING_OPENING = /^\s*(MATCH|OPTIONAL\s+MATCH|UNWIND|WITH|RETURN|CALL\s*[({])/iu;
/** `RETURN *` or `WITH *` would list the folded lock's variable among the statement's own. */
const EVERY_VARIABLE = /\b(RETURN|WITH)\s+(DISTINCT\s+)?\*/iu;

/**
 * Whether `cypher` has a UNION outside every bracket: the folded lock would then belong to its first part alone.
 * String literals, quoted names and comments are skipped, so a "UNION" or a bracket inside them counts for nothing;
 * any doubt (an unclosed literal or comment) answers true, which only means the lock is not folded.
 */
export function hasTopLevelUnion(cypher: string): boolean {
  let depth = 0;
  let i = 0;
  while (i < cypher.length) {
    const c = cypher[i] ?? '';
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < cypher.length && cypher[j] !== c) j += cypher[j] === '\\' && c !== '`' ? 2 : 1;
      if (j >= cypher.length) return true;
      i = j + 1;
    } else if (cypher.startsWith('//', i)) {
      const end = cypher.indexOf('\n', i);
      i = end === -1 ? cypher.length : end + 1;
    } else if (cypher.startsWith('/*', i)) {
      const end = cypher.indexOf('*/', i + 2);
      if (end === -1) return true;
      i = end + 2;
    } else {
      if ('({['.includes(c)) depth++;
      else if (')}]'.includes(c)) depth--;
      else if (
        depth <= 0 &&
        (c === 'U' || c === 'u') &&
        /^UNION\b/iu.test(cypher.slice(i, i + 6)) &&
        !/[\w$]/u.test(cypher[i - 1] ?? ' ')
      ) {
        return true;
      }
      i++;
    }
  }
  return false;
}

/** Statement texts seen, with their folded form: the builders send the same few texts with every request. */
const folds = new Map<string, string | undefined>();
/** Past this many distinct texts the memory starts over (generated queries could otherwise grow it without end). */
const MAX_FOLDS = 1000;

/**
 * `cypher` with the graph's read lock folded in as its first clause, or undefined when it cannot carry it (then the
 * transaction runs GRAPH_READ_LOCK as a statement of its own first, as every transaction of several statements does).
 * Decided once per statement text.
 */
export function withGraphReadLock(cypher: string): string | undefined {
  if (folds.has(cypher)) return folds.get(cypher);
  const folded =
    !READING_OPENING.test(cypher) ||
    EVERY_VARIABLE.test(cypher) ||
    cypher.includes(FOLDED_LOCK_VARIABLE) ||
    hasTopLevelUnion(cypher)
      ? undefined
      : FOLDED_READ_LOCK + cypher;
  if (folds.size >= MAX_FOLDS) folds.clear();
  folds.set(cypher, folded);
  return folded;
}
