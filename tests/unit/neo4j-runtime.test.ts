// The local Neo4j launcher's pure parts and its small file and process checks: Java detection, the rendered
// neo4j.conf and JVM flags, memory settings, the password file, and the pid ownership check that guards db:stop.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createPasswordFile,
  passwordFilePath,
  preparePassword,
  readPasswordFile,
} from '../../neo4j-runtime/scripts/auth';
import {
  jvmFlags,
  importHeapFromEnv,
  memoryFromEnv,
  parseMemorySize,
  PROCEDURE_ALLOWLIST,
  renderNeo4jConf,
} from '../../neo4j-runtime/scripts/conf';
import { Neo4jStartError } from '../../neo4j-runtime/scripts/errors';
import { findJava, JavaError, parseJavaMajor } from '../../neo4j-runtime/scripts/java';
import {
  isAlive,
  isProjectNeo4j,
  isProjectNeo4jCommand,
  pidFilePath,
  writePidFile,
} from '../../neo4j-runtime/scripts/pid';
import { freePort, isPortFree } from '../../neo4j-runtime/scripts/ports';
import { stopFromPidFile } from '../../neo4j-runtime/scripts/runtime';
import { ConfigError, loadConfig } from '../../server/src/config';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'atlas-runtime-unit-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});
const newHome = (name: string) => {
  const home = path.join(scratch, name);
  mkdirSync(path.join(home, 'run'), { recursive: true });
  return home;
};

describe('parseJavaMajor', () => {
  it('reads modern and legacy version strings', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('openjdk version "25.0.1" 2025-10-21')).toBe(25);
    expect(parseJavaMajor('no java here')).toBeUndefined();
  });
});

describe('findJava', () => {
  it('names the problem when JAVA_HOME points at an unsupported or missing Java', () => {
    expect(() => findJava({ JAVA_HOME: '/nonexistent/jdk' })).toThrow(JavaError);
    expect(() => findJava({ JAVA_HOME: '/nonexistent/jdk' })).toThrow(/NEO4J_URI/);
  });
});

describe('renderNeo4jConf', () => {
  const conf = renderNeo4jConf('/data/home', { boltPort: 17687 });
  const lines = conf.split('\n');

  it('binds Bolt to loopback only and turns off usage reporting and log preallocation', () => {
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:17687');
    expect(conf).toContain('server.default_listen_address=127.0.0.1');
    expect(conf).toContain('dbms.usage_report.enabled=false');
    expect(conf).toContain('db.tx_log.preallocate=false');
    expect(conf).toContain('server.directories.data=/data/home/data');
  });

  it('has no HTTP or HTTPS connector', () => {
    expect(lines).toContain('server.http.enabled=false');
    expect(lines).toContain('server.https.enabled=false');
    expect(conf).not.toMatch(/server\.https?\.listen_address/);
  });

  it('requires a password', () => {
    expect(lines).toContain('dbms.security.auth_enabled=true');
    expect(conf).not.toContain('auth_enabled=false');
  });

  it('loads only the allowlisted APOC procedures, none of them unrestricted', () => {
    expect(lines).toContain(`dbms.security.procedures.allowlist=${PROCEDURE_ALLOWLIST.join(',')}`);
    expect(PROCEDURE_ALLOWLIST).toEqual(
      expect.arrayContaining(['apoc.util.validate', 'apoc.util.validatePredicate', 'apoc.date.convertFormat']),
    );
    expect(PROCEDURE_ALLOWLIST.filter((name) => /\*|^apoc\.(load|cypher|export|import|periodic)\./.test(name))).toEqual(
      [],
    );
    expect(conf).not.toContain('procedures.unrestricted');
  });

  it('refuses LOAD CSV from file URLs and from every network address', () => {
    expect(lines).toContain('dbms.security.allow_csv_import_from_file_urls=false');
    expect(lines).toContain('internal.dbms.cypher_ip_blocklist=0.0.0.0/0,::/0');
  });

  it('limits transaction memory and sizes the page cache, by default and from the given memory', () => {
    expect(lines).toContain('server.memory.pagecache.size=128m');
    expect(lines).toContain('db.memory.transaction.max=256m');
    expect(lines).toContain('dbms.memory.transaction.total.max=537m');
    const small = renderNeo4jConf('/h', { boltPort: 1, memory: { heapMb: 300, pageCacheMb: 64 } }).split('\n');
    expect(small).toContain('server.memory.pagecache.size=64m');
    expect(small).toContain('db.memory.transaction.max=150m');
    expect(small).toContain('dbms.memory.transaction.total.max=210m');
  });
});

