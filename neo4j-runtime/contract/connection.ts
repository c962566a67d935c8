/**
 * Where the local Neo4j listens, as the launcher leaves it for the programs that connect to it. The launcher
 * (neo4j-runtime/scripts) writes `<home>/run/connection.json` when the database is up and removes it when it stops;
 * the server, the seed CLI and the export read it (server/src/db/connect.ts) instead of importing the launcher.
 * The file names the password file rather than holding the password, which stays in one owner-only file.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The default database home of `npm start` and `npm run db:start`; git-ignored. */
export const DEFAULT_HOME = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '.data', 'neo4j');

export interface LocalConnection {
  readonly uri: string;
  readonly user: string;
  /** Absolute path of the file that holds the database's password. */
  readonly passwordFile: string;
}

export const connectionFilePath = (home: string): string => path.join(home, 'run', 'connection.json');

export function renderLocalConnection(connection: LocalConnection): string {
  return `${JSON.stringify(connection, null, 2)}\n`;
}

/** Reads the file's text back, or throws naming what is wrong with it. */
export function parseLocalConnection(text: string, file: string): LocalConnection {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not JSON; stop the local Neo4j and start it again to rewrite it.`);
  }
  const { uri, user, passwordFile } = (value ?? {}) as Record<string, unknown>;
  if (typeof uri !== 'string' || typeof user !== 'string' || typeof passwordFile !== 'string') {
    throw new Error(`${file} lacks uri, user or passwordFile; stop the local Neo4j and start it again to rewrite it.`);
  }
  return { uri, user, passwordFile };
}
