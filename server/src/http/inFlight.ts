/**
 * The most GraphQL requests this process answers at once. Each request in flight holds its answer in memory while
 * it is read and serialised, so the cap is what keeps the process within its heap budget (API_HEAP_MB) under any
 * load: a request over it is refused at once with 503, Retry-After and a JSON error (SERVICE_UNAVAILABLE), before
 * its body is read, instead of the process running out of memory for everyone.
 */
import type { NextFunction, Request, Response } from 'express';
import { sendJsonError } from './jsonError';

export function inFlightCap(max: number) {
  let inFlight = 0;
  return (_req: Request, res: Response, next: NextFunction) => {
    if (inFlight >= max) {
      res.setHeader('Retry-After', '1');
      sendJsonError(
        res,
        503,
        'SERVICE_UNAVAILABLE',
        'The server is answering as many requests as it can. Please try again in a moment.',
        { retryAfterSeconds: 1 },
      );
      return;
    }
    inFlight++;
    // 'close' comes once per response, answered or abandoned by the client.
    res.once('close', () => {
      inFlight--;
    });
    next();
  };
}
