// Answers as of a day, on the real seed: the validity of entities and relationships, coverage, neighbourhoods, paths
// and briefings on days around the dated instruments' periods (graph-seed/data/entities/instruments.yaml), the
// timeline of their changes, and typed errors for bad days.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/src/db/driver';
import { timelineQuery } from '../../server/src/timeline/query';
import { expectCode, TEST_TODAY, type TestApi } from './api-helpers';
import { startTestApi, testDb } from './harness';

const H100 = 'tech:nvidia-h100';
const WEIGHTS = 'tech:model-weights';
const RULE_2022 = 'regime:us-advanced-computing-sme-rule-2022';
const DIFFUSION = 'regime:us-ai-diffusion-rule-2025';
const CHIP_MEASURE = 'measure:semiconductor-export-restrictions';

interface CoverageWire {
  basis: string;
  via: string;
  instrument: { id: string };
  path: {
    nodes: { id: string }[];
    edges: { id: string; validity: { fromDay: string | null; toDay: string | null } | null }[];
  };
}

const COVERAGE = `query C($id: ID!, $asOf: Date) {
  coverage(technologyId: $id, asOf: $asOf) {
    basis via instrument { id }
    path { nodes { id } edges { id validity { fromDay toDay } } }
  }
}`;

describe('answers as of a day', () => {
  let db: Db;
  let api: TestApi;

  const coverage = async (id: string, asOf?: string) => {
    const result = await api.execute<{ coverage: CoverageWire[] }>(COVERAGE, { id, asOf });
    expect(result.errors).toBeUndefined();
    const items = result.data?.coverage;
    if (!items) throw new Error('no coverage');
    return items;
  };
  const instruments = async (id: string, asOf?: string) => (await coverage(id, asOf)).map((c) => c.instrument.id);

  beforeAll(async () => {
    db = testDb();
    api = await startTestApi(db, { today: () => TEST_TODAY });
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it('serves each dated instrument’s validity with its sources', async () => {
    const result = await api.execute<{
      entity: {
        validity: {
          from: string;
          to: string;
          fromDay: string;
          toDay: string;
          fromSources: { supplementary: boolean; url: string | null }[];
          toSources: unknown[];
        };
      };
    }>(
      `{ entity(id: "${DIFFUSION}") { validity { from to fromDay toDay fromSources { supplementary url } toSources { document } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const validity = result.data?.entity.validity;
    expect(validity).toMatchObject({
      from: '2025-01-13',
      to: '2025-05-12',
      fromDay: '2025-01-13',
      toDay: '2025-05-12',
    });
    expect(validity?.fromSources.length).toBeGreaterThan(0);
    expect(validity?.toSources.length).toBeGreaterThan(0);
    for (const source of validity?.fromSources ?? ['missing']) expect(source).toMatchObject({ supplementary: true });
    const undated = await api.execute<{ entity: { validity: unknown } }>(
      '{ entity(id: "tech:gpu") { validity { from } } }',
    );
    expect(undated.data?.entity.validity).toBeNull();
  });

  it('gives the H100 no chip-rule coverage on 2022-09-01 and the October 2022 rule’s on 2023-01-01', async () => {
    const before = await instruments(H100, '2022-09-01');
    expect(before.filter((id) => id.startsWith('regime:us-'))).toEqual([]);
    const after = await instruments(H100, '2023-01-01');
    expect(after).toContain(RULE_2022);
    expect(after.filter((id) => id.startsWith('regime:us-'))).not.toContain('regime:us-advanced-computing-rule-2023');
    expect(await instruments(H100, '2023-11-17')).toContain('regime:us-advanced-computing-rule-2023');
  });

  it('reads each end of a period inclusively: the August 2022 licence requirement names the H100 from its first day', async () => {
    // Before it, the chip restrictions reach the H100 only through its category, AI chips.
    const before = (await coverage(H100, '2022-08-25')).find((c) => c.instrument.id === CHIP_MEASURE);
    expect(before?.basis).toBe('CATEGORY');
    const first = (await coverage(H100, '2022-08-26')).find((c) => c.instrument.id === CHIP_MEASURE);
    expect(first?.basis).toBe('NAMED');
    expect(first?.path.edges[0]?.validity?.fromDay).toBe('2022-08-26');
  });

  it('covers model weights by the AI diffusion rule only from its publication to its rescission', async () => {
    const covered = async (day?: string) => (await instruments(WEIGHTS, day)).includes(DIFFUSION);
    expect(await covered('2025-01-12')).toBe(false);
    expect(await covered('2025-01-13')).toBe(true);
    expect(await covered('2025-05-12')).toBe(true);
    expect(await covered('2025-05-13')).toBe(false);
    expect(await covered()).toBe(false); // today, unless today is inside the period
    expect(TEST_TODAY > '2025-05-12').toBe(true);
  });

  it('walks neighbourhoods and paths only through what holds on the day, keeping the root', async () => {
    const NEIGHBORHOOD = `query N($asOf: Date) { neighborhood(id: "${DIFFUSION}", asOf: $asOf) { nodes { id } edges { id validity { fromDay toDay } } } }`;
    const during = await api.execute<{
      neighborhood: {
        nodes: { id: string }[];
        edges: { validity: { fromDay: string | null; toDay: string | null } | null }[];
      };
    }>(NEIGHBORHOOD, { asOf: '2025-03-01' });
    expect(during.data?.neighborhood.nodes.map((n) => n.id)).toContain(WEIGHTS);
    for (const edge of during.data?.neighborhood.edges ?? []) {
      expect(
        (edge.validity?.fromDay ?? '0000') <= '2025-03-01' && '2025-03-01' <= (edge.validity?.toDay ?? '9999'),
      ).toBe(true);
    }
    const now = await api.execute<{ neighborhood: { nodes: { id: string }[] } }>(NEIGHBORHOOD, {});
    expect(now.data?.neighborhood.nodes[0]?.id).toBe(DIFFUSION);
    expect(now.data?.neighborhood.nodes.map((n) => n.id)).not.toContain(WEIGHTS);

    const PATHS = `query P($asOf: Date) { paths(from: "${WEIGHTS}", to: "${DIFFUSION}", maxLength: 1, asOf: $asOf) { paths { length } } }`;
    type Answer = { paths: { paths: unknown[] } };
    expect((await api.execute<Answer>(PATHS, { asOf: '2025-03-01' })).data?.paths.paths).toHaveLength(1);
    expect((await api.execute<Answer>(PATHS, {})).data?.paths.paths).toHaveLength(0);
  });

  it('states in a briefing when an instrument holds, and only the relationships valid on its day', async () => {
    const BRIEFING = `query B($asOf: Date) { briefing(ids: ["${DIFFUSION}"], asOf: $asOf, relationsPerEntity: 50) {
      asOf sections { validOnAsOf validity { from to } facts { kind text otherId } }
    } }`;
    type Wire = {
      briefing: {
        asOf: string;
        sections: {
          validOnAsOf: boolean;
          validity: { from: string } | null;
          facts: { kind: string; text: string; otherId: string | null }[];
        }[];
      };
    };
    const during = (await api.execute<Wire>(BRIEFING, { asOf: '2025-03-01' })).data?.briefing;
    expect(during?.asOf).toBe('2025-03-01');
    expect(during?.sections[0]?.validOnAsOf).toBe(true);
    expect(during?.sections[0]?.facts.find((f) => f.kind === 'VALIDITY')?.text).toBe(
      'Valid from 2025-01-13 to 2025-05-12.',
    );
    expect(during?.sections[0]?.facts.map((f) => f.otherId)).toContain(WEIGHTS);
    const now = (await api.execute<Wire>(BRIEFING, {})).data?.briefing;
    expect(now?.asOf).toBe(TEST_TODAY);
    expect(now?.sections[0]?.validOnAsOf).toBe(false);
    expect(now?.sections[0]?.facts.find((f) => f.kind === 'VALIDITY')?.text).toContain(
      `No longer valid on ${TEST_TODAY}.`,
    );
    expect(now?.sections[0]?.facts.map((f) => f.otherId)).not.toContain(WEIGHTS);
  });

  it('lists the timeline of an instrument and its relationships, each change with its sources', async () => {
    const TIMELINE = `query T($ids: [ID!], $from: Date, $to: Date) { timeline(ids: $ids, from: $from, to: $to) {
      truncated events { date written change entity { id } edge { id type } subjects { id } sources { document } }
    } }`;
    type Wire = {
      timeline: {
        truncated: boolean;
        events: {
          date: string;
          written: string;
          change: string;
          entity: { id: string } | null;
          edge: { type: string } | null;
          subjects: { id: string }[];
          sources: unknown[];
        }[];
      };
    };
    const result = await api.execute<Wire>(TIMELINE, { ids: [DIFFUSION] });
    expect(result.errors).toBeUndefined();
    const events = result.data?.timeline.events ?? [];
    const own = events.filter((e) => e.entity?.id === DIFFUSION).map((e) => [e.date, e.change]);
    expect(own).toEqual([
      ['2025-01-13', 'STARTS'],
      ['2025-05-13', 'ENDS'],
    ]);
    const weights = events.filter((e) => e.edge?.type === 'CONTROLLED_BY' && e.subjects.some((s) => s.id === WEIGHTS));
    expect(weights.map((e) => e.change)).toEqual(['STARTS', 'ENDS']);
    for (const event of events) expect(event.sources.length, `${event.date} ${event.change}`).toBeGreaterThan(0);
    expect(events.map((e) => e.date)).toEqual([...events.map((e) => e.date)].sort());

    const ended = await api.execute<Wire>(TIMELINE, { ids: [DIFFUSION], from: '2025-05-01', to: '2025-12-31' });
    expect(ended.data?.timeline.events.every((e) => e.change === 'ENDS' && e.date === '2025-05-13')).toBe(true);
    expect(ended.data?.timeline.events.length).toBeGreaterThan(0);

    const whole = await api.execute<Wire>(TIMELINE, {});
    expect(whole.data?.timeline.events.length).toBeGreaterThan(events.length);
    const counted = await db.read<{ n: number }>({
      cypher: `CALL () { MATCH (n:Entity) WHERE n.validFromDay IS NOT NULL RETURN count(*) AS a }
CALL () { MATCH (n:Entity) WHERE n.validToDay IS NOT NULL RETURN count(*) AS b }
CALL () { MATCH ()-[r]->() WHERE r.validFromDay IS NOT NULL RETURN count(*) AS c }
CALL () { MATCH ()-[r]->() WHERE r.validToDay IS NOT NULL RETURN count(*) AS d }
RETURN a + b + c + d AS n`,
      params: {},
    });
    expect(whole.data?.timeline.events).toHaveLength(counted[0]?.n ?? -1);
    // The whole graph's timeline starts from the entities marked Dated; naming every entity reads each by its id
    // (more ids than the API takes at once, so the two reads are compared in the database).
    const all = await db.read<{ id: string }>({ cypher: 'MATCH (n:Entity) RETURN n.id AS id', params: {} });
    type Read = { missing: string[]; entities: { id: string }[]; relationships: { edge: { id: string } }[] };
    const [fromMarker] = await db.read<Read>(timelineQuery(null));
    const [fromIds] = await db.read<Read>(timelineQuery(all.map((row) => row.id)));
    expect(fromMarker?.entities.length).toBeGreaterThan(0);
    expect(fromMarker?.relationships.length).toBeGreaterThan(0);
    expect(fromMarker).toEqual(fromIds);
  });

  it('refuses a day that does not exist, a reversed range and unknown ids, with typed errors', async () => {
    const bad = await api.execute(COVERAGE, { id: H100, asOf: '2025-02-30' });
    expect(bad.errors?.[0]?.message).toMatch(/ISO calendar day/u);
    const literal = await api.execute(`{ coverage(technologyId: "${H100}", asOf: "yesterday") { basis } }`);
    expect(literal.errors?.[0]?.message).toMatch(/ISO calendar day/u);
    expectCode(
      await api.execute('{ timeline(ids: ["tech:gpu"], from: "2025-01-02", to: "2025-01-01") { truncated } }'),
      'BAD_USER_INPUT',
    );
    const unknown = expectCode(await api.execute('{ timeline(ids: ["tech:nope"]) { truncated } }'), 'NOT_FOUND');
    expect(unknown.message).toContain('tech:nope');
    expectCode(await api.execute('{ timeline(ids: ["tech:gpu"], limit: 0) { truncated } }'), 'BAD_USER_INPUT');
  });
});
