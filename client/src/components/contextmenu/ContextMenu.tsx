/**
 * The canvas's context menu, opened by right-click, long-press or the ContextMenu key (Shift+F10) on the canvas. A
 * real menu: role="menu" and menuitems, arrow keys, Home/End, Enter or Space to choose, → and ← for the "by type"
 * submenu, Escape or Tab closes and gives focus back, a click outside closes. It sits at the pointer and stays
 * inside the viewport (place.ts). What it offers comes from core/menu/items.ts; what an item does, core/menu/effects.ts.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { closeMenu } from '../../core/menu/actions';
import { perform } from '../../core/menu/effects';
import { menuFor, type MenuItem } from '../../core/menu/items';
import { atlas, useAtlas, type ContextMenuState } from '../../core/store';
import { useI18n } from '../../i18n/I18n';
import { placeMenu } from './place';

export function ContextMenu() {
  const request = useAtlas((s) => s.contextMenu);
  if (!request) return null;
  return <OpenMenu key={`${request.x},${request.y}`} request={request} />;
}

/** Where focus goes back to: what had it, or the canvas when the pointer opened the menu from nowhere. */
function focusOwner(): HTMLElement | null {
  const active = document.activeElement;
  if (active instanceof HTMLElement && active !== document.body) return active;
  return document.querySelector<HTMLElement>('[data-testid="graph-canvas"]');
}

function OpenMenu({ request }: { readonly request: ContextMenuState }) {
  const i18n = useI18n();
  const state = useAtlas((s) => s);
  const menu = useMemo(() => menuFor(request.target, state, i18n), [request.target, state, i18n]);
  const root = useRef<HTMLDivElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);

  const close = (giveFocusBack: boolean) => {
    atlas.setState(closeMenu);
    if (giveFocusBack) returnTo.current?.focus();
  };

  useLayoutEffect(() => {
    returnTo.current = focusOwner();
    const element = root.current;
    if (!element) return;
    const box = element.getBoundingClientRect();
    setPlace(placeMenu(request, { width: box.width, height: box.height }, { width: innerWidth, height: innerHeight }));
  }, [request]);

  // The first item takes focus once the menu is placed (a hidden element cannot take focus).
  const placed = place !== null;
  useLayoutEffect(() => {
    if (placed) root.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [placed]);

  useEffect(() => {
    const outside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) atlas.setState(closeMenu);
    };
    document.addEventListener('pointerdown', outside, true);
    return () => {
      document.removeEventListener('pointerdown', outside, true);
    };
  }, []);

  // What the menu was for is gone (hidden, or the view changed): nothing is left to offer.
  useEffect(() => {
    if (!menu) atlas.setState(closeMenu);
  }, [menu]);
  if (!menu) return null;

  const flip = (place?.left ?? request.x) > innerWidth / 2;
  return (
    <div
      ref={root}
      className={`ctx-menu${flip ? ' ctx-flip' : ''}`}
      style={{ left: place?.left ?? request.x, top: place?.top ?? request.y, visibility: place ? 'visible' : 'hidden' }}
      data-testid="context-menu"
    >
      <MenuList
        label={menu.label}
        items={menu.items}
        onClose={() => {
          close(true);
        }}
        onChoose={(item) => {
          if (!item.command) return;
          close(true);
          perform(item.command);
        }}
      />
    </div>
  );
}

interface MenuListProps {
  readonly label: string;
  readonly items: readonly MenuItem[];
  /** Escape or Tab at the top level; ← or Escape in a submenu (back to its item). */
  readonly onClose: () => void;
  readonly onChoose: (item: MenuItem) => void;
}

function menuItemsOf(list: HTMLElement): HTMLElement[] {
  return [...list.querySelectorAll<HTMLElement>(':scope > [role="none"] > [role="menuitem"]')];
}

function MenuList({ label, items, onClose, onChoose }: MenuListProps) {
  const list = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState<string | null>(null);

  const move = (from: HTMLElement, to: 'next' | 'previous' | 'first' | 'last') => {
    const all = list.current ? menuItemsOf(list.current) : [];
    const at = all.indexOf(from);
    const index =
      to === 'first' ? 0 : to === 'last' ? all.length - 1 : (at + (to === 'next' ? 1 : -1) + all.length) % all.length;
    all[index]?.focus();
  };

  const activate = (item: MenuItem) => {
    if (item.disabled !== undefined) return;
    if (item.submenu) setOpen(item.key);
    else onChoose(item);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, item: MenuItem) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => {
        move(event.currentTarget, 'next');
      },
      ArrowUp: () => {
        move(event.currentTarget, 'previous');
      },
      Home: () => {
        move(event.currentTarget, 'first');
      },
      End: () => {
        move(event.currentTarget, 'last');
      },
      Enter: () => {
        activate(item);
      },
      ' ': () => {
        activate(item);
      },
      ArrowRight: () => {
        if (item.submenu && item.disabled === undefined) setOpen(item.key);
      },
      ArrowLeft: onClose,
      Escape: onClose,
      Tab: onClose,
    };
    const run = keys[event.key];
    if (!run) return;
    event.preventDefault();
    event.stopPropagation();
    run();
  };

  return (
    <div ref={list} role="menu" aria-label={label} className="ctx-list">
      {items.map((item) => (
        <div role="none" key={item.key} className="ctx-entry">
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            className="ctx-item"
            data-testid={`menu-${item.key}`}
            aria-disabled={item.disabled !== undefined ? true : undefined}
            title={item.disabled}
            {...(item.submenu ? { 'aria-haspopup': 'menu' as const, 'aria-expanded': open === item.key } : {})}
            onKeyDown={(event) => {
              onKeyDown(event, item);
            }}
            onClick={() => {
              activate(item);
            }}
          >
            <span>{item.label}</span>
            {item.submenu && <span aria-hidden="true">▸</span>}
          </button>
          {item.submenu && open === item.key && (
            <Submenu
              label={item.label}
              items={item.submenu}
              onChoose={onChoose}
              onClose={() => {
                setOpen(null);
                list.current?.querySelector<HTMLElement>(`[data-testid="menu-${item.key}"]`)?.focus();
              }}
            />
          )}
        </div>
      ))}
    </div>
  );
}

/** A submenu takes focus on its first item when it opens. */
function Submenu(props: MenuListProps) {
  const holder = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    holder.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, []);
  return (
    <div ref={holder} className="ctx-sub">
      <MenuList {...props} />
    </div>
  );
}
