/** One structured (pino) logger for the server; request logs add a request id and duration per line. */
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'atlas' } });
}