describe('memory settings', () => {
  it('accepts sizes in m or g and refuses the rest, naming the range', () => {
    expect(parseMemorySize('NEO4J_HEAP', '768m')).toEqual({ mb: 768 });
    expect(parseMemorySize('NEO4J_HEAP', '2G')).toEqual({ mb: 2048 });
    expect(parseMemorySize('NEO4J_PAGECACHE', '16m')).toEqual({ mb: 16 });
    for (const bad of ['768', 'lots', '1t', '-1g', '100m', '']) {
      const parsed = parseMemorySize('NEO4J_HEAP', bad);
      expect('error' in parsed && parsed.error).toBe(
        `must be a size in m or g between 256m and 64g, e.g. 768m or 2g, got "${bad}"`,
      );
    }
    const small = parseMemorySize('NEO4J_PAGECACHE', '8m');
    expect('error' in small && small.error).toMatch(/between 16m and 64g/);
  });

  it('reads NEO4J_HEAP and NEO4J_PAGECACHE, with the defaults when unset or empty', () => {
    expect(memoryFromEnv({})).toEqual({ heapMb: 768, pageCacheMb: 128 });
    expect(memoryFromEnv({ NEO4J_HEAP: '', NEO4J_PAGECACHE: '' })).toEqual({ heapMb: 768, pageCacheMb: 128 });
    expect(memoryFromEnv({ NEO4J_HEAP: '1g', NEO4J_PAGECACHE: '256m' })).toEqual({ heapMb: 1024, pageCacheMb: 256 });
    expect(() => memoryFromEnv({ NEO4J_HEAP: '1t' })).toThrow(Neo4jStartError);
    expect(() => memoryFromEnv({ NEO4J_PAGECACHE: 'big' })).toThrow(/^NEO4J_PAGECACHE must be a size/);
  });

  it("reads the bulk importer's heap from NEO4J_IMPORT_HEAP, 1 GiB when unset, refusing bad sizes", () => {
    expect(importHeapFromEnv({})).toBe(1024);
    expect(importHeapFromEnv({ NEO4J_IMPORT_HEAP: '' })).toBe(1024);
    expect(importHeapFromEnv({ NEO4J_IMPORT_HEAP: '3g' })).toBe(3072);
    expect(() => importHeapFromEnv({ NEO4J_IMPORT_HEAP: '128m' })).toThrow(
      /^NEO4J_IMPORT_HEAP must be a size in m or g between 256m/,
    );
    expect(() => importHeapFromEnv({ NEO4J_IMPORT_HEAP: '3' })).toThrow(Neo4jStartError);
  });

  it('gives the JVM the heap, never with an initial size above the maximum', () => {
    expect(jvmFlags()).toEqual(expect.arrayContaining(['-Xms256m', '-Xmx768m']));
    expect(jvmFlags({ heapMb: 2048, pageCacheMb: 128 })).toEqual(expect.arrayContaining(['-Xms256m', '-Xmx2048m']));
  });

  it('is validated by the server configuration too, with the variable named', () => {
    expect(loadConfig({ NEO4J_HEAP: '2g', NEO4J_PAGECACHE: '64m' })).toMatchObject({
      NEO4J_HEAP: 2048,
      NEO4J_PAGECACHE: 64,
    });
    expect(loadConfig({})).toMatchObject({ NEO4J_HEAP: 768, NEO4J_PAGECACHE: 128 });
    expect(() => loadConfig({ NEO4J_HEAP: '512' })).toThrow(ConfigError);
    expect(() => loadConfig({ NEO4J_HEAP: '512' })).toThrow(/NEO4J_HEAP: must be a size in m or g/);
  });
});

describe('password file', () => {
  it('is created with a random password, readable by the owner only, and never overwritten', () => {
    const home = newHome('password-new');
    const password = createPasswordFile(home);
    expect(password).toMatch(/^[0-9a-f]{48}$/);
    expect(statSync(passwordFilePath(home)).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(passwordFilePath(home))).mode & 0o777).toBe(0o700);
    expect(readPasswordFile(home)).toBe(password);
    expect(() => createPasswordFile(home)).toThrow(/EEXIST/);
    expect(readPasswordFile(home)).toBe(password);
    expect(createPasswordFile(newHome('password-other'))).not.toBe(password);
  });

  it('is tightened to 0600 when someone loosened it, and refused when empty', () => {
    const home = newHome('password-loose');
    const password = createPasswordFile(home);
    chmodSync(passwordFilePath(home), 0o644);
    expect(readPasswordFile(home)).toBe(password);
    expect(statSync(passwordFilePath(home)).mode & 0o777).toBe(0o600);
    writeFileSync(passwordFilePath(home), '\n');
    expect(() => readPasswordFile(home)).toThrow(/is empty.*delete it/);
    expect(readPasswordFile(newHome('password-none'))).toBeUndefined();
  });

  it('is reused as it is for an existing database: nothing is regenerated and no admin command runs', async () => {
    const home = newHome('password-existing');
    const password = createPasswordFile(home);
    mkdirSync(path.join(home, 'data', 'databases', 'system'), { recursive: true });
    // A Java that does not exist: any attempt to run the admin command would fail the call.
    const java = { bin: path.join(scratch, 'no-java'), major: 17 };
    await expect(preparePassword(home, path.join(home, 'conf'), java, () => undefined)).resolves.toBe(password);
    expect(readFileSync(passwordFilePath(home), 'utf8').trim()).toBe(password);
  });
});

