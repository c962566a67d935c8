import { describe, expect, it } from 'vitest';
import { renderNeo4jConf } from '../../neo4j-runtime/scripts/conf';
import { findJava, JavaError, parseJavaMajor } from '../../neo4j-runtime/scripts/java';
import { freePort, isPortFree } from '../../neo4j-runtime/scripts/ports';
import net from 'node:net';

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
  const conf = renderNeo4jConf('/data/home', { boltPort: 17687, httpPort: 17474 });
  it('binds to loopback only and turns off usage reporting and log preallocation', () => {
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:17687');
    expect(conf).toContain('server.http.listen_address=127.0.0.1:17474');
    expect(conf).toContain('server.default_listen_address=127.0.0.1');
    expect(conf).toContain('dbms.usage_report.enabled=false');
    expect(conf).toContain('db.tx_log.preallocate=false');
    expect(conf).toMatch(/server\.memory\.pagecache\.size=\d+m/);
    expect(conf).toContain('server.directories.data=/data/home/data');
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
