// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { atlas, initialState } from '../../core/store';
import { initialHistory, INITIAL_VIEW } from '../../state/view';
import { renderWithAtlas } from '../../test/render';
import { installMemoryStorage } from '../../test/storage';
import { SAVED_VIEWS_KEY } from './saved';
import { SavedViewsMenu } from './SavedViewsMenu';

// The same in-memory storage on every Node (see test/storage.ts), emptied after each test.
installMemoryStorage();

afterEach(() => {
  window.localStorage.clear();
});

const chips = { ...INITIAL_VIEW, nodes: ['tech:h100', 'regime:wa'], overview: false, selection: ['tech:h100'] };

function renderMenu(lang: 'en' | 'zh' = 'en') {
  renderWithAtlas(<SavedViewsMenu />, { lang, state: { ...initialState(), history: initialHistory(chips) } });
}

async function openPanel(name = /Saved views|已存视图/) {
  await userEvent.click(screen.getByRole('button', { name }));
  return screen.getByTestId('saved-views-panel');
}

describe('saved views', () => {
  it('saves the current view under a name, keeps it across a reload, and opens it', async () => {
    renderMenu();
    const panel = await openPanel();
    expect(within(panel).getByText(/No saved views yet/)).toBeTruthy();
    // The name field takes focus; Enter saves.
    await userEvent.keyboard('Chip controls{Enter}');
    expect(window.localStorage.getItem(SAVED_VIEWS_KEY)).toContain('n=tech:h100,regime:wa');
    cleanup();

    renderMenu();
    const again = await openPanel();
    const link = within(again).getByRole('link', { name: 'Link to “Chip controls”' });
    expect(link.getAttribute('href')).toMatch(/\?n=tech:h100,regime:wa&sel=tech:h100&lang=en$/);
    atlas.setState({ history: initialHistory() });
    await userEvent.click(within(again).getByRole('button', { name: 'Chip controls' }));
    expect(atlas.getState().history.present.nodes).toEqual(['tech:h100', 'regime:wa']);
    expect(atlas.getState().history.present.selection).toEqual(['tech:h100']);
  });

  it('renames and deletes, in Chinese too', async () => {
    renderMenu('zh');
    const panel = await openPanel();
    await userEvent.keyboard('芯片{Enter}');
    await userEvent.click(within(panel).getByRole('button', { name: '重命名“芯片”' }));
    const field = within(panel).getByRole('textbox', { name: '“芯片”的新名称' });
    await userEvent.clear(field);
    await userEvent.type(field, '芯片管制{Enter}');
    expect(within(panel).getByRole('button', { name: '芯片管制' })).toBeTruthy();
    expect(window.localStorage.getItem(SAVED_VIEWS_KEY)).toContain('芯片管制');
    await userEvent.click(within(panel).getByRole('button', { name: '删除“芯片管制”' }));
    expect(within(panel).queryByRole('button', { name: '芯片管制' })).toBeNull();
    expect(JSON.parse(window.localStorage.getItem(SAVED_VIEWS_KEY) ?? 'null')).toEqual([]);
  });

  it('says so when the stored views cannot be read, and still saves', async () => {
    window.localStorage.setItem(SAVED_VIEWS_KEY, '{broken');
    renderMenu();
    const panel = await openPanel();
    expect(within(panel).getByRole('status').textContent).toMatch(/could not be read/);
    await userEvent.keyboard('Fresh{Enter}');
    expect(within(panel).getByRole('button', { name: 'Fresh' })).toBeTruthy();
    expect(within(panel).queryByRole('status')).toBeNull();
  });
});
