/**
 * Playwright's global setup: the test database and the built app (tests/setup/stack.ts), for all browser tests;
 * the function it returns is the global teardown.
 */
import { startTestStack } from '../setup/stack';
import { writeStack } from './stack-env';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const stack = await startTestStack({ app: true });
  writeStack({ appUrl: stack.appUrl, neo4j: stack.neo4j });
  return () => stack.stop();
}
