/**
 * The request deadline: each GraphQL request gets an AbortSignal that fires after `timeoutMs`. Database work watches it
 * (Db.forRequest), so resolvers fail at once with SERVICE_UNAVAILABLE and their transactions are cancelled. Should
 * the response still not be out shortly after (work that is not waiting on the database), it is answered here.
 * A client that disconnects aborts its request's work too.
 */
import type { NextFunction, Request, Response } from 'express';
import type { RequestScope } from '../db/driver';
import { sendJsonError } from './jsonError';

/** How long after the deadline the HTTP layer answers for a request whose resolvers have not. */
const GRACE_MS = 250;

/**
 * The reason given when a request's work is stopped because its answer is out or its client left. Made once: an
 * abort without a reason builds a DOMException, with its stack, for every request the server answers (3 % of the
 * server's time in a profile of 20,000 small requests), and nothing reads the reason.
 */
const FINISHED = Object.freeze(new Error('The request has finished.'));

interface Deadline {
  readonly signal: AbortSignal;
  readonly at: number;
}

export function deadline(timeoutMs: number) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    const controller = new AbortController();
    res.locals.deadline = { signal: controller.signal, at: Date.now() + timeoutMs } satisfies Deadline;
    let grace: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      controller.abort();
      grace = setTimeout(() => {
        if (res.headersSent) return;
        res.setHeader('Retry-After', '1');
        sendJsonError(res, 503, 'SERVICE_UNAVAILABLE', 'The request took too long and was stopped. Please try again.');
      }, GRACE_MS);
    }, timeoutMs);
    res.on('close', () => {
      clearTimeout(timer);
      clearTimeout(grace);
      controller.abort(FINISHED); // the answer is out, or the client left: nothing more should run for this request
    });
    next();
  };
}

/** The request's scope for Db.forRequest, when the deadline middleware ran. */
export function requestScope(res: Response, maxConcurrent: number): RequestScope | undefined {
  const current = res.locals.deadline as Deadline | undefined;
  return current ? { signal: current.signal, deadline: current.at, maxConcurrent } : undefined;
}
