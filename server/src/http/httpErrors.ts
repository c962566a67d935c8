/**
 * The HTTP layer's own failures, answered as JSON with a stable code and never with Express's HTML error page (which
 * carries a stack trace): unreadable bodies (too large, bad JSON, unsupported charset or content encoding, broken
 * compression), a POST that is not JSON, unknown paths, and anything unexpected.
 */
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logger';
import { sendJsonError } from './jsonError';

/** body-parser's error types, in words a client can act on. */
function bodyProblem(type: unknown, maxBytes: number): string | undefined {
  switch (type) {
    case 'entity.too.large':
      return `Request body is larger than ${maxBytes} bytes.`;
    case 'entity.parse.failed':
      return 'Request body is not valid JSON.';
    case 'charset.unsupported':
      return 'The request charset is not supported: send JSON encoded as UTF-8.';
    case 'encoding.unsupported':
      return 'The Content-Encoding is not supported: send the body uncompressed or as gzip, deflate or br.';
    case 'entity.verify.failed':
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
      return 'The request body could not be read.';
    default:
      return undefined;
  }
}

/** Before Apollo: a POST must carry a JSON body (express.json leaves req.body unset otherwise). */
export function requireJsonBody(req: Request, res: Response, next: NextFunction): void {
  if (req.method === 'POST' && req.body === undefined) {
    // 400 like Apollo's own CSRF refusal: a cross-site form or text/plain POST must never run a query.
    sendJsonError(
      res,
      400,
      'BAD_REQUEST',
      'Send GraphQL requests as JSON, with the header content-type: application/json.',
    );
    return;
  }
  // Apollo's middleware insists that a body parser ran; GET requests carry their query in the URL instead.
  if (!('body' in req)) (req as { body?: unknown }).body = undefined;
  next();
}

export function notFoundHandler(_req: Request, res: Response): void {
  sendJsonError(res, 404, 'NOT_FOUND', 'Nothing is served at this path. The GraphQL API is at /graphql.');
}

export function finalErrorHandler(log: Logger, maxBodyBytes: number) {
  return (error: unknown, _req: Request, res: Response, _next: NextFunction): void => {
    const requestLog = (res.locals.log as Logger | undefined) ?? log;
    if (res.headersSent) {
      // E.g. the deadline answered first and the GraphQL layer tried to answer too. Nothing is left to send.
      requestLog.debug({ err: error }, 'error after the response was sent');
      return;
    }
    const fields = error !== null && typeof error === 'object' ? (error as Record<string, unknown>) : {};
    const declared = fields.status ?? fields.statusCode;
    const status = typeof declared === 'number' && declared >= 400 && declared < 500 ? declared : 500;
    if (status < 500) {
      requestLog.debug({ err: error }, 'bad request');
      const message = bodyProblem(fields.type, maxBodyBytes) ?? 'The request could not be read.';
      sendJsonError(res, status, 'BAD_REQUEST', message);
      return;
    }
    requestLog.error({ err: error }, 'unhandled error');
    sendJsonError(res, 500, 'INTERNAL_SERVER_ERROR', 'Something went wrong on the server. The error has been logged.');
  };
}
