/**
 * Child-process entry for tests/integration/server-process.ts: starts the real server with startServer(loadConfig(…))
 * from the JSON configuration in ATLAS_TEST_SERVER_CONFIG, prints `{"url": …}` on one stdout line when it listens, and
 * stops when its parent closes stdin (so a test worker that dies never leaves a server behind) or on SIGTERM.
 */
import { loadConfig } from '../../server/src/config';
import { createLogger } from '../../server/src/logger';
import { startServer } from '../../server/src/server';

const settings = JSON.parse(process.env.ATLAS_TEST_SERVER_CONFIG ?? '{}') as Record<string, string>;
const server = await startServer(loadConfig(settings), createLogger('silent'));
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);

let exiting = false;
const exit = () => {
  if (exiting) return;
  exiting = true;
  server.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.stdin.on('end', exit);
process.stdin.on('error', exit);
process.stdin.resume();
process.on('SIGTERM', exit);
