// Vitest's closing line, "Tests: N passed, N failed, N skipped" (tests/setup/summary.ts).
import type { Reporter, TestModule } from 'vitest/node';
import { reportCounts } from './summary';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
      if (module.state() === 'failed' && module.children.size === 0) failed += 1;
    }
    reportCounts({ passed, failed, skipped });
  }
}
