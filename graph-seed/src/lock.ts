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
