import { describe, expect, it } from 'vitest';
import { combine, summaryLine } from '../setup/summary';

describe('the closing summary of npm test', () => {
  it('prints the line CI reads', () => {
    expect(summaryLine({ passed: 3, failed: 1, skipped: 0 })).toBe('Tests: 3 passed, 1 failed, 0 skipped');
  });

  it('sums both runners and fails when either failed', () => {
    const vitest = { counts: { passed: 10, failed: 0, skipped: 1 }, status: 0 };
    expect(combine([vitest, { counts: { passed: 19, failed: 0, skipped: 0 }, status: 0 }])).toEqual({
      total: { passed: 29, failed: 0, skipped: 1 },
      ok: true,
    });
    expect(combine([vitest, { counts: { passed: 17, failed: 2, skipped: 0 }, status: 1 }])).toEqual({
      total: { passed: 27, failed: 2, skipped: 1 },
      ok: false,
    });
  });

  it('counts a runner that failed without reporting, or without a failed test, as one failure', () => {
    expect(combine([{ counts: null, status: 1 }]).total).toEqual({ passed: 0, failed: 1, skipped: 0 });
    expect(combine([{ counts: { passed: 4, failed: 0, skipped: 0 }, status: 1 }])).toEqual({
      total: { passed: 4, failed: 1, skipped: 0 },
      ok: false,
    });
    expect(combine([{ counts: null, status: null }]).ok).toBe(false);
  });
});
