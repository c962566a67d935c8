// The API through a neo4j:// (routing) driver on the test database, as a cluster or Aura deployment runs it: the driver
// asks the database for its routing table and sends the API's READ transactions to a reader. The answers must be the
// ones the direct bolt:// driver reads, and every read must run in READ access mode (the database refuses writes then).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { connectTo } from '../../server/src/db/connect';
import type { Db } from '../../server/src/db/driver';
import { requestDriver } from '../../server/src/graphql/requestDriver';
import { routingUri } from '../setup/stack';
import { idOf, scalar, type TestApi } from './api-helpers';
import { startTestApi, testDb } from './harness';

const PROBE_LABEL = 'RoutingAccessModeProbe';

describe('the API through a neo4j:// routing driver', () => {
  let direct: Db;
  let routed: Db;
  let api: TestApi;
  let uri: string;

  beforeAll(async () => {
    const target = inject('neo4j');
    uri = routingUri(target.uri);
    direct = testDb();
    routed = connectTo({ ...target, uri }, { queryTimeoutMs: 10_000 }).db;
    api = await startTestApi(routed);
  });
  afterAll(async () => {
    await api.stop();
    await routed.close();
    await direct.close();
  });

  it('connects with a routing URI, and the database names itself a reader in its routing table', async () => {
    expect(uri).toMatch(/^neo4j(\+s|\+ssc)?:\/\//);
    await routed.verify();
    const rows = await routed.read<{ role: string; addresses: string[] }>({
      cypher:
        'CALL dbms.routing.getRoutingTable({}) YIELD servers UNWIND servers AS server ' +
        'RETURN server.role AS role, server.addresses AS addresses',
      params: {},
    });
    const readers = rows.filter((row) => row.role === 'READ').flatMap((row) => row.addresses);
    expect(readers).toContain(new URL(uri).host);
  });

  it('answers the analyst queries as the bolt:// driver reads the graph', async () => {
    const nodes = await scalar<number>(direct, 'MATCH (n:Entity) RETURN count(n) AS value');
    const stats = await api.execute<{ graphStats: { nodes: number; relationships: number } }>(
      '{ graphStats { nodes relationships } }',
    );
    expect(stats.errors).toBeUndefined();
    expect(stats.data?.graphStats.nodes).toBe(nodes);

    const wassenaar = await idOf(direct, 'Wassenaar Arrangement', 'REGIME');
    const search = await api.execute<{ search: { id: string }[] }>(
      'query($text: String!) { search(text: $text) { id } }',
      { text: 'Wassenaar' },
    );
    expect(search.errors).toBeUndefined();
    expect(search.data?.search.map((hit) => hit.id)).toContain(wassenaar);

    const degree = await scalar<number>(direct, 'MATCH (:Entity {id: $id})-[r]-(:Entity) RETURN count(r) AS value', {
      id: wassenaar,
    });
    const entity = await api.execute<{ entity: { id: string; relationCount: number; relations: unknown[] } }>(
      'query($id: ID!) { entity(id: $id) { id relationCount relations(limit: 200) { type other { id } } } }',
      { id: wassenaar },
    );
    expect(entity.errors).toBeUndefined();
    expect(entity.data?.entity.id).toBe(wassenaar);
    expect(entity.data?.entity.relationCount).toBe(degree);
    expect(entity.data?.entity.relations).toHaveLength(Math.min(degree, 200));

    const h100 = await idOf(direct, 'NVIDIA H100', 'TECHNOLOGY');
    const coverage = await api.execute<{ coverage: { instrument: { id: string } }[] }>(
      'query($id: ID!) { coverage(technologyId: $id) { instrument { id } } }',
      { id: h100 },
    );
    expect(coverage.errors).toBeUndefined();
    expect(coverage.data?.coverage.length).toBeGreaterThan(0);
  });

  it('runs the generated per-kind queries of @neo4j/graphql through the same routed reads', async () => {
    const regimes = await scalar<number>(direct, 'MATCH (n:Entity:Regime) RETURN count(n) AS value');
    const result = await api.execute<{ regimeRecordsConnection: { totalCount: number } }>(
      '{ regimeRecordsConnection { totalCount } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.regimeRecordsConnection.totalCount).toBe(regimes);
  });

  it('runs its reads in READ access mode: the database refuses a write inside one, on both paths', async () => {
    const write = `CREATE (:${PROBE_LABEL}) RETURN 1 AS created`;
    // The hand-written resolvers' path (Db.readTx) and @neo4j/graphql's (the request driver's sessions).
    await expect(routed.readTx((tx) => tx.run(write))).rejects.toThrow(/read access mode|not allowed/i);
    const session = requestDriver(routed).session();
    await expect(session.executeRead((tx) => tx.run(write))).rejects.toThrow(/read access mode|not allowed/i);
    expect(await scalar<number>(direct, `MATCH (n:${PROBE_LABEL}) RETURN count(n) AS value`)).toBe(0);
  });
});
