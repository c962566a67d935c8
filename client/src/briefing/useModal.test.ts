// Where Tab goes inside the briefing dialog: on from the middle, round at both ends.
import { describe, expect, it } from 'vitest';
import { wrapTarget } from './useModal';

const controls = ['title', 'markdown', 'print', 'close'];

describe('wrapTarget', () => {
  it('wraps Tab from the last control to the first, and Shift+Tab from the first to the last', () => {
    expect(wrapTarget(controls, 'close', false)).toBe('title');
    expect(wrapTarget(controls, 'title', true)).toBe('close');
  });

  it('leaves Tab to the browser between the ends', () => {
    expect(wrapTarget(controls, 'markdown', false)).toBeNull();
    expect(wrapTarget(controls, 'print', true)).toBeNull();
  });

  it('brings a focus outside the controls (the dialog itself) to the first or the last', () => {
    expect(wrapTarget(controls, 'dialog', false)).toBe('title');
    expect(wrapTarget(controls, null, true)).toBe('close');
  });

  it('has nowhere to go without controls', () => {
    expect(wrapTarget([], 'dialog', false)).toBeNull();
  });
});
