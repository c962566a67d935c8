import { ApiError } from '../api/errors';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CoverageResult } from '../api/client';
import { initialHistory, viewReducer } from '../state/view';
import { coverageReaction } from './coverage/effects';
import { reaction } from './reaction';
import { atlas, initialState } from './store';
import { setAsOf } from './time/actions';
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
    const linked = { ...initialState().history.present, lang: 'zh' as const, nodes: ['t', 'x'], overview: false };
    atlas.setState({ history: initialHistory(linked) });
    const stop = coverageReaction();
    atlas.setState(setPanel({ type: 'coverage', tech: 't' }));
    await vi.waitFor(() => {
      expect(atlas.getState().coverage).toEqual({ tech: 't', lang: 'zh', asOf: null, results: answer });
    });
    expect(fetchCoverage).toHaveBeenCalledTimes(1);
    expect(fetchCoverage.mock.calls[0]?.slice(0, 2)).toEqual(['t', 'zh']);
    // Only the panel is filled: a view restored from a link keeps the nodes it names.
    expect(atlas.getState().history.present.nodes).toEqual(['t', 'x']);
    stop();
  });

  it('asks again, as of the new day, when "as of" moves', async () => {
    fetchCoverage.mockResolvedValue(answer);
    const linked = { ...initialState().history.present, nodes: ['t'], overview: false };
    atlas.setState({ history: initialHistory(linked) });
    const stop = coverageReaction();
    atlas.setState(setPanel({ type: 'coverage', tech: 't' }));
    await vi.waitFor(() => {
      expect(atlas.getState().coverage?.asOf).toBeNull();
    });
    atlas.setState(setAsOf('2022-09-01', '2026-12-02'));
    await vi.waitFor(() => {
      expect(atlas.getState().coverage?.asOf).toBe('2022-09-01');
    });
    expect(fetchCoverage.mock.calls.map((c: unknown[]) => c[2])).toEqual([null, '2022-09-01']);
    stop();
  });

  it('adds the technology to a view that lacks it, so the trace is drawn', async () => {
    fetchCoverage.mockResolvedValue(answer);
    atlas.setState({ history: initialHistory({ ...initialState().history.present, nodes: ['x'], overview: false }) });
    const stop = coverageReaction();
    atlas.setState(setPanel({ type: 'coverage', tech: 't' }));
    await vi.waitFor(() => {
      expect(atlas.getState().history.present.nodes).toContain('t');
    });
    expect(atlas.getState().history.present.selection).toEqual(['t']);
    stop();
  });

  it('keeps a refused answer for the panel, and opens a non-technology instead of tracing it', async () => {
    fetchCoverage.mockRejectedValue(new ApiError('not a technology', 'BAD_USER_INPUT', 200, 'technologyId'));
    atlas.setState({ history: initialHistory({ ...initialState().history.present, nodes: ['x'], overview: false }) });
    const stop = coverageReaction();
    atlas.setState(setPanel({ type: 'coverage', tech: 'regime:w' }));
    await vi.waitFor(() => {
      expect(atlas.getState().linkProblems).toEqual([{ part: 'covNotTechnology', id: 'regime:w' }]);
    });
    const view = atlas.getState().history.present;
    expect([view.panel, view.nodes, view.selection]).toEqual([{ type: 'start' }, ['x', 'regime:w'], ['regime:w']]);
    expect(atlas.getState().failures.coverage).toBeUndefined();

    fetchCoverage.mockRejectedValue(new ApiError('down', 'SERVICE_UNAVAILABLE', 503));
    atlas.setState(setPanel({ type: 'coverage', tech: 'tech:y' }));
    await vi.waitFor(() => {
      expect(atlas.getState().failures.coverage).toEqual({ key: 'tech:y', kind: 'down', argument: null });
    });
    expect(atlas.getState().history.present.panel).toEqual({ type: 'coverage', tech: 'tech:y' });
    stop();
  });

  it('aborts the request when the panel changes before the answer', () => {
    fetchCoverage.mockReturnValue(new Promise(() => undefined));
    const stop = coverageReaction();
    atlas.setState(setPanel({ type: 'coverage', tech: 't' }));
    const signal = fetchCoverage.mock.calls[0]?.[3] as AbortSignal;
    expect(signal.aborted).toBe(false);
    atlas.setState(setPanel({ type: 'outline' }));
    expect(signal.aborted).toBe(true);
    stop();
  });
});
