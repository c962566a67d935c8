/**
 * `npm test`'s test run: Vitest (unit and integration), then Playwright (the browser tests), then one closing
 * line summed over both. Both always run; the exit code is non-zero when either failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SUMMARY_FILE_VARIABLE, summaryLine, type Counts } from './summary';

const RUNNERS = [
  { name: 'vitest', args: ['vitest', 'run'] },
  { name: 'playwright', args: ['playwright', 'test'] },
] as const;

const dir = mkdtempSync(path.join(tmpdir(), 'atlas-summary-'));
const total = { passed: 0, failed: 0, skipped: 0 };
let ok = true;
try {
  for (const runner of RUNNERS) {
    const file = path.join(dir, `${runner.name}.json`);
    const run = spawnSync('npx', [...runner.args], {
      stdio: 'inherit',
      env: { ...process.env, [SUMMARY_FILE_VARIABLE]: file },
    });
    const counts: Counts = existsSync(file)
      ? (JSON.parse(readFileSync(file, 'utf8')) as Counts)
      : { passed: 0, failed: 0, skipped: 0 };
    total.passed += counts.passed;
    total.skipped += counts.skipped;
    // A runner that failed without a failed test (it crashed, or never reported) counts as one failure.
    total.failed += run.status !== 0 && counts.failed === 0 ? 1 : counts.failed;
    if (run.status !== 0) ok = false;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.stdout.write(`\n${summaryLine(total)}\n`);
process.exitCode = ok ? 0 : 1;
