// The graph's read lock, in both forms a read takes it (server/src/db/driver.ts): folded into a one-statement read
// (db.read, lock.ts withGraphReadLock) and as the first statement of a transaction of several (db.readTx). While a
// loader holds the lock exclusively, a read waits, and then sees what the loader committed.
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
      'a transaction of several statements, the lock its first',
      (d: Db) => d.readTx(async (tx) => (await records<{ probe: string | null }>(tx, PROBE)).slice()),
    ],
  ])('makes %s wait for a loader holding the lock, then see its writes', async (_name, read) => {
    expect(withGraphReadLock(PROBE.cypher)).toBeDefined();
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
