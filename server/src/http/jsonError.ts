/** The one shape of every error the HTTP layer answers itself: a GraphQL-style JSON body with a stable code. */
import type { Response } from 'express';

export function sendJsonError(
  res: Response,
  status: number,
  code: string,
  message: string,
  extensions: Record<string, unknown> = {},
): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
}
