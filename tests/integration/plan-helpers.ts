/**
 * PROFILE for the integration tests: runs a builder's query under PROFILE on the test database and returns the
 * plan's operators, so a test can state which operators a query shape may (not) use. Correctness of the plan only;
 * timings belong to the benchmarks.
 */
import neo4j, { type ResultSummary } from 'neo4j-driver';
import { toCypherParams, type CypherQuery, type Db } from '../../server/src/db/driver';

type QueryProfile = Exclude<ResultSummary['queryProfile'], false>;

export interface PlanOperator {
  /** The operator's name without the database suffix, e.g. NodeIndexContainsScan. */
  readonly name: string;
  readonly details: string;
}

function flatten(plan: QueryProfile, into: PlanOperator[]): PlanOperator[] {
  const details = plan.arguments.Details;
  into.push({ name: plan.operatorType.split('@')[0] ?? '', details: typeof details === 'string' ? details : '' });
  for (const child of plan.children) flatten(child, into);
  return into;
}

/** The operators of `query`'s profiled plan, root first, depth first. */
export async function profiledOperators(db: Db, query: CypherQuery): Promise<PlanOperator[]> {
  const session = db.driver.session({
    defaultAccessMode: neo4j.session.READ,
    ...(db.database === undefined ? {} : { database: db.database }),
  });
  try {
    const result = await session.executeRead((tx) => tx.run(`PROFILE ${query.cypher}`, toCypherParams(query.params)));
    const plan = result.summary.queryProfile;
    if (plan === false) throw new Error('PROFILE returned no plan');
    return flatten(plan, []);
  } finally {
    await session.close();
  }
}

/** Operators that read every node (of a label or of the graph): what an index-only query must not contain. */
export const SCAN_OPERATORS: ReadonlySet<string> = new Set(['NodeByLabelScan', 'AllNodesScan']);
