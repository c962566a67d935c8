/**
 * How Playwright's global setup tells the test workers where the app and the test database are: one environment
 * variable, which the workers inherit because they start after the global setup.
 */
import type { ProvidedNeo4j } from '../setup/provided';

const VARIABLE = 'ATLAS_E2E_STACK';

export interface StackEnv {
  readonly appUrl: string;
  readonly neo4j: ProvidedNeo4j;
}

export function writeStack(stack: StackEnv): void {
  process.env[VARIABLE] = JSON.stringify(stack);
}

export function readStack(): StackEnv {
  const value = process.env[VARIABLE];
  if (!value) throw new Error('The browser tests need the app started by tests/e2e/global-setup.ts.');
  return JSON.parse(value) as StackEnv;
}
