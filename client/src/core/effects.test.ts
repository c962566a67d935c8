import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CoverageResult } from '../api/client';
import { initialHistory, viewReducer } from '../state/view';
import { coverageReaction } from './coverage/effects';
import { reaction } from './reaction';
import { atlas, initialState } from './store';
import { setPanel } from './view/actions';

const fetchCoverage = vi.hoisted(() => vi.fn());
vi.mock('../api/client', () => ({ fetchCoverage }));

afterEach(() => {
  atlas.setState(initialState(), true);
  fetchCoverage.mockReset();
});

const tech = { id: 't', kind: 'TECHNOLOGY', nameEn: 'T', nameZh: 'T', scope: null, scopeNote: null };
const answer = [
  { basis: 'NAMED', instrument: tech, path: { length: 0, nodes: [tech], edges: [] }, appliedBy: [] },
] as unknown as CoverageResult[];

describe('reactions', () => {
  it('run when the selected value changes, cleaning up the previous run first', () => {
    const log: string[] = [];
    const stop = reaction(
      atlas,
      (s) => s.history.present.layout,
      (layout) => {
        log.push(`start ${layout}`);
        return () => log.push(`stop ${layout}`);
      },
    );
    atlas.setState({ focusedPath: 3 });
    atlas.setState((s) => ({ history: viewReducer(s.history, { type: 'setLayout', layout: 'dagre' }) }));
    stop();
    expect(log).toEqual(['start fcose', 'stop fcose', 'start dagre', 'stop dagre']);
  });
});

describe('the coverage panel restored from a link', () => {
  it('fetches the coverage it shows, once, in the view’s language', async () => {
    fetchCoverage.mockResolvedValue(answer);
    atlas.setState({ history: initialHistory({ ...initialState().history.present, lang: 'zh' }) });
    const stop = coverageReaction();
    atlas.setState(setPanel({ type: 'coverage', tech: 't' }));
    await vi.waitFor(() => {
      expect(atlas.getState().coverage).toEqual({ tech: 't', lang: 'zh', results: answer });
    });
    expect(fetchCoverage).toHaveBeenCalledTimes(1);
    expect(fetchCoverage.mock.calls[0]?.slice(0, 2)).toEqual(['t', 'zh']);
    // Only the panel is filled: a view restored from a link keeps the nodes it names.
    expect(atlas.getState().history.present.nodes).toEqual([]);
    stop();
  });

  it('aborts the request when the panel changes before the answer', () => {
    fetchCoverage.mockReturnValue(new Promise(() => undefined));
    const stop = coverageReaction();
    atlas.setState(setPanel({ type: 'coverage', tech: 't' }));
    const signal = fetchCoverage.mock.calls[0]?.[2] as AbortSignal;
    expect(signal.aborted).toBe(false);
    atlas.setState(setPanel({ type: 'outline' }));
    expect(signal.aborted).toBe(true);
    stop();
  });
});
