/**
 * What every resolver receives: the request's view of the database (bounded concurrency, cancelled at the deadline),
 * a request-scoped logger and per-request loaders; plus what @neo4j/graphql's generated resolvers read
 * (executionContext, the database name and the transaction timeout).
 */
import DataLoader from 'dataloader';
import { appliedByLoader, type AppliedByKey, type CoverageActorRecord } from '../coverage/repository';
import type { Db } from '../db/driver';
import type { EntityRecord, RelationRecord } from '../entity/model';
import {
  fetchEntities,
  relationCountLoader,
  relationsLoader,
  type RelationCountKey,
  type RelationsKey,
} from '../entity/repository';
import type { Logger } from '../logger';
import { utcToday } from './date';
import { requestDriver, type DriverLike } from './requestDriver';

export interface GraphQLContext {
  readonly db: Db;
  readonly log: Logger;
  /** The current UTC day (`YYYY-MM-DD`): what "as of" means when a query names no day. Fixed in tests. */
  readonly today: () => string;
  readonly loaders: {
    readonly relations: DataLoader<RelationsKey, RelationRecord[], string>;
    readonly relationCounts: DataLoader<RelationCountKey, number, string>;
    readonly appliedBy: DataLoader<AppliedByKey, CoverageActorRecord[], string>;
    /** Whole entities by id, for the fields a core (entity/model.ts) leaves out. */
    readonly entities: DataLoader<string, EntityRecord | null>;
  };
  /** @neo4j/graphql runs its queries through this, so they share the request's limits and read lock. */
  readonly executionContext: DriverLike;
  readonly sessionConfig: { database?: string };
  readonly transaction: { timeout: number };
}

/** `db` should already be the request's view (`db.forRequest`) when the request has a deadline. */
export function createContext(db: Db, log: Logger, options: { today?: () => string } = {}): GraphQLContext {
  return {
    db,
    log,
    today: options.today ?? (() => utcToday()),
    loaders: {
      relations: relationsLoader(db),
      relationCounts: relationCountLoader(db),
      appliedBy: appliedByLoader(db),
      entities: new DataLoader((ids: readonly string[]) => fetchEntities(db, ids)),
    },
    executionContext: requestDriver(db),
    sessionConfig: db.database ? { database: db.database } : {},
    transaction: { timeout: db.queryTimeoutMs },
  };
}
