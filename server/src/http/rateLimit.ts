/**
 * Per-client-IP rate limiting: over `max` requests in `windowMs`, a client gets 429 with Retry-After and a JSON error
 * (code RATE_LIMITED) until its window resets. `max: 0` turns it off (benchmarks on loopback).
 */
import type { NextFunction, Request, Response } from 'express';
import { rateLimit as expressRateLimit } from 'express-rate-limit';
import { sendJsonError } from './jsonError';

export interface RateLimitOptions {
  readonly max: number;
  readonly windowMs: number;
}

export function rateLimit(options: RateLimitOptions) {
  if (options.max === 0) {
    return (_req: Request, _res: Response, next: NextFunction) => {
      next();
    };
  }
  return expressRateLimit({
    windowMs: options.windowMs,
    limit: options.max,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    // Behind a proxy, set Express's "trust proxy" instead; a forwarded header from a direct client is ignored quietly.
    validate: { xForwardedForHeader: false },
    handler: (req, res) => {
      const resetTime = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const seconds = Math.max(
        1,
        Math.ceil(((resetTime?.getTime() ?? Date.now() + options.windowMs) - Date.now()) / 1000),
      );
      res.setHeader('Retry-After', String(seconds));
      sendJsonError(
        res,
        429,
        'RATE_LIMITED',
        `Too many requests from this address: at most ${options.max} every ${Math.round(options.windowMs / 1000)} s. ` +
          `Try again in ${seconds} s.`,
        { retryAfterSeconds: seconds },
      );
    },
  });
}
