// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { matrixQuery } from '../../api/matrix';
import { initialHistory, INITIAL_VIEW } from '../../state/view';
import { matrix } from '../../test/matrix';
import { renderWithAtlas } from '../../test/render';
import { MatrixView } from './MatrixView';

function renderMatrix(lang: 'en' | 'zh' = 'en') {
  const view = { ...INITIAL_VIEW, panel: { type: 'matrix' } as const, asOf: '2023-01-01', lang };
  renderWithAtlas(<MatrixView />, {
    lang,
    state: { history: initialHistory(view) },
    queries: [[matrixQuery('2023-01-01').queryKey, matrix]],
  });
}

const rowNames = () =>
  within(screen.getByTestId('matrix-table'))
    .getAllByTestId('matrix-row')
    .map((r) => r.getAttribute('data-tech'));

describe('the Matrix view', () => {
  it('draws a row per technology under its category, each covered cell with its basis as a word', () => {
    renderMatrix();
    expect(
      screen.getByRole('region', { name: 'Coverage of technologies by instruments, as of 2023-01-01' }),
    ).toBeTruthy();
    expect(rowNames()).toEqual(['tech:chips', 'tech:nvidia-h100', 'tech:nvidia-a100', 'tech:model-weights']);
    const heads = screen.getAllByTestId('matrix-row').map((r) => r.querySelector('th')?.textContent);
    expect(heads).toEqual(['AI chips', 'NVIDIA H100', 'NVIDIA A100, "SXM"', 'Model weightsgap']);
    const cell = screen.getByRole('button', { name: 'NVIDIA H100 — US rule of 2022: Named' });
    expect(cell.textContent).toBe('Named');
  });

  it('filters to gaps and by text', async () => {
    renderMatrix();
    await userEvent.click(screen.getByTestId('matrix-gaps-only'));
    expect(rowNames()).toEqual(['tech:model-weights']);
    await userEvent.click(screen.getByTestId('matrix-gaps-only'));
    await userEvent.type(screen.getByTestId('matrix-filter-rows'), 'a100');
    expect(rowNames()).toEqual(['tech:nvidia-a100']);
    expect(screen.getByTestId('matrix-shown').textContent).toBe('1 of 4 technologies, 3 of 3 instruments');
  });

  it('opens a cell’s explanation and closes it', async () => {
    renderMatrix();
    await userEvent.click(screen.getByRole('button', { name: 'NVIDIA H100 — US rule of 2022: Named' }));
    expect(screen.getByTestId('matrix-detail').textContent).toContain('Why US rule of 2022 covers NVIDIA H100');
    await userEvent.click(screen.getByTestId('matrix-detail-close'));
    expect(screen.queryByTestId('matrix-detail')).toBeNull();
  });

  it('reads in Chinese', () => {
    renderMatrix('zh');
    expect(screen.getByRole('button', { name: '英伟达 H100 — 美国 2022 年规则：依据为点名' })).toBeTruthy();
  });
});
