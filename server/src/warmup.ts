/**
 * Plans the heaviest query shapes once at start-up, before the server listens. Neo4j caches a plan by query text, and
 * the first planning of the coverage rule (run per technology in the matrix) can take seconds on a busy machine: a
 * reader's first coverage or matrix request would spend its whole deadline on it. The default paths search (up to 6
 * steps) takes seconds to plan too. Each shape runs on one or two technologies with a long timeout; a failure is
 * logged and never stops the server.
 */
import type { Logger } from './logger';
import { appliedByQuery, COVERAGE_STAGES, coverageStageQuery, coverageSubjectsQuery } from './coverage/query';
import { toCypherParams, type CypherQuery, type Db } from './db/driver';
import { utcToday } from './graphql/date';
import { coverageMatrixQuery, gapReasonsQuery } from './matrix/query';
import { pathsAsk, pathsQuery, skippedHubsQuery } from './paths/query';
import { timelineQuery } from './timeline/query';

const WARMUP_TIMEOUT_MS = 60_000;

export async function warmUp(db: Db, log: Logger): Promise<void> {
  const started = Date.now();
  try {
    const [first, second] = await db.read<{ id: string }>({
      cypher: "MATCH (t:Entity {kind: 'TECHNOLOGY'}) RETURN t.id AS id ORDER BY t.id LIMIT 2",
      params: {},
    });
    if (!first) return;
    const today = utcToday();
    // The paths search as paths() runs it by default (6 steps, 5 paths, bibliographic links left out), and the
    // skipped-hubs walk at every reach that search can ask for.
    const ask = pathsAsk(
      { from: first.id, to: second?.id ?? first.id, maxLength: 6, limit: 5, asOf: today },
      { types: null, excludeTypes: null, kinds: null },
    );
    const shapes: CypherQuery[] = [
      coverageSubjectsQuery([first.id], today),
      // A batch's query text depends only on how many broader steps it searches: one query per distinct text plans
      // every variant (four), not one per stage.
      ...new Map(
        [COVERAGE_STAGES, ...COVERAGE_STAGES.map((stage) => [stage])]
          .map((batch) => coverageStageQuery([{ id: first.id, seen: [], room: null }], batch, null, today))
          .map((query) => [query.cypher, query] as const),
      ).values(),
      appliedByQuery([first.id], today),
      coverageMatrixQuery([first.id], today),
      gapReasonsQuery([first.id], today),
      timelineQuery([first.id]),
      pathsQuery(ask.from, ask.to, ask.maxLength, ask.limit, ask.filters, today),
      ...[1, 2, 3].map((reach) => skippedHubsQuery(ask.from, ask.to, reach, ask.filters, today)),
    ];
    for (const { cypher, params } of shapes) {
      await db.readTx((tx) => tx.run(cypher, toCypherParams(params)), { timeoutMs: WARMUP_TIMEOUT_MS });
    }
    log.info(`Query plans warmed in ${Date.now() - started} ms`);
  } catch (error) {
    log.warn({ err: error }, 'Warming the query plans failed; the first requests may be slower');
  }
}
