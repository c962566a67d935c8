/**
 * Vitest's global setup for the integration tier: the test database (tests/setup/stack.ts), handed to the test
 * files through provide/inject and stopped in the teardown. The browser tests start theirs in Playwright's
 * global setup (tests/e2e/global-setup.ts).
 */
import type { TestProject } from 'vitest/node';
import './provided';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const tiers = new Set(project.vitest.projects.map((p) => p.name));
  project.provide('neo4j', { uri: '', user: '', password: '', database: undefined, home: '' });
  if (!tiers.has('integration')) return () => Promise.resolve();
  const { startTestStack } = await import('./stack');
  const stack = await startTestStack({ app: false });
  project.provide('neo4j', stack.neo4j);
  return () => stack.stop();
}
