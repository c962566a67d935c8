import { describe, expect, it } from 'vitest';
import {
  addView,
  cleanName,
  deleteView,
  parseSaved,
  readSaved,
  renameView,
  SAVED_VIEWS_KEY,
  savedLink,
  writeSaved,
  type SavedView,
} from './saved';

const view = (id: string, name: string): SavedView => ({
  id,
  name,
  search: `?n=tech:${id}&lang=en`,
  savedAt: '2026-01-01T00:00:00.000Z',
});

describe('saved views', () => {
  it('reads what was written, under a versioned key', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => store.set(k, v),
    };
    expect(readSaved(storage)).toEqual({ views: [], unreadable: false });
    expect(writeSaved(storage, [view('a', 'Chips')])).toBe(true);
    expect(SAVED_VIEWS_KEY).toMatch(/\.v\d+$/);
    expect([...store.keys()]).toEqual([SAVED_VIEWS_KEY]);
    expect(readSaved(storage).views).toEqual([view('a', 'Chips')]);
  });

  it('sets corrupt or foreign data aside instead of failing', () => {
    expect(parseSaved('{not json')).toEqual({ views: [], unreadable: true });
    expect(parseSaved('{"a":1}').unreadable).toBe(true);
    expect(parseSaved('[{"id":"a","name":"x","search":"n=1","savedAt":"t"}]').unreadable).toBe(true);
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
    };
    expect(readSaved(throwing).unreadable).toBe(true);
    const full = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(writeSaved(full, [])).toBe(false);
  });

  it('adds newest first (a name used again replaces), renames and deletes', () => {
    const two = addView(addView([], view('a', 'Chips')), view('b', 'Cloud'));
    expect(two.map((v) => v.id)).toEqual(['b', 'a']);
    expect(addView(two, view('c', 'Chips')).map((v) => v.id)).toEqual(['c', 'b']);
    const renamed = renameView(two, 'a', 'Chip rules', 'later');
    expect(renamed.find((v) => v.id === 'a')).toMatchObject({ name: 'Chip rules', savedAt: 'later' });
    expect(deleteView(two, 'b').map((v) => v.id)).toEqual(['a']);
    expect(cleanName('  many   spaces ')).toBe('many spaces');
    expect(cleanName('x'.repeat(200))).toHaveLength(80);
  });

  it('links to the view with the current data version', () => {
    const link = savedLink('http://localhost:4000/?lang=zh#briefing', view('a', 'Chips'), 'abcdef0123456789');
    expect(link).toBe('http://localhost:4000/?n=tech:a&lang=en&v=abcdef012345');
  });
});
