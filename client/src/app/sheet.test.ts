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

  it('keeps what the user chose while nothing changes', () => {
    const same = { selection: 'a', panel: 'outline' };
    expect(nextSheet('panel', same, same)).toBe('panel');
    expect(nextSheet('details', same, same)).toBe('details');
  });
});
