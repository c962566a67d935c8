// The launcher's failure modes are reported clearly, before Neo4j itself gets a chance to fail obscurely; and a
// database's password survives its life: a store made before auth was on gets one, db:start / db:stop find and stop
// the detached database through its pid file, and a lost password is named as such.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { describe, expect, it, vi } from 'vitest';
import { connectionFilePath } from '../../neo4j-runtime/contract/connection';
import { passwordFilePath, readPasswordFile } from '../../neo4j-runtime/scripts/auth';
import { jvmFlags, renderNeo4jConf } from '../../neo4j-runtime/scripts/conf';
import { findJava } from '../../neo4j-runtime/scripts/java';
import { CLASSES_DIR, LIB_DIR } from '../../neo4j-runtime/scripts/paths';
import { isAlive, pidFilePath, readPidFile } from '../../neo4j-runtime/scripts/pid';
import { canConnect, freePort } from '../../neo4j-runtime/scripts/ports';
import {
  findRunningLocalNeo4j,
  Neo4jStartError,
  startLocalNeo4j,
  stopFromPidFile,
} from '../../neo4j-runtime/scripts/runtime';
import { localTarget } from '../../server/src/db/connect';

/** The Neo4j error code a query gets with these credentials, or 'ok'. */
async function attempt(uri: string, auth: ReturnType<typeof neo4j.auth.basic>): Promise<string> {
  const driver = neo4j.driver(uri, auth, { connectionTimeout: 5000 });
  try {
    await driver.executeQuery('RETURN 1', {}, { database: 'neo4j' });
    return 'ok';
  } catch (error) {
    return String((error as { code?: unknown }).code);
  } finally {
    await driver.close();
  }
}

/**
 * A store as the launcher made it before auth was on: Neo4j started once with auth disabled (and no password file),
 * the way old versions of this project ran it. Stopped again before returning.
 */
async function makeStoreWithAuthOff(home: string, boltPort: number): Promise<void> {
  const confDir = path.join(home, 'conf');
  mkdirSync(confDir, { recursive: true });
  mkdirSync(path.join(home, 'logs'), { recursive: true });
  const conf = renderNeo4jConf(home, { boltPort }).replace(
    'dbms.security.auth_enabled=true',
    'dbms.security.auth_enabled=false',
  );
  writeFileSync(path.join(confDir, 'neo4j.conf'), conf);
  const out = openSync(path.join(home, 'logs', 'console.log'), 'a');
  const child = spawn(
    findJava().bin,
    [
      ...jvmFlags(),
      '-cp',
      `${CLASSES_DIR}${path.delimiter}${path.join(LIB_DIR, '*')}`,
      'atlas.LocalNeo4j',
      `--home-dir=${home}`,
      `--config-dir=${confDir}`,
    ],
    { stdio: ['pipe', out, out] },
  );
  closeSync(out);
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  try {
    const driver = neo4j.driver(
      `bolt://127.0.0.1:${boltPort}`,
      { scheme: 'none', credentials: '' },
      { connectionTimeout: 2000 },
    );
    try {
      // Retried until the database answers (it is still starting) or the JVM has exited (which ends the wait).
      const outcome = await vi.waitFor(
        async () => {
          if (child.exitCode !== null) return 'exited';
          await driver.executeQuery('CREATE (:Legacy {kept: true})', {}, { database: 'neo4j' });
          return 'created';
        },
        { timeout: 180_000, interval: 500 },
      );
      if (outcome === 'exited') {
        throw new Error(`Neo4j exited while starting; see ${path.join(home, 'logs', 'console.log')}`);
      }
    } finally {
      await driver.close();
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

describe('local Neo4j launcher', () => {
  it('refuses a Bolt port that is already taken, naming the port and the way out', async () => {
    const port = await freePort();
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    const home = mkdtempSync(path.join(os.tmpdir(), 'atlas-port-test-'));
    try {
      const attempt = startLocalNeo4j({ home, boltPort: port, log: () => undefined });
      await expect(attempt).rejects.toThrow(Neo4jStartError);
      await expect(attempt).rejects.toThrow(new RegExp(`Port ${port} \\(Bolt\\).*already in use.*NEO4J_URI`));
    } finally {
      blocker.close();
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('gives a store made with auth off a password, runs it detached, stops it, and names a lost password', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'atlas-password-test-neo4j-'));
    const boltPort = await freePort();
    const uri = `bolt://127.0.0.1:${boltPort}`;
    try {
      await makeStoreWithAuthOff(home, boltPort);
      expect(existsSync(passwordFilePath(home))).toBe(false);

      // The next start is the first with auth on: a password is generated, stored and given to the database.
      const log: string[] = [];
      const detached = await startLocalNeo4j({ home, boltPort, detached: true, log: (line) => log.push(line) });
      expect(log.join('\n')).toContain(
        `had no password (auth was off); it gets one now, kept in ${passwordFilePath(home)}`,
      );
      const password = readPasswordFile(home);
      expect(detached.password).toBe(password);
      expect(statSync(passwordFilePath(home)).mode & 0o777).toBe(0o600);
      expect(await attempt(uri, neo4j.auth.basic('neo4j', detached.password))).toBe('ok');
      expect(await attempt(uri, neo4j.auth.basic('neo4j', 'neo4j'))).toBe('Neo.ClientError.Security.Unauthorized');
      const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', detached.password));
      try {
        const { records } = await driver.executeQuery('MATCH (n:Legacy) RETURN n.kept AS kept');
        expect(records.map((r) => r.get('kept') as unknown)).toEqual([true]);
      } finally {
        await driver.close();
      }

      // db:start finds it again through its pid file, with the stored password; db:stop stops it and cleans up.
      // The connection file tells the programs that only connect (the server, the seed CLI) where it listens.
      expect(localTarget(home)).toEqual({ uri, user: 'neo4j', password });
      expect(readPidFile(home)).toEqual({ pid: detached.pid, boltPort });
      const found = await findRunningLocalNeo4j(home, () => undefined);
      expect(found).toMatchObject({ pid: detached.pid, uri, password, startedHere: false });
      expect(await stopFromPidFile(home, () => undefined)).toBe('stopped');
      expect(isAlive(detached.pid)).toBe(false);
      expect(existsSync(pidFilePath(home))).toBe(false);
      expect(existsSync(connectionFilePath(home))).toBe(false);

      // Without its password file the database cannot be opened: the error says which file and what to do, and the
      // database it started for the attempt is stopped again.
      rmSync(passwordFilePath(home));
      const lost = startLocalNeo4j({ home, boltPort, log: () => undefined });
      await expect(lost).rejects.toThrow(Neo4jStartError);
      await expect(lost).rejects.toThrow(
        new RegExp(`refuses the password in ${passwordFilePath(home)}.*Put that password into .*or stop the database`),
      );
      expect(await canConnect(boltPort)).toBe(false);
    } finally {
      await stopFromPidFile(home, () => undefined);
      rmSync(home, { recursive: true, force: true });
    }
  }, 600_000);
});