describe('pid ownership', () => {
  it("recognises the project's Neo4j for exactly this home", () => {
    const java = ['/usr/bin/java', '-Xmx768m', '-cp', 'x', 'atlas.LocalNeo4j', '--config-dir=/h/conf'];
    expect(isProjectNeo4jCommand([...java, '--home-dir=/h'], '/h')).toBe(true);
    expect(isProjectNeo4jCommand([...java, '--home-dir=/h'], '/h/')).toBe(true);
    expect(isProjectNeo4jCommand([...java, '--home-dir=/h2'], '/h')).toBe(false);
    expect(isProjectNeo4jCommand([...java, '--home-dir=/other'], '/h')).toBe(false);
    expect(isProjectNeo4jCommand(['/usr/bin/java', 'org.neo4j.Other', '--home-dir=/h'], '/h')).toBe(false);
    expect(isProjectNeo4jCommand(['/usr/bin/vim', 'atlas.LocalNeo4j --home-dir=/h'], '/h')).toBe(false);
    expect(isProjectNeo4j(1, '/h', () => [...java, '--home-dir=/h'])).toBe(true);
    expect(isProjectNeo4j(1, '/h', () => undefined)).toBe(false);
  });

  it('does not take this test process (which is not a Neo4j) for one', () => {
    expect(isAlive(process.pid)).toBe(true);
    expect(isProjectNeo4j(process.pid, '/h')).toBe(false);
  });
});

describe('db:stop through the pid file', () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  });

  /** A real process whose command line reads like the given arguments (node ignores arguments after -e). */
  const startProcess = async (...args: string[]) => {
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', ...args], { stdio: 'ignore' });
    children.push(child);
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', reject);
    });
    if (child.pid === undefined) throw new Error('no pid');
    return { child, pid: child.pid };
  };
  const exited = (child: ChildProcess) =>
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          child.once('exit', () => {
            resolve();
          });
        });

  it('says so when nothing was started', async () => {
    const log: string[] = [];
    expect(await stopFromPidFile(newHome('stop-none'), (line) => log.push(line))).toBe('not-running');
    expect(log).toEqual(['No local Neo4j started by `npm run db:start` is running.']);
  });

  it('removes a pid file whose process is gone', async () => {
    const home = newHome('stop-gone');
    const { child, pid } = await startProcess();
    child.kill('SIGKILL');
    await exited(child);
    writePidFile(home, { pid, boltPort: 7687 });
    const log: string[] = [];
    expect(await stopFromPidFile(home, (line) => log.push(line))).toBe('not-running');
    expect(log[0]).toBe(`Removed the stale pid file ${pidFilePath(home)}: pid ${pid} is not running.`);
    expect(existsSync(pidFilePath(home))).toBe(false);
  });

  it('never signals an unrelated process that now has the pid, and removes the file', async () => {
    const home = newHome('stop-foreign');
    const unrelated = await startProcess('some-other-program');
    const otherHome = await startProcess('atlas.LocalNeo4j', `--home-dir=${newHome('stop-foreign-other')}`);
    for (const { pid } of [unrelated, otherHome]) {
      writePidFile(home, { pid, boltPort: 7687 });
      const log: string[] = [];
      expect(await stopFromPidFile(home, (line) => log.push(line))).toBe('not-running');
      expect(log[0]).toMatch(new RegExp(`stale pid file .*pid ${pid} is another process, not this project's Neo4j`));
      expect(existsSync(pidFilePath(home))).toBe(false);
      expect(isAlive(pid)).toBe(true);
    }
    expect(unrelated.child.exitCode).toBeNull();
    expect(otherHome.child.exitCode).toBeNull();
  });

  it("stops the project's Neo4j for this home and removes its pid file", async () => {
    const home = newHome('stop-ours');
    const ours = await startProcess('atlas.LocalNeo4j', `--home-dir=${home}`, `--config-dir=${home}/conf`);
    writePidFile(home, { pid: ours.pid, boltPort: 7687 });
    const log: string[] = [];
    expect(await stopFromPidFile(home, (line) => log.push(line))).toBe('stopped');
    await exited(ours.child);
    expect(ours.child.signalCode).toBe('SIGTERM');
    expect(log).toEqual([`Stopped Neo4j (pid ${ours.pid}).`]);
    expect(existsSync(pidFilePath(home))).toBe(false);
  });

  it('removes an unreadable pid file', async () => {
    const home = newHome('stop-garbled');
    writeFileSync(pidFilePath(home), 'not json');
    const log: string[] = [];
    expect(await stopFromPidFile(home, (line) => log.push(line))).toBe('not-running');
    expect(log[0]).toMatch(/Removed the stale pid file .*it is not readable/);
    expect(existsSync(pidFilePath(home))).toBe(false);
  });
});

describe('ports', () => {
  it('detects a taken port', async () => {
    const port = await freePort();
    expect(await isPortFree(port)).toBe(true);
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    try {
      expect(await isPortFree(port)).toBe(false);
    } finally {
      server.close();
    }
  });
});
