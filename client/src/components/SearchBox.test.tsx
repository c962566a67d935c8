// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { searchQuery, type SearchHit } from '../api/client';
import { renderWithAtlas } from '../test/render';
import { SearchBox } from './SearchBox';

const hits: SearchHit[] = [
  { id: 'tech:h100', kind: 'TECHNOLOGY', nameEn: 'NVIDIA H100', nameZh: '英伟达 H100', aliases: ['Nvidia Hopper'] },
  { id: 'org:nvidia', kind: 'ORGANIZATION', nameEn: 'NVIDIA', nameZh: '英伟达', aliases: [] },
  { id: 'tech:h800', kind: 'TECHNOLOGY', nameEn: 'NVIDIA H800', nameZh: '英伟达 H800', aliases: [] },
];

const cached = [
  [searchQuery('nvidia', null).queryKey, hits],
  [searchQuery('zzz', null).queryKey, []],
] as const;

function setup() {
  const user = userEvent.setup();
  const onPick = vi.fn();
  renderWithAtlas(<SearchBox label="Search the atlas" onPick={onPick} />, { queries: cached });
  return { user, onPick, input: screen.getByRole('combobox', { name: 'Search the atlas' }) };
}

describe('the search box', () => {
  it('lists the hits grouped by kind, and opens the one picked with the keyboard', async () => {
    const { user, onPick, input } = setup();
    await user.type(input, 'nvidia');

    // Options in group order: the two technologies, then the company.
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.querySelector('.search-option-name')?.textContent)).toEqual([
      'NVIDIA H100',
      'NVIDIA H800',
      'NVIDIA',
    ]);
    const list = screen.getByRole('listbox', { name: 'Search the atlas' });
    const technologies = within(list).getByRole('group', { name: 'Technology' });
    expect(within(technologies).getAllByRole('option')).toHaveLength(2);
    expect(within(list).getByRole('group', { name: 'Organization' })).toBeDefined();
    expect(options[0]?.textContent).toContain('also Nvidia Hopper');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('3 results')).toBeDefined();

    await user.keyboard('{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    await user.keyboard('{Enter}');
    expect(onPick).toHaveBeenCalledWith(hits[2]);
    expect((input as HTMLInputElement).value).toBe('');
  });

  it('opens a hit on click, and says so when nothing matches', async () => {
    const { user, onPick, input } = setup();

    await user.type(input, 'zzz');
    expect(await screen.findByText('No entity matches “zzz”.')).toBeDefined();
    await user.clear(input);
    await user.type(input, 'nvidia');
    await user.click(await screen.findByRole('option', { name: /^NVIDIA H100/ }));
    expect(onPick).toHaveBeenCalledWith(hits[0]);
  });

  it('refuses text over the limit in the box, with the limit shown, and asks nothing', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    const { user, input } = setup();
    await user.click(input);
    await user.paste('x'.repeat(213));
    expect((await screen.findByTestId('search-too-long')).textContent).toBe(
      'At most 200 characters (213 typed). Shorten the text to search.',
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(screen.getByTestId('search-too-long').id);
    expect(screen.queryByText('Searching…')).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
    fetch.mockRestore();
  });

  it('focuses on "/" when it has the page’s shortcut', async () => {
    const user = userEvent.setup();
    renderWithAtlas(<SearchBox label="Search the atlas" onPick={vi.fn()} globalShortcut />);
    await user.keyboard('/');
    expect(document.activeElement).toBe(screen.getByRole('combobox'));
  });
});
