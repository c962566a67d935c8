/**
 * The closing line every test run prints, "Tests: N passed, N failed, N skipped", which CI reads (.ci/run). When
 * `npm test` runs both runners (tests/setup/run-tiers.ts) each runner writes its counts to the file named by
 * ATLAS_SUMMARY_FILE instead, and the one line printed sums them.
 */
import { writeFileSync } from 'node:fs';

export interface Counts {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
}

export const SUMMARY_FILE_VARIABLE = 'ATLAS_SUMMARY_FILE';

export function summaryLine(counts: Counts): string {
  return `Tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
}

/** One runner's result: the counts it reported (none when it never got that far) and its exit status. */
export interface RunnerResult {
  readonly counts: Counts | null;
  readonly status: number | null;
}

/** Sums the runners' counts; a runner that failed without a failed test (it crashed) counts as one failure. */
export function combine(runs: readonly RunnerResult[]): { readonly total: Counts; readonly ok: boolean } {
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const run of runs) {
    const counts = run.counts ?? { passed: 0, failed: 0, skipped: 0 };
    total.passed += counts.passed;
    total.skipped += counts.skipped;
    total.failed += run.status !== 0 && counts.failed === 0 ? 1 : counts.failed;
  }
  return { total, ok: runs.every((run) => run.status === 0) };
}

/** Prints the closing line, or hands the counts to the combined run when there is one. */
export function reportCounts(counts: Counts): void {
  const file = process.env[SUMMARY_FILE_VARIABLE];
  if (file) writeFileSync(file, JSON.stringify(counts));
  else process.stdout.write(`\n${summaryLine(counts)}\n`);
}
