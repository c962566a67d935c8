// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { BilingualEntity } from '../../api/bilingual';
import { entityQuery } from '../../api/client';
import { linksLoaded, mergeSubgraphs } from '../../core/graph/actions';
import { atlas, initialState, type AtlasState } from '../../core/store';
import { initialHistory, viewReducer } from '../../state/view';
import { source } from '../../test/fixtures';
import { renderWithAtlas } from '../../test/render';
import { DetailPanel } from './DetailPanel';

const h100 = { id: 'tech:h100', kind: 'TECHNOLOGY' as const, nameEn: 'NVIDIA H100', nameZh: '英伟达 H100' };
const chips = {
  id: 'measure:chips',
  kind: 'CONTROL_MEASURE' as const,
  nameEn: 'Chip export rules',
  nameZh: '芯片出口规则',
};
const nvidia = { id: 'org:nvidia', kind: 'ORGANIZATION' as const, nameEn: 'NVIDIA', nameZh: '英伟达' };

const detail: BilingualEntity = {
  ...h100,
  summaryEn: 'A data-centre GPU.',
  summaryZh: '数据中心 GPU。',
  noteEn: null,
  noteZh: null,
  aliases: ['H100'],
  url: null,
  properties: [{ key: 'process', value: '4 nm' }],
  sources: [source],
  relations: [
    {
      id: 'r1',
      type: 'CONTROLLED_BY',
      direction: 'OUT',
      labelEn: 'is controlled by',
      labelZh: '受…管制',
      noteEn: null,
      noteZh: null,
      other: chips,
      sources: [source],
    },
    {
      id: 'r2',
      type: 'MADE_BY',
      direction: 'OUT',
      labelEn: 'is made by',
      labelZh: '由…制造',
      noteEn: null,
      noteZh: null,
      other: nvidia,
      sources: [],
    },
  ],
};

/** H100 and the chip rules in view, H100's relationships known, the given ids selected. */
function viewing(selection: string[]): Partial<AtlasState> {
  const start = initialState();
  const { data } = mergeSubgraphs(start.data, [
    { nodes: [h100, chips], edges: [{ id: 'r1', type: 'CONTROLLED_BY', from: h100.id, to: chips.id }] },
  ]);
  const links = detail.relations.map((r) => ({ id: r.id, type: r.type, direction: r.direction, other: r.other }));
  const history = [
    { type: 'replaceNodes', ids: [h100.id, chips.id] } as const,
    { type: 'select', ids: selection } as const,
  ].reduce(viewReducer, initialHistory());
  const state = { ...start, data, history };
  return { ...state, ...linksLoaded([{ node: h100, links }], [])(state) };
}

const chipsDetail: BilingualEntity = {
  ...detail,
  ...chips,
  summaryEn: null,
  summaryZh: null,
  aliases: [],
  properties: [],
  relations: [],
};

const cached = [
  [entityQuery(h100.id, 'en').queryKey, detail],
  [entityQuery(chips.id, 'en').queryKey, chipsDetail],
] as const;

describe('the detail panel', () => {
  it('invites a selection when nothing is selected', () => {
    renderWithAtlas(<DetailPanel />);
    expect(screen.getByRole('complementary', { name: 'Details' }).textContent).toMatch(/Select/);
  });

  it('shows what the atlas says of the selected entity, with its sources and relationships', () => {
    renderWithAtlas(<DetailPanel />, { state: viewing([h100.id]), queries: cached });
    expect(screen.getByRole('heading', { level: 2, name: 'NVIDIA H100' })).toBeDefined();
    expect(screen.getByText('英伟达 H100')).toBeDefined();
    expect(screen.getByText('A data-centre GPU.')).toBeDefined();
    expect(screen.getByText('4 nm')).toBeDefined();
    const sources = screen.getByRole('region', { name: 'Sources' });
    expect(within(sources).getAllByRole('listitem')).toHaveLength(1);
    expect(sources.textContent).toMatch(/Advanced chips are controlled/);
    const relations = screen.getByRole('region', { name: /Relationships/ });
    expect(within(relations).getByRole('button', { name: 'Chip export rules' }).title).toBe('in view');
    expect(within(relations).getByRole('button', { name: 'NVIDIA' }).title).toBe('Add to the view and select');
  });

  it('acts on the entity: pin, expand by type, hide', async () => {
    const user = userEvent.setup();
    renderWithAtlas(<DetailPanel />, { state: viewing([h100.id]), queries: cached });

    await user.click(screen.getByRole('button', { name: 'Pin', pressed: false }));
    expect(atlas.getState().history.present.pinned).toEqual([h100.id]);
    expect(screen.getByRole('button', { name: 'Unpin', pressed: true })).toBeDefined();

    const expand = screen.getByRole('region', { name: 'Expand by relationship' });
    expect(within(expand).getByRole('button', { name: /All relationships 1 of 2 shown/ })).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Hide' }));
    expect(atlas.getState().history.present.nodes).toEqual([chips.id]);
  });

  it('lists several selected entities, and selects one of them on click', async () => {
    const user = userEvent.setup();
    renderWithAtlas(<DetailPanel />, { state: viewing([h100.id, chips.id]), queries: cached });
    expect(screen.getByRole('heading', { level: 2, name: '2 selected' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Paths between these two' })).toBeDefined();
    const list = screen.getByRole('list');
    await user.click(within(list).getByRole('button', { name: /Chip export rules/ }));
    expect(atlas.getState().history.present.selection).toEqual([chips.id]);
    expect(screen.getByTestId('detail-node')).toBeDefined();
  });

  it('reads a selected relationship as a sentence', () => {
    renderWithAtlas(<DetailPanel />, { state: viewing(['r1']), queries: cached });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('is controlled by');
    expect(screen.getByRole('button', { name: 'NVIDIA H100' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Chip export rules' })).toBeDefined();
    expect(screen.getByRole('region', { name: 'Sources' }).textContent).toMatch(/Advanced chips are controlled/);
  });
});
