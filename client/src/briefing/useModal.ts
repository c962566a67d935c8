/**
 * The briefing as a modal dialog: a native <dialog> opened with showModal(), so the page behind it is inert. It takes
 * the focus when it opens, keeps Tab and Shift+Tab cycling inside it (the browser would otherwise let them leave to
 * its own controls), closes on Escape, and gives the focus back to the control that opened it.
 */
import { useEffect, type RefObject } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The element Tab should move to from `current` among `focusables`, wrapping at both ends; null to let it be. */
export function wrapTarget<T>(focusables: readonly T[], current: T | null, backwards: boolean): T | null {
  const first = focusables[0];
  const last = focusables[focusables.length - 1];
  if (first === undefined || last === undefined) return null;
  const index = current === null ? -1 : focusables.indexOf(current);
  if (index < 0) return backwards ? last : first;
  if (backwards && index === 0) return last;
  if (!backwards && index === focusables.length - 1) return first;
  return null;
}

/** Makes the <dialog> behind `ref` modal while the component lives; `onClose` is called on Escape. */
export function useModal(ref: RefObject<HTMLDialogElement | null>, onClose: () => void): void {
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // Focus the dialog itself, so that its name is read first and Tab starts at its first control.
    dialog.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [ref]);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    // Escape: the briefing is closed through the store, instead of the browser closing the element alone.
    const onCancel = (event: Event) => {
      event.preventDefault();
      onClose();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Tab') return;
      const focusables = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
        (element) => element.getClientRects().length > 0,
      );
      const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      const target = wrapTarget(focusables, active, event.shiftKey);
      if (target) {
        event.preventDefault();
        target.focus();
      }
    };
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('keydown', onKeyDown);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('keydown', onKeyDown);
    };
  }, [ref, onClose]);
}
