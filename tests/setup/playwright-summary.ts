// Playwright's closing line, "Tests: N passed, N failed, N skipped" (tests/setup/summary.ts).
import type { FullResult, Reporter, Suite } from '@playwright/test/reporter';
import { reportCounts } from './summary';

export default class PlaywrightSummary implements Reporter {
  #root: Suite | undefined;

  onBegin(_config: unknown, suite: Suite): void {
    this.#root = suite;
  }

  onEnd(result: FullResult): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const test of this.#root?.allTests() ?? []) {
      const outcome = test.outcome();
      if (outcome === 'expected' || outcome === 'flaky') passed += 1;
      else if (outcome === 'unexpected') failed += 1;
      else skipped += 1;
    }
    // A run that failed outside any test (global setup, a file that does not load) still counts as a failure.
    if (result.status !== 'passed' && failed === 0) failed = 1;
    reportCounts({ passed, failed, skipped });
  }

  printsToStdio(): boolean {
    return false;
  }
}
