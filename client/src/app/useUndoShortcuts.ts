/** Undo and redo from the keyboard (Ctrl/⌘+Z, Ctrl/⌘+Shift+Z or Ctrl/⌘+Y) anywhere but in text fields. */
import { useEffect } from 'react';
import { redo, undo } from '../core/view/actions';
import { atlas } from '../core/store';

export function useUndoShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select')) return;
      if (!(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        atlas.setState(undo);
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        atlas.setState(redo);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, []);
}
