/**
 * GET /healthz: answers within `timeoutMs` whatever the database does, and says whether it is reachable.
 * At most one connectivity check runs at a time; callers during a slow check share it (a frozen database does not
 * collect a pile of hung checks).
 */
import type { Request, Response } from 'express';
import type { Db } from '../db/driver';

export function healthCheck(db: Pick<Db, 'verify'>, timeoutMs = 800) {
  let checking: Promise<boolean> | undefined;
  const check = () => {
    checking ??= db
      .verify()
      .then(
        () => true,
        () => false,
      )
      .finally(() => {
        checking = undefined;
      });
    return checking;
  };
  return async (_req: Request, res: Response): Promise<void> => {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => {
        resolve(false);
      }, timeoutMs);
    });
    const reachable = await Promise.race([check(), timedOut]);
    clearTimeout(timer);
    res.setHeader('cache-control', 'no-store');
    res
      .status(reachable ? 200 : 503)
      .json({ status: reachable ? 'ok' : 'degraded', database: reachable ? 'reachable' : 'unreachable' });
  };
}
