// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { dataReducer, EMPTY_DATA } from '../state/graphData';
import { renderWithAtlas } from '../test/render';
import { OutlineView } from './OutlineView';

const node = (id: string, kind: string, nameEn: string, nameZh: string) => ({ id, kind, nameEn, nameZh });
const h100 = node('tech:h100', 'TECHNOLOGY', 'NVIDIA H100', '英伟达 H100');
const gpu = node('tech:gpu', 'TECHNOLOGY', 'GPU', '图形处理器');
const wa = node('regime:wa', 'REGIME', 'Wassenaar Arrangement', '瓦森纳安排');
const edges = [
  { id: 'e1', type: 'EXAMPLE_OF', from: h100.id, to: gpu.id },
  { id: 'e2', type: 'CONTROLLED_BY', from: gpu.id, to: wa.id },
];
const links = ['a', 'b', 'c'].map((id) => ({ id, type: 'R', direction: 'OUT' as const, other: h100 }));
const data = dataReducer(EMPTY_DATA, { type: 'links', node: wa, links, sources: 5 });

function names(): string[] {
  const table = screen.getByTestId('outline-entities');
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);
}

function renderOutline(lang: 'en' | 'zh' = 'en') {
  const onSelect = vi.fn();
  renderWithAtlas(
    <OutlineView nodes={[h100, gpu, wa]} edges={edges} data={data} selection={[gpu.id]} onSelect={onSelect} />,
    { lang },
  );
  return onSelect;
}

describe('the Outline table', () => {
  it('sorts by a clicked header, says so in aria-sort, and reverses on a second click', async () => {
    renderOutline();
    const header = (name: RegExp) => within(screen.getByTestId('outline-entities')).getByRole('columnheader', { name });
    // By kind first: the regime before the technologies.
    expect(header(/^Kind/).getAttribute('aria-sort')).toBe('ascending');
    expect(names()[0]).toBe('Wassenaar Arrangement');
    await userEvent.click(within(header(/^Relations/)).getByRole('button'));
    expect(header(/^Relations/).getAttribute('aria-sort')).toBe('descending');
    expect(header(/^Kind/).hasAttribute('aria-sort')).toBe(false);
    // Equal drawn counts go by all relationships (Wassenaar's are known, the H100's not yet).
    expect(names()).toEqual(['GPU', 'Wassenaar Arrangement', 'NVIDIA H100']);
    await userEvent.click(within(header(/^Relations/)).getByRole('button'));
    expect(header(/^Relations/).getAttribute('aria-sort')).toBe('ascending');
    expect(names()[2]).toBe('GPU');
    // drawn/all, and sources where known.
    const row = within(screen.getByTestId('outline-entities')).getByRole('row', { name: /Wassenaar/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent.trim()),
    ).toEqual(['Regime', '1/3', '5']);
  });

  it('filters by text and kind, and a row’s name selects it, by keyboard too', async () => {
    const onSelect = renderOutline();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Filter' }), 'h1');
    expect(names()).toEqual(['NVIDIA H100']);
    expect(screen.getByText(/Entities \(1 of 3\)/)).toBeTruthy();
    await userEvent.clear(screen.getByRole('searchbox', { name: 'Filter' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'REGIME');
    expect(names()).toEqual(['Wassenaar Arrangement']);
    screen.getByRole('button', { name: 'Wassenaar Arrangement' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith([wa.id], false);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Filter' }), 'zzz');
    expect(screen.getByText('No entity in view matches the filter.')).toBeTruthy();
  });

  it('speaks Chinese', () => {
    renderOutline('zh');
    expect(within(screen.getByTestId('outline-entities')).getByRole('columnheader', { name: /^关系/ })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: '筛选' })).toBeTruthy();
    expect(names()).toContain('瓦森纳安排');
  });
});
