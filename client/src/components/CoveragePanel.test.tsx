// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CoverageResult } from '../api/client';
import type { CoverageBasis, EntityKind } from '../api/gql/graphql';
import { coverageLoaded } from '../core/coverage/actions';
import { atlas, initialState, type AtlasState } from '../core/store';
import { initialHistory } from '../state/view';
import { source } from '../test/fixtures';
import { renderWithAtlas } from '../test/render';
import { CoveragePanel } from './CoveragePanel';

const entity = (id: string, kind: EntityKind, nameEn: string, nameZh: string, scope: 'GENERAL' | null = null) => ({
  id,
  kind,
  nameEn,
  nameZh,
  scope,
  scopeNote: scope ? 'Lists cover whatever they name.' : null,
});

const h100 = entity('tech:h100', 'TECHNOLOGY', 'NVIDIA H100', '英伟达 H100');
const chips = entity('measure:chips', 'CONTROL_MEASURE', 'Chip export rules', '芯片出口规则');
const wassenaar = entity('regime:wa', 'REGIME', 'Wassenaar Arrangement', '瓦森纳安排');
const lists = entity('measure:lists', 'CONTROL_MEASURE', 'Control lists', '管制清单', 'GENERAL');
const us = entity('jur:us', 'JURISDICTION', 'United States', '美国');

function result(basis: CoverageBasis, nodes: (typeof h100)[], applied = false): CoverageResult {
  const edges = nodes.slice(1).map((n, i) => ({
    id: `${nodes[i]?.id ?? ''}>${n.id}`,
    type: 'CONTROLLED_BY',
    from: nodes[i]?.id ?? '',
    to: n.id,
    note: null,
    sources: [source],
  }));
  const instrument = nodes[nodes.length - 1] ?? h100;
  return {
    basis,
    instrument,
    path: { length: edges.length, nodes, edges },
    appliedBy: applied
      ? [
          {
            role: 'IMPLEMENTS',
            entity: us,
            path: {
              length: 1,
              nodes: [us, instrument],
              edges: [
                {
                  ...edges[0],
                  id: 'us-impl',
                  from: us.id,
                  to: instrument.id,
                  type: 'IMPLEMENTS',
                  note: null,
                  sources: [source],
                },
              ],
            },
          },
        ]
      : [],
  };
}

const results = [
  result('NAMED', [h100, chips], true),
  result('NAMED', [h100, chips, wassenaar]),
  result('GENERAL', [h100, lists]),
];

function traced(): Partial<AtlasState> {
  const start = { ...initialState(), history: initialHistory() };
  return { ...start, ...coverageLoaded(h100.id, 'en', results, 'new')(start) };
}

describe('the coverage view', () => {
  it('says what covers the technology, with "may fall within" collapsed apart', async () => {
    const user = userEvent.setup();
    renderWithAtlas(<CoveragePanel tech={h100.id} />, { state: traced() });

    expect(screen.getByRole('heading', { level: 2, name: 'What covers NVIDIA H100?' })).toBeDefined();
    const covered = screen.getByRole('region', { name: /Covered by/ });
    const titles = within(covered)
      .getAllByRole('button', { pressed: false })
      .map((b) => b.textContent);
    expect(titles).toEqual(['Chip export rules', 'Wassenaar Arrangement']);
    expect(within(covered).getByText(/1 step$/)).toBeDefined();
    expect(within(covered).getByText(/2 steps$/)).toBeDefined();
    expect(within(covered).getByRole('button', { name: 'United States' })).toBeDefined();

    const toggle = screen.getByRole('button', { name: /May fall within/, expanded: false });
    const note = screen.getByText('Control lists', { selector: 'strong' });
    expect(note.closest('[hidden]')).not.toBeNull();
    await user.click(toggle);
    expect(screen.getByRole('button', { name: /May fall within/, expanded: true })).toBe(toggle);
    expect(note.closest('[hidden]')).toBeNull();
  });

  it('draws one result alone when its title is clicked, and all again with "show all"', async () => {
    const user = userEvent.setup();
    renderWithAtlas(<CoveragePanel tech={h100.id} />, { state: traced() });
    const showAll = screen.getByRole('button', { name: 'Highlight all' });
    expect(showAll.getAttribute('aria-pressed')).toBe('true');

    const title = screen.getByRole('button', { name: 'Wassenaar Arrangement', pressed: false });
    await user.click(title);
    expect(title.getAttribute('aria-pressed')).toBe('true');
    expect(showAll.getAttribute('aria-pressed')).toBe('false');
    expect(atlas.getState().focusedPath).toBe(1);

    await user.click(showAll);
    expect(atlas.getState().focusedPath).toBeNull();
    expect(title.getAttribute('aria-pressed')).toBe('false');
  });

  it('opens an actor named in a result', async () => {
    const user = userEvent.setup();
    renderWithAtlas(<CoveragePanel tech={h100.id} />, { state: traced() });
    await user.click(screen.getByRole('button', { name: 'United States' }));
    const view = atlas.getState().history.present;
    expect(view.nodes).toContain(us.id);
    expect(view.selection).toEqual([us.id]);
  });

  it('shows loading until the answer is there, and says so when nothing covers the technology', () => {
    const { unmount } = renderWithAtlas(<CoveragePanel tech={h100.id} />);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    unmount();
    const start = initialState();
    renderWithAtlas(<CoveragePanel tech={h100.id} />, {
      state: { ...start, ...coverageLoaded(h100.id, 'en', [], 'restore')(start) },
    });
    expect(screen.getByTestId('coverage-finding').textContent).toMatch(
      /No regime, treaty or measure in the atlas covers/,
    );
    expect(screen.queryAllByRole('listitem')).toEqual([]);
  });
});
