// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { linksLoaded, mergeSubgraphs } from '../../core/graph/actions';
import { atlas, initialState, type AtlasState } from '../../core/store';
import { initialHistory, viewReducer } from '../../state/view';
import { renderWithAtlas } from '../../test/render';
import { ContextMenu } from './ContextMenu';

const h100 = { id: 'tech:h100', kind: 'TECHNOLOGY', nameEn: 'NVIDIA H100', nameZh: '英伟达 H100' };
const rules = { id: 'measure:chips', kind: 'CONTROL_MEASURE', nameEn: 'Chip rules', nameZh: '芯片规则' };
const nvidia = { id: 'org:nvidia', kind: 'ORGANIZATION', nameEn: 'NVIDIA', nameZh: '英伟达' };

/** H100 and the chip rules in view, H100 selected and its menu open. */
function menuOpen(): Partial<AtlasState> {
  const start = initialState();
  const { data } = mergeSubgraphs(start.data, [
    { nodes: [h100, rules], edges: [{ id: 'r1', type: 'CONTROLLED_BY', from: h100.id, to: rules.id }] },
  ]);
  const history = [
    { type: 'replaceNodes', ids: [h100.id, rules.id] } as const,
    { type: 'select', ids: [h100.id] } as const,
  ].reduce(viewReducer, initialHistory());
  const state = { ...start, data, history };
  const links = [
    { id: 'r1', type: 'CONTROLLED_BY', direction: 'OUT' as const, other: rules },
    { id: 'r2', type: 'MADE_BY', direction: 'OUT' as const, other: nvidia },
  ];
  return {
    ...state,
    ...linksLoaded([{ node: h100, links }], [])(state),
    contextMenu: { target: { type: 'node', id: h100.id }, x: 40, y: 30 },
  };
}

/** The page's canvas stand-in: what focus goes back to. */
function Page() {
  return (
    <>
      <button type="button" data-testid="graph-canvas">
        canvas
      </button>
      <button type="button">elsewhere</button>
      <ContextMenu />
    </>
  );
}

describe('the context menu', () => {
  it('is a menu that takes focus, moves with the arrow keys and closes with Escape, giving focus back', async () => {
    const user = userEvent.setup();
    renderWithAtlas(<Page />, { state: menuOpen() });
    const menu = screen.getByRole('menu', { name: 'Actions for NVIDIA H100' });
    const items = screen.getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'Expand',
      'Expand by type▸',
      'Expand to depth 2',
      'Paths from here',
      'Coverage',
      'Hide',
      'Pin',
      'Select neighbours',
    ]);
    expect(menu.contains(document.activeElement)).toBe(true);
    expect(document.activeElement).toBe(items[0]);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(items[2]);
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(document.activeElement).toBe(items[7]);
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(items[0]);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(atlas.getState().contextMenu).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('graph-canvas'));
  });

  it('opens the "by type" submenu with → and closes it with ←; disabled items say why and do nothing', async () => {
    const user = userEvent.setup();
    renderWithAtlas(<Page />, { state: menuOpen() });
    await user.keyboard('{ArrowDown}{ArrowRight}');
    const sub = screen.getByRole('menu', { name: 'Expand by type' });
    const [controlled, made] = [...sub.querySelectorAll('[role="menuitem"]')];
    expect(controlled?.textContent).toBe('is controlled by (1 of 1)');
    expect(controlled?.getAttribute('aria-disabled')).toBe('true');
    expect(controlled?.getAttribute('title')).toBe('All its neighbours are shown.');
    expect(made?.getAttribute('aria-disabled')).toBeNull();
    expect(document.activeElement).toBe(controlled);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('menu', { name: 'Expand by type' })).toBeDefined();
    await user.keyboard('{ArrowLeft}');
    expect(screen.queryByRole('menu', { name: 'Expand by type' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: /Expand by type/ }));
    expect(screen.getByRole('menuitem', { name: /Expand by type/ }).getAttribute('aria-expanded')).toBe('false');
  });

  it('carries out the chosen item and closes; a click outside closes it too', async () => {
    const user = userEvent.setup();
    renderWithAtlas(<Page />, { state: menuOpen() });
    await user.click(screen.getByRole('menuitem', { name: 'Pin' }));
    expect(atlas.getState().history.present.pinned).toEqual([h100.id]);
    expect(screen.queryByRole('menu')).toBeNull();

    atlas.setState({ contextMenu: { target: { type: 'node', id: h100.id }, x: 10, y: 10 } });
    expect(await screen.findByRole('menu')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(screen.queryByRole('menu')).toBeNull();
    expect(atlas.getState().history.present.pinned).toEqual([h100.id]);
  });

  it('speaks Chinese', () => {
    renderWithAtlas(<Page />, { state: menuOpen(), lang: 'zh' });
    expect(screen.getByRole('menu', { name: '英伟达 H100 的操作' })).toBeDefined();
    expect(screen.getByRole('menuitem', { name: '展开到第 2 层' })).toBeDefined();
  });
});
