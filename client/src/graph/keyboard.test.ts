import { describe, expect, it } from 'vitest';
import { keyAction, stepThrough } from './keyboard';

describe('keyAction', () => {
  it('maps the canvas keys and ignores the rest', () => {
    expect(keyAction('ArrowRight')).toEqual({ type: 'step', by: 1 });
    expect(keyAction('ArrowUp')).toEqual({ type: 'step', by: -1 });
    expect(keyAction('=')).toEqual({ type: 'zoom', direction: 'in' });
    expect(keyAction('-')).toEqual({ type: 'zoom', direction: 'out' });
    expect(keyAction('0')).toEqual({ type: 'fit' });
    expect(keyAction('Backspace')).toEqual({ type: 'command', command: 'hide' });
    expect(keyAction('Escape')).toEqual({ type: 'command', command: 'escape' });
    expect(keyAction('a')).toBeNull();
  });
});

describe('stepThrough', () => {
  const nodes = [
    { id: 'bottom', position: { x: 0, y: 50 } },
    { id: 'top-right', position: { x: 30, y: 0 } },
    { id: 'top-left', position: { x: 10, y: 0 } },
  ];

  it('steps in reading order and wraps around', () => {
    expect(stepThrough(nodes, undefined, 1)).toBe('top-left');
    expect(stepThrough(nodes, 'top-left', 1)).toBe('top-right');
    expect(stepThrough(nodes, 'bottom', 1)).toBe('top-left');
    expect(stepThrough(nodes, 'top-left', -1)).toBe('bottom');
    // With nothing selected the count starts just before the first node, so stepping back skips the last one.
    expect(stepThrough(nodes, undefined, -1)).toBe('top-right');
  });

  it('has nowhere to go on an empty canvas', () => {
    expect(stepThrough([], undefined, 1)).toBeUndefined();
  });
});
