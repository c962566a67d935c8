// What the bottom sheet shows on narrow screens after the selection or the open panel changes.
import { describe, expect, it } from 'vitest';
import { nextSheet } from './sheet';

const start = { selection: '', panel: 'start' };

describe('nextSheet', () => {
  it('shows the details of a new selection', () => {
    expect(nextSheet('panel', start, { selection: 'tech:nvidia-h100', panel: 'start' })).toBe('details');
  });

  it('shows the panel again when the selection is emptied', () => {
    expect(nextSheet('details', { selection: 'a', panel: 'start' }, start)).toBe('panel');
  });

  it('shows a newly opened panel, even when the selection changed with it', () => {
    expect(nextSheet('details', { selection: 'a', panel: 'start' }, { selection: 'b', panel: 'coverage:tech:x' })).toBe(
      'panel',
    );
  });

  it('stays on the coverage panel when its own technology is selected with the answer', () => {
    const open = { selection: '', panel: 'coverage:tech:x' };
    expect(nextSheet('panel', open, { selection: 'tech:x', panel: 'coverage:tech:x' })).toBe('panel');
    expect(nextSheet('panel', open, { selection: 'agency:bis', panel: 'coverage:tech:x' })).toBe('details');
  });

  it('stays on the paths panel when its ends are selected with the answer', () => {
    const open = { selection: '', panel: 'paths:a:x|b:y' };
    expect(nextSheet('panel', open, { selection: 'a:x,b:y', panel: 'paths:a:x|b:y' })).toBe('panel');
    expect(nextSheet('panel', open, { selection: 'a:x,c:z', panel: 'paths:a:x|b:y' })).toBe('details');
  });

  it('keeps what the user chose while nothing changes', () => {
    const same = { selection: 'a', panel: 'outline' };
    expect(nextSheet('panel', same, same)).toBe('panel');
    expect(nextSheet('details', same, same)).toBe('details');
  });
});
