/**
 * `npm test`'s test run: Vitest (unit and integration), then Playwright (the browser tests), then one closing
 * line summed over both. Both always run; the exit code is non-zero when either failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { combine, SUMMARY_FILE_VARIABLE, summaryLine, type Counts, type RunnerResult } from './summary';

const RUNNERS = [
  { name: 'vitest', args: ['vitest', 'run'] },
  { name: 'playwright', args: ['playwright', 'test'] },
] as const;

const dir = mkdtempSync(path.join(tmpdir(), 'atlas-summary-'));
const results: RunnerResult[] = [];
try {
  for (const runner of RUNNERS) {
    const file = path.join(dir, `${runner.name}.json`);
    const run = spawnSync('npx', [...runner.args], {
      stdio: 'inherit',
      env: { ...process.env, [SUMMARY_FILE_VARIABLE]: file },
    });
    const counts = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Counts) : null;
    results.push({ counts, status: run.status });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const { total, ok } = combine(results);
process.stdout.write(`\n${summaryLine(total)}\n`);
process.exitCode = ok ? 0 : 1;
