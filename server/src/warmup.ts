/**
 * Plans the heaviest query shapes once at start-up, before the server listens. Neo4j caches a plan by query text, and
 * the first planning of the coverage rule (run per technology in the matrix) or of the default paths search can take
 * seconds on a busy machine: a reader's first request would spend its whole deadline on it. Each shape is run for an
 * id no entity has, so it is planned but searches nothing: run for a real entity of a graph of a million entities,
 * the uncapped coverage rule alone took a minute, and the server was not listening for over two. A failure is logged
 * and never stops the server.
 */
import type { Logger } from './logger';
import { appliedByQuery, COVERAGE_STAGES, coverageStageQuery, coverageSubjectsQuery } from './coverage/query';
import { toCypherParams, type CypherQuery, type Db } from './db/driver';
import { utcToday } from './graphql/date';
import { coverageMatrixQuery, gapReasonsQuery } from './matrix/query';
import { hubReach, NO_PATH_FILTERS, pathsAsk, pathsQuery, skippedHubsQuery } from './paths/query';
import { timelineQuery } from './timeline/query';

const WARMUP_TIMEOUT_MS = 60_000;
/** An id no entity can have (the validator's ids have no spaces): a query given it finds nothing to search from. */
const NO_ENTITY = 'warm-up: no entity';

export async function warmUp(db: Db, log: Logger): Promise<void> {
  const started = Date.now();
  try {
    const today = utcToday();
    // The paths search as paths() runs it by default (6 steps, 5 paths, bibliographic links left out), and the
    // skipped-hubs walk at every reach that search can ask for.
    const ask = pathsAsk({ from: NO_ENTITY, to: NO_ENTITY, maxLength: 6, limit: 5, asOf: today }, NO_PATH_FILTERS);
    const shapes: CypherQuery[] = [
      coverageSubjectsQuery([NO_ENTITY], today),
      // A batch's query text depends only on how many broader steps it searches: one query per distinct text plans
      // every variant (four), not one per stage.
      ...new Map(
        [COVERAGE_STAGES, ...COVERAGE_STAGES.map((stage) => [stage])]
          .map((batch) => coverageStageQuery([{ id: NO_ENTITY, seen: [], room: null }], batch, null, today))
          .map((query) => [query.cypher, query] as const),
      ).values(),
      appliedByQuery([NO_ENTITY], today),
      coverageMatrixQuery([NO_ENTITY], today),
      gapReasonsQuery([NO_ENTITY], today),
      timelineQuery([NO_ENTITY]),
      // The whole graph's timeline (the explorer's when nothing is in view) reads only the Dated entities: run as it is.
      timelineQuery(null),
      pathsQuery(ask.from, ask.to, ask.maxLength, ask.limit, ask.filters, today),
      ...Array.from({ length: hubReach([], ask.limit, ask.maxLength) }, (_, i) =>
        skippedHubsQuery(ask.from, ask.to, i + 1, ask.filters, today),
      ),
    ];
    for (const { cypher, params } of shapes) {
      await db.readTx((tx) => tx.run(cypher, toCypherParams(params)), { timeoutMs: WARMUP_TIMEOUT_MS });
    }
    log.info(`Query plans warmed in ${Date.now() - started} ms`);
  } catch (error) {
    log.warn({ err: error }, 'Warming the query plans failed; the first requests may be slower');
  }
}
