// The benchmarks' paired timing: both sides see every input, the side going first alternates, failures are counted
// (not timed), the budget stops new inputs, and no more than `concurrency` inputs are in flight.
import { describe, expect, it } from 'vitest';
import { timePaired, type Side } from '../../bench/paired';

/** A side that does its work at once (a throw inside it is a failed run). */
const sync =
  (work: (input: number) => void): Side =>
  (input) => {
    work(input);
    return Promise.resolve();
  };

/** A clock that only moves when a side says so, so that every time is known in advance. */
function fakeClock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('timePaired', () => {
  it('runs every input through both sides, alternating which goes first', async () => {
    const order: string[] = [];
    const sides: [Side, Side] = [sync((i) => order.push(`a${i}`)), sync((i) => order.push(`b${i}`))];
    await timePaired(sides, { count: 4, concurrency: 1 });
    expect(order).toEqual(['a0', 'b0', 'b1', 'a1', 'a2', 'b2', 'b3', 'a3']);
  });

  it('times each side apart and returns the times sorted', async () => {
    const clock = fakeClock();
    const apiCosts = [5, 1, 3];
    const dbCosts = [2, 2, 7];
    const [api, db] = await timePaired(
      [sync((i) => clock.advance(apiCosts[i] ?? 0)), sync((i) => clock.advance(dbCosts[i] ?? 0))],
      { count: 3, concurrency: 1, now: clock.now },
    );
    expect(api.times).toEqual([1, 3, 5]);
    expect(db.times).toEqual([2, 2, 7]);
    expect(api.errors + db.errors).toBe(0);
  });

  it('counts failures on their side, keeps the first message, and times only the answered runs', async () => {
    const [api, db] = await timePaired(
      [
        sync((i) => {
          if (i % 2 === 1) throw new Error(`refused ${i}`);
        }),
        sync(() => undefined),
      ],
      { count: 5, concurrency: 1 },
    );
    expect(api.errors).toBe(2);
    expect(api.firstError).toBe('refused 1');
    expect(api.times).toHaveLength(3);
    expect(db.errors).toBe(0);
    expect(db.times).toHaveLength(5);
  });

  it('takes no new input once the budget is spent', async () => {
    const clock = fakeClock();
    const seen: number[] = [];
    await timePaired(
      [
        sync((i) => {
          seen.push(i);
          clock.advance(10);
        }),
        sync(() => clock.advance(10)),
      ],
      // 25 ms per side, 50 in all: inputs 0 and 1 take 20 ms each, input 2 starts at 40 ms, nothing after.
      { count: 100, concurrency: 1, budgetMs: 25, now: clock.now },
    );
    expect(seen).toEqual([0, 1, 2]);
  });

  it('keeps at most `concurrency` inputs in flight and still runs each once', async () => {
    let inFlight = 0;
    let most = 0;
    const seen: number[] = [];
    const side: Side = async (i) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight--;
      if (!seen.includes(i)) seen.push(i);
    };
    await timePaired([side, side], { count: 20, concurrency: 3 });
    expect(most).toBe(3);
    expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
});
