// The project's local Neo4j is closed to anything but a client that knows its password: no login without it, no
// HTTP connector, no URL loading through LOAD CSV or APOC, no procedure outside the allowlist, bounded transaction
// memory. It checks the throwaway database the global setup started (or its own, when the tier runs against an
// external database, since these are properties of the local one).
import { readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { AuthToken, Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { passwordFilePath } from '../../neo4j-runtime/scripts/auth';
import { memoryFromEnv, PROCEDURE_ALLOWLIST, transactionMaxMb } from '../../neo4j-runtime/scripts/conf';
import { isProjectNeo4jCommand, readCommandLine } from '../../neo4j-runtime/scripts/pid';
import { startThrowawayNeo4j, type LocalNeo4j } from '../../neo4j-runtime/scripts/runtime';
import type { ProvidedNeo4j } from '../setup/provided';

/** No credentials at all (the driver's `auth.none()`, which its type declarations leave out). */
const NO_AUTH: AuthToken = { scheme: 'none', credentials: '' };

/** The error a query gets with these credentials ('ok' when it succeeds). */
async function failure(uri: string, auth: AuthToken, cypher = 'RETURN 1'): Promise<{ code: string; message: string }> {
  const driver = neo4j.driver(uri, auth, { connectionTimeout: 5000 });
  try {
    await driver.executeQuery(cypher, {}, { database: 'neo4j' });
    return { code: 'ok', message: '' };
  } catch (error) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    return { code: String(code), message: String(message) };
  } finally {
    await driver.close();
  }
}

/** The pid of the JVM running the project's Neo4j for `home`, found by its command line. */
function neo4jPid(home: string): number {
  const pids = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => {
      const args = readCommandLine(pid);
      return args !== undefined && isProjectNeo4jCommand(args, home);
    });
  expect(pids, `one Neo4j process for ${home}`).toHaveLength(1);
  return pids[0] ?? 0;
}

/** The TCP ports a process listens on, from its socket inodes and the kernel's socket tables. */
function listeningPorts(pid: number): number[] {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (match?.[1]) inodes.add(match[1]);
    } catch {
      // closed between listing and reading
    }
  }
  const ports = new Set<number>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      const [local, , state] = fields.slice(1, 4);
      const inode = fields[9];
      // State 0A is LISTEN.
      if (state === '0A' && inode !== undefined && inodes.has(inode) && local) {
        ports.add(parseInt(local.split(':').pop() ?? '', 16));
      }
    }
  }
  return [...ports].sort((a, b) => a - b);
}

