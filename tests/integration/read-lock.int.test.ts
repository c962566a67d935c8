// The graph's read lock, in both forms a read takes it (server/src/db/driver.ts): folded into the first statement of
// a read (lock.ts withGraphReadLock), or as a statement of its own sent first when that statement cannot carry it
// (a top-level UNION). While a loader holds the lock exclusively, a read waits, and then sees what it committed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { GRAPH_WRITE_LOCK, SEED_LOCK_ID, SEED_LOCK_LABEL, withGraphReadLock } from '../../graph-seed/src/lock';
import { driverFor } from '../../server/src/db/connect';
import { records, type CypherQuery, type Db } from '../../server/src/db/driver';
import { testDb } from './harness';
import '../setup/provided';

const PROBE: CypherQuery = {
  cypher: `MATCH (l:${SEED_LOCK_LABEL} {id: '${SEED_LOCK_ID}'}) RETURN l.lockProbe AS probe`,
  params: {},
};

/** The same read as a top-level UNION, which cannot carry the folded lock: the lock then runs as its own statement. */
const PROBE_UNION: CypherQuery = { cypher: `${PROBE.cypher}\nUNION\n${PROBE.cypher}`, params: {} };

describe('the graph read lock', () => {
  let db: Db;
  let driver: ReturnType<typeof driverFor>;

  beforeAll(() => {
    db = testDb();
    driver = driverFor(inject('neo4j'));
  });
  afterAll(async () => {
    await db.close();
    await driver.close();
  });

  /** Resolves once a transaction taking the read lock is blocked (polled: no fixed sleep). */
  async function probeBlocked(): Promise<void> {
    for (;;) {
      const { records: rows } = await driver.executeQuery(
        'SHOW TRANSACTIONS YIELD currentQuery, status WHERE currentQuery CONTAINS $text RETURN status',
        { text: 'apoc.lock.read.nodes' },
      );
      if (rows.some((row) => String(row.get('status')).startsWith('Blocked'))) return;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  it.each([
    ['a one-statement read, the lock folded in', (d: Db) => d.read<{ probe: string | null }>(PROBE)],
    [
      'a transaction of several statements, the lock folded into its first',
      (d: Db) =>
        d.readTx(async (tx) => {
          const [rows] = await Promise.all([records<{ probe: string | null }>(tx, PROBE), records(tx, PROBE_UNION)]);
          return rows;
        }),
    ],
    [
      'a transaction whose first statement cannot carry the lock, the lock a statement of its own',
      (d: Db) => d.readTx((tx) => records<{ probe: string | null }>(tx, PROBE_UNION)),
    ],
    ['a one-statement read that cannot carry the lock', (d: Db) => d.read<{ probe: string | null }>(PROBE_UNION)],
  ])('makes %s wait for a loader holding the lock, then see its writes', async (_name, read) => {
    expect(withGraphReadLock(PROBE.cypher)).toBeDefined();
    expect(withGraphReadLock(PROBE_UNION.cypher)).toBeUndefined();
    const token = `probe-${Math.random()}`;
    const session = driver.session({ database: inject('neo4j').database });
    const tx = session.beginTransaction();
    try {
      await tx.run(`MERGE (:${SEED_LOCK_LABEL} {id: '${SEED_LOCK_ID}'})`);
      await tx.run(GRAPH_WRITE_LOCK);
      await tx.run(`MATCH (l:${SEED_LOCK_LABEL} {id: '${SEED_LOCK_ID}'}) SET l.lockProbe = $token`, { token });
      const reading = read(db);
      await probeBlocked();
      await tx.commit();
      const [row] = await reading;
      expect(row?.probe).toBe(token);
    } finally {
      if (tx.isOpen()) await tx.rollback();
      await session.close();
    }
  });
});
