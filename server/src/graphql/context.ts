/** What every resolver receives: the database and a request-scoped logger. */
import type { Db } from '../db/driver';
import type { Logger } from '../logger';

export interface GraphQLContext {
  readonly db: Db;
  readonly log: Logger;
}
