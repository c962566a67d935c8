// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mergeSubgraphs } from '../core/graph/actions';
import { selectGraph } from '../core/selectors';
import { atlas, initialState } from '../core/store';
import { DRAW_STEP } from '../state/drawCap';
import { initialHistory, viewReducer } from '../state/view';
import { renderWithAtlas } from '../test/render';
import { Notices } from './Notices';

/** A view of `n` unrelated entities. */
function bigView(n: number) {
  const ids = Array.from({ length: n }, (_, i) => `n${String(i)}`);
  const { data } = mergeSubgraphs(initialState().data, [
    { nodes: ids.map((id) => ({ id, kind: 'AGENCY' as const, nameEn: id, nameZh: id })), edges: [] },
  ]);
  return { data, history: viewReducer(initialHistory(), { type: 'replaceNodes', ids }) };
}

describe('the draw-limit notice', () => {
  it('says how much of a large view is drawn, in each language, and draws more when asked', async () => {
    const limit = 40;
    renderWithAtlas(<Notices />, { state: { ...bigView(limit + DRAW_STEP / 2), drawLimit: limit } });
    expect(screen.getByTestId('draw-cap').textContent).toContain(
      `Drawing 40 of the ${(limit + DRAW_STEP / 2).toLocaleString('en')} entities`,
    );
    await userEvent.click(screen.getByTestId('draw-more'));
    expect(atlas.getState().drawLimit).toBe(limit + DRAW_STEP);
    expect(selectGraph(atlas.getState()).undrawn).toBe(0);
    expect(screen.queryByTestId('draw-cap')).toBeNull();
  });

  it('is absent when the whole view is drawn', () => {
    renderWithAtlas(<Notices />, { state: bigView(10) });
    expect(screen.queryByTestId('draw-cap')).toBeNull();
  });

  it('speaks Chinese', () => {
    renderWithAtlas(<Notices />, { state: { ...bigView(50), drawLimit: 20 }, lang: 'zh' });
    expect(screen.getByTestId('draw-cap').textContent).toContain('此视图共有 50 个实体');
    expect(screen.getByTestId('draw-cap').textContent).toContain('只绘制其中 20 个');
  });
});
