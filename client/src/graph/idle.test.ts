import { describe, expect, it } from 'vitest';
import { IdleTracker } from './idle';

describe('IdleTracker', () => {
  it('is idle only when every piece of work is done, and reports each change once', () => {
    const tracker = new IdleTracker();
    const seen: boolean[] = [];
    tracker.watch((idle) => seen.push(idle));
    const layout = tracker.begin('layout');
    const first = tracker.begin('animation');
    const second = tracker.begin('animation');
    first();
    first();
    expect(tracker.idle).toBe(false);
    second();
    expect(tracker.idle).toBe(false);
    layout();
    expect(tracker.idle).toBe(true);
    expect(seen).toEqual([true, false, true]);
  });

  it('resolves the idle promise when the work ends, or at once when idle', async () => {
    const tracker = new IdleTracker();
    await expect(tracker.whenIdle()).resolves.toBeUndefined();
    const done = tracker.begin('elements');
    let resolved = false;
    const waiting = tracker.whenIdle().then(() => {
      resolved = true;
    });
    await Promise.resolve();
    expect(resolved).toBe(false);
    done();
    await waiting;
    expect(resolved).toBe(true);
  });

  it('forgets work that will never report back, and ignores its late report', () => {
    const tracker = new IdleTracker();
    const lost = tracker.begin('animation');
    const layout = tracker.begin('layout');
    tracker.forget('animation');
    expect(tracker.idle).toBe(false);
    const next = tracker.begin('animation');
    lost();
    layout();
    expect(tracker.idle).toBe(false);
    next();
    expect(tracker.idle).toBe(true);
  });
});
