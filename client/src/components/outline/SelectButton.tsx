/** A row's heading in the Outline's tables: a button that selects the row's element on the canvas. */
import type { ReactNode } from 'react';

/** A row's heading: a button that selects the row's element on the canvas; with Shift, Ctrl or ⌘ it adds to the selection. */
export function SelectButton({
  id,
  element,
  pressed,
  onSelect,
  children,
}: {
  readonly id: string;
  /** Named in the button's data-node-id or data-edge-id, which tests read. */
  readonly element: 'node' | 'edge';
  readonly pressed: boolean;
  readonly onSelect: (ids: string[], additive: boolean) => void;
  readonly children: ReactNode;
}) {
  return (
    <th scope="row">
      <button
        type="button"
        className="link-btn"
        aria-pressed={pressed}
        {...{ [`data-${element}-id`]: id }}
        onClick={(event) => {
          onSelect([id], event.shiftKey || event.ctrlKey || event.metaKey);
        }}
      >
        {children}
      </button>
    </th>
  );
}
