/**
 * The local Neo4j's password: generated once per database home (crypto.randomBytes), kept in `<home>/auth/password`
 * (mode 0600, in a 0700 folder), and given to Neo4j with its own `dbms set-initial-password` admin command before the
 * database starts, so the default neo4j/neo4j login never works, not even for a moment.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Neo4jStartError } from './errors';
import type { JavaInfo } from './java';
import { CLASSES_DIR, LIB_DIR } from './paths';

export const LOCAL_USER = 'neo4j';

export const passwordFilePath = (home: string): string => path.join(home, 'auth', 'password');

/** True once Neo4j has created its system database in this home (it was started at least once). */
export function storeExists(home: string): boolean {
  return existsSync(path.join(home, 'data', 'databases', 'system'));
}

/** The stored password, or undefined when there is none yet. Tightens a file that others could read. */
export function readPasswordFile(home: string): string | undefined {
  const file = passwordFilePath(home);
  let password: string;
  try {
    password = readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  if (password === '') {
    throw new Neo4jStartError(
      `${file} is empty. Write the local Neo4j's password into it, or delete it and ${path.join(home, 'data')} ` +
        'to start with a new, empty database (`npm start` then reloads the graph).',
    );
  }
  return password;
}

/** Generates a password and stores it, readable by the owner only. Fails if a password file already exists. */
export function createPasswordFile(home: string): string {
  const file = passwordFilePath(home);
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  chmodSync(path.dirname(file), 0o700);
  // 32 URL-safe characters: no quoting is needed anywhere, and it passes Neo4j's minimum length of 8.
  // Hex, not base64url: a password starting with '-' would be read by the admin command as an option.
  const password = randomBytes(24).toString('hex');
  // 'wx': never overwrite a password a database may already use. The mode is applied at creation, so the
  // password is never readable by others, not even before the chmod (which only guards against an odd umask).
  writeFileSync(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return password;
}

/**
 * Runs Neo4j's `neo4j-admin dbms set-initial-password` through the project's jars. It writes `data/dbms/auth.ini`,
 * which Neo4j applies when it creates its system database, and also at a later start while the `neo4j` user still
 * has the default password (a store made when auth was off). The password goes through a java @argument file
 * (mode 0600, deleted afterwards), so it never appears in the process list.
 */
export async function setInitialPassword(home: string, confDir: string, java: JavaInfo, password: string) {
  const argFile = path.join(path.dirname(passwordFilePath(home)), 'set-initial-password.args');
  writeFileSync(argFile, `org.neo4j.cli.AdminTool dbms set-initial-password ${password}\n`, { mode: 0o600 });
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(
        java.bin,
        [
          '-Xmx128m',
          '-XX:TieredStopAtLevel=1',
          '-cp',
          `${CLASSES_DIR}${path.delimiter}${path.join(LIB_DIR, '*')}`,
          `@${argFile}`,
        ],
        { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: confDir }, timeout: 120_000 },
        (error, stdout, stderr) => {
          if (!error) {
            resolve();
            return;
          }
          reject(
            new Neo4jStartError(
              `Neo4j's set-initial-password command failed for ${home}:\n${`${stdout}${stderr}`.trim()}`,
              { cause: error },
            ),
          );
        },
      );
    });
  } finally {
    rmSync(argFile, { force: true });
  }
  const authIni = path.join(home, 'data', 'dbms', 'auth.ini');
  // It holds a salted hash, not the password, but there is no reason for others to read it either.
  if (existsSync(authIni)) chmodSync(authIni, 0o600);
}

/**
 * The password for the database in `home`, set up before Neo4j starts:
 * - no password file: generate one and hand it to Neo4j (a new store, or one made before auth was on);
 * - a password file but no store yet (an earlier first start failed, or the data was deleted): hand it over again;
 * - both: the database already has it; nothing to do (an existing database keeps its password).
 */
export async function preparePassword(
  home: string,
  confDir: string,
  java: JavaInfo,
  log: (line: string) => void,
): Promise<string> {
  const existing = readPasswordFile(home);
  if (existing !== undefined && storeExists(home)) return existing;
  const password = existing ?? createPasswordFile(home);
  if (existing === undefined) {
    log(
      storeExists(home)
        ? `The local Neo4j in ${home} had no password (auth was off); it gets one now, kept in ${passwordFilePath(home)}`
        : `Generated a password for the local Neo4j in ${passwordFilePath(home)}`,
    );
  }
  await setInitialPassword(home, confDir, java, password);
  return password;
}

/** What to tell someone whose database refuses the stored password. */
export function wrongPasswordMessage(home: string, uri: string): string {
  const file = passwordFilePath(home);
  return (
    `The local Neo4j on ${uri} refuses the password in ${file}: its database (${path.join(home, 'data')}) was given ` +
    `another password. Put that password into ${file}, or stop the database and delete ${path.join(home, 'data')} ` +
    'and the file to start with a new, empty database (`npm start` or `npm run seed` then reloads the graph).'
  );
}
