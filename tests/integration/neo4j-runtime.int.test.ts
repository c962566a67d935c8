// The launcher's failure modes are reported clearly, before Neo4j itself gets a chance to fail obscurely.
import net from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../neo4j-runtime/scripts/ports';
import { Neo4jStartError, startLocalNeo4j } from '../../neo4j-runtime/scripts/runtime';

describe('local Neo4j launcher', () => {
  it('refuses a Bolt port that is already taken, naming the port and the way out', async () => {
    const port = await freePort();
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    const home = mkdtempSync(path.join(os.tmpdir(), 'atlas-port-test-'));
    try {
      const attempt = startLocalNeo4j({ home, boltPort: port, httpPort: await freePort(), log: () => undefined });
      await expect(attempt).rejects.toThrow(Neo4jStartError);
      await expect(attempt).rejects.toThrow(new RegExp(`Port ${port} \\(Bolt\\).*already in use.*NEO4J_URI`));
    } finally {
      blocker.close();
      rmSync(home, { recursive: true, force: true });
    }
  });
});
