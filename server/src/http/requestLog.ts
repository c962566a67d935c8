/** One structured log line per HTTP request, with a request id (echoed as x-request-id) and its duration. */
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logger';

export function requestLog(log: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const incoming = req.header('x-request-id');
    const requestId = incoming && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    const started = process.hrtime.bigint();
    // Captured now: routers mounted on a path (app.use('/graphql', …)) rewrite req.path while they run.
    const path = req.path;
    res.locals.requestId = requestId;
    res.locals.log = log.child({ requestId });
    res.setHeader('x-request-id', requestId);
    res.on('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      const body: unknown = req.body;
      const operationName =
        body && typeof body === 'object' && 'operationName' in body
          ? (body as { operationName?: unknown }).operationName
          : undefined;
      log.info(
        {
          requestId,
          method: req.method,
          path,
          status: res.statusCode,
          durationMs: Math.round(durationMs * 10) / 10,
          ...(typeof operationName === 'string' ? { operationName } : {}),
        },
        'request',
      );
    });
    next();
  };
}
