/**
 * Saved, named views kept in the browser's localStorage under a versioned key. Each holds the view's query string in
 * the permalink format (state/url.ts, export/permalink.ts), so a saved view opens like a link and shares as one.
 * Data that cannot be read (corrupt, or another shape) is set aside with a message instead of breaking the page.
 */
import { permalink } from '../../export/permalink';

export const SAVED_VIEWS_KEY = 'atlas.savedViews.v1';
export const MAX_NAME_LENGTH = 80;

export interface SavedView {
  readonly id: string;
  readonly name: string;
  /** The view as a query string, `?n=…&lang=…&v=…`. */
  readonly search: string;
  /** ISO time it was saved or last renamed. */
  readonly savedAt: string;
}

export interface SavedViews {
  readonly views: readonly SavedView[];
  /** True when the stored data could not be read and was ignored. */
  readonly unreadable: boolean;
}

function isSavedView(value: unknown): value is SavedView {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'string' &&
    typeof v.name === 'string' &&
    typeof v.search === 'string' &&
    v.search.startsWith('?') &&
    typeof v.savedAt === 'string'
  );
}

/** The saved views in what was stored; anything that is not a list of saved views is unreadable. */
export function parseSaved(raw: string | null): SavedViews {
  if (raw === null) return { views: [], unreadable: false };
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed) || !parsed.every(isSavedView)) return { views: [], unreadable: true };
    return { views: parsed, unreadable: false };
  } catch {
    return { views: [], unreadable: true };
  }
}

export function readSaved(storage: Pick<Storage, 'getItem'>): SavedViews {
  try {
    return parseSaved(storage.getItem(SAVED_VIEWS_KEY));
  } catch {
    return { views: [], unreadable: true };
  }
}

/** Stores the list; false when the browser refused (storage full or disabled). */
export function writeSaved(storage: Pick<Storage, 'setItem'>, views: readonly SavedView[]): boolean {
  try {
    storage.setItem(SAVED_VIEWS_KEY, JSON.stringify(views));
    return true;
  } catch {
    return false;
  }
}

/** A name as kept: trimmed, inner runs of space as one, at most MAX_NAME_LENGTH characters. */
export function cleanName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').slice(0, MAX_NAME_LENGTH);
}

/** Adds a view, newest first; a view saved under a name already used replaces it. */
export function addView(views: readonly SavedView[], view: SavedView): SavedView[] {
  return [view, ...views.filter((v) => v.name !== view.name)];
}

export function renameView(views: readonly SavedView[], id: string, name: string, now: string): SavedView[] {
  return views.map((v) => (v.id === id ? { ...v, name, savedAt: now } : v));
}

export function deleteView(views: readonly SavedView[], id: string): SavedView[] {
  return views.filter((v) => v.id !== id);
}

/** The shareable link of a saved view: the page's address with its query, and the current data version. */
export function savedLink(pageUrl: string, view: SavedView, version: string | null | undefined): string {
  const url = new URL(pageUrl);
  url.search = view.search;
  url.hash = '';
  return permalink(url.toString(), version);
}