describe('the local Neo4j is locked', () => {
  let target: { uri: string; user: string; password: string; home: string };
  let own: LocalNeo4j | undefined;
  let driver: Driver;

  beforeAll(async () => {
    const provided = inject('neo4j') as ProvidedNeo4j | undefined;
    if (provided?.home) target = provided;
    else {
      own = await startThrowawayNeo4j('security');
      target = own;
    }
    driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
  });
  afterAll(async () => {
    await driver.close();
    await own?.stop();
  });

  const run = async (cypher: string) => {
    try {
      const { records } = await driver.executeQuery(cypher, {}, { database: 'neo4j' });
      return { records: records.map((r) => r.toObject()), code: 'ok', message: '' };
    } catch (error) {
      const { code, message } = error as { code?: unknown; message?: unknown };
      return { records: [], code: String(code), message: String(message) };
    }
  };

  it('refuses a Bolt session without credentials', async () => {
    const refused = await failure(target.uri, NO_AUTH);
    expect(refused.code).toBe('Neo.ClientError.Security.Unauthorized');
  });

  it('refuses the default password and a wrong one, and accepts the stored one', async () => {
    // Two failures only: Neo4j locks the user for a few seconds after three in a row.
    expect((await failure(target.uri, neo4j.auth.basic('neo4j', 'neo4j'))).code).toBe(
      'Neo.ClientError.Security.Unauthorized',
    );
    expect((await failure(target.uri, neo4j.auth.basic(target.user, `${target.password}x`))).code).toBe(
      'Neo.ClientError.Security.Unauthorized',
    );
    expect((await failure(target.uri, neo4j.auth.basic(target.user, target.password))).code).toBe('ok');
  });

  it('keeps the password in a file that only its owner can read', () => {
    const file = passwordFilePath(target.home);
    expect(readFileSync(file, 'utf8').trim()).toBe(target.password);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    expect(target.password).toMatch(/^[0-9a-f]{48}$/);
  });

  it('has no HTTP connector: the process listens on its Bolt port only', async () => {
    const conf = readFileSync(path.join(target.home, 'conf', 'neo4j.conf'), 'utf8');
    expect(conf.split('\n')).toContain('server.http.enabled=false');
    const boltPort = Number(new URL(target.uri).port);
    expect(listeningPorts(neo4jPid(target.home))).toEqual([boltPort]);
    const { records } = await run(
      "SHOW SETTINGS YIELD name, value WHERE name IN ['server.http.enabled', 'server.https.enabled'] RETURN name, value ORDER BY name",
    );
    expect(records).toEqual([
      { name: 'server.http.enabled', value: 'false' },
      { name: 'server.https.enabled', value: 'false' },
    ]);
  });

  it('refuses LOAD CSV from network and file URLs with a security error, not a connection attempt', async () => {
    for (const url of ['http://127.0.0.1:1/x.csv', 'http://localhost:1/x.csv', 'https://[::1]:1/x.csv']) {
      const refused = await run(`LOAD CSV FROM '${url}' AS row RETURN row`);
      expect(refused.code).toBe('Neo.ClientError.Statement.ExternalResourceFailed');
      expect(refused.message).toMatch(/is blocked via the configuration property internal\.dbms\.cypher_ip_blocklist/);
      expect(refused.message).not.toMatch(/Connection refused/i);
    }
    const file = await run("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row");
    expect(file.message).toMatch(/dbms\.security\.allow_csv_import_from_file_urls' is false/);
  });

  it('does not offer apoc.load.* or any procedure or function outside the allowlist', async () => {
    for (const call of [
      "CALL apoc.load.json('http://127.0.0.1:1/x')",
      "CALL apoc.load.jsonParams('http://127.0.0.1:1/x', {}, null)",
      "CALL apoc.cypher.run('RETURN 1', {})",
      'CALL apoc.help("")',
    ]) {
      expect((await run(call)).code, call).toBe('Neo.ClientError.Procedure.ProcedureNotFound');
    }
    const fn = await run("RETURN apoc.text.join(['a'], ',') AS x");
    expect(fn.message).toMatch(/Unknown function 'apoc\.text\.join'/);
    const procedures = await run("SHOW PROCEDURES YIELD name WHERE name STARTS WITH 'apoc.' RETURN name ORDER BY name");
    const functions = await run("SHOW FUNCTIONS YIELD name WHERE name STARTS WITH 'apoc.' RETURN name ORDER BY name");
    const loaded = [...procedures.records, ...functions.records].map((r) => r.name as string).sort();
    expect(loaded).toEqual([...PROCEDURE_ALLOWLIST].sort());
  });

  it('still offers what @neo4j/graphql and the project call', async () => {
    const checks = await run(
      "RETURN apoc.util.validatePredicate(false, 'never', []) AS valid, apoc.date.convertFormat('2026-12-02', 'date', 'basic_date') AS day",
    );
    expect(checks.records).toEqual([{ valid: true, day: '20261202' }]);
    const validate = await run("CALL apoc.util.validate(true, 'refused %s', ['here'])");
    expect(validate.message).toContain('refused here');
    expect((await run('CALL dbms.components() YIELD edition RETURN edition')).records).toEqual([
      { edition: 'community' },
    ]);
    expect((await run('CALL db.awaitIndexes(60)')).code).toBe('ok');
  });

  it('limits the memory of one transaction', async () => {
    const { records } = await run(
      "SHOW SETTINGS YIELD name, value WHERE name = 'db.memory.transaction.max' RETURN value",
    );
    expect(records).toEqual([{ value: `${transactionMaxMb(memoryFromEnv()).toFixed(2)}MiB` }]);
  });
});
