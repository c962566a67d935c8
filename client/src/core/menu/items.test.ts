import { describe, expect, it } from 'vitest';
import { makeI18n } from '../../i18n/I18n';
import { initialHistory, viewReducer } from '../../state/view';
import { linksLoaded, mergeSubgraphs } from '../graph/actions';
import { groupId } from '../graph/groups';
import { initialState, type AtlasState } from '../store';
import { menuFor, type Menu } from './items';

const h100 = { id: 'tech:h100', kind: 'TECHNOLOGY', nameEn: 'NVIDIA H100', nameZh: '英伟达 H100' };
const rules = { id: 'measure:chips', kind: 'CONTROL_MEASURE', nameEn: 'Chip rules', nameZh: '芯片规则' };
const nvidia = { id: 'org:nvidia', kind: 'ORGANIZATION', nameEn: 'NVIDIA', nameZh: '英伟达' };
const bis = { id: 'agency:bis', kind: 'AGENCY', nameEn: 'BIS', nameZh: '工业与安全局' };
const en = makeI18n('en');

/** H100 and the chip rules in view; H100's relationships (to the rules and to NVIDIA) known. */
function viewing(extra: Partial<AtlasState> = {}): AtlasState {
  const start = initialState();
  const { data } = mergeSubgraphs(start.data, [
    { nodes: [h100, rules, bis], edges: [{ id: 'r1', type: 'CONTROLLED_BY', from: h100.id, to: rules.id }] },
  ]);
  const history = viewReducer(initialHistory(), { type: 'replaceNodes', ids: [h100.id, rules.id, bis.id] });
  const state = { ...start, data, history, ...extra };
  const links = [
    { id: 'r1', type: 'CONTROLLED_BY', direction: 'OUT' as const, other: rules },
    { id: 'r2', type: 'MADE_BY', direction: 'OUT' as const, other: nvidia },
  ];
  return { ...state, ...linksLoaded([{ node: h100, links }], [])(state) };
}

const byKey = (menu: Menu | null, key: string) => menu?.items.find((i) => i.key === key);

describe('the context menu items', () => {
  it('offers a technology every action, with its relationship types and counts in the "by type" submenu', () => {
    const menu = menuFor({ type: 'node', id: h100.id }, viewing(), en);
    expect(menu?.label).toBe('Actions for NVIDIA H100');
    expect(menu?.items.map((i) => i.key)).toEqual([
      'expand',
      'expand-type',
      'expand-depth2',
      'paths',
      'coverage',
      'hide',
      'pin',
      'select-neighbours',
    ]);
    expect(byKey(menu, 'expand')).toEqual({
      key: 'expand',
      label: 'Expand',
      command: { type: 'expand', id: h100.id, types: null, depth: 1 },
    });
    expect(byKey(menu, 'expand-type')?.submenu).toEqual([
      {
        key: 'type-CONTROLLED_BY',
        label: 'is controlled by (1 of 1)',
        disabled: 'All its neighbours are shown.',
        command: { type: 'expand', id: h100.id, types: ['CONTROLLED_BY'], depth: 1 },
      },
      {
        key: 'type-MADE_BY',
        label: 'made by (0 of 1)',
        command: { type: 'expand', id: h100.id, types: ['MADE_BY'], depth: 1 },
      },
    ]);
    expect(byKey(menu, 'expand-depth2')?.command).toEqual({ type: 'expand', id: h100.id, types: null, depth: 2 });
    expect(byKey(menu, 'coverage')).toEqual({
      key: 'coverage',
      label: 'Coverage',
      command: { type: 'coverage', id: h100.id },
    });
    expect(byKey(menu, 'pin')?.label).toBe('Pin');
    expect(byKey(menu, 'select-neighbours')?.command).toEqual({ type: 'select', ids: [h100.id, rules.id] });
  });

  it('says why what cannot be done is disabled', () => {
    const state = viewing();
    const other = menuFor({ type: 'node', id: bis.id }, state, en);
    expect(byKey(other, 'coverage')?.disabled).toBe('Coverage is traced for technologies only.');
    expect(byKey(other, 'expand')?.disabled).toBe('Its relationships are still loading.');
    expect(byKey(other, 'select-neighbours')?.disabled).toBe('None of its neighbours is shown.');
    const pinned = { ...state, history: viewReducer(state.history, { type: 'pin', ids: [h100.id], pinned: true }) };
    expect(byKey(menuFor({ type: 'node', id: h100.id }, pinned, en), 'pin')).toMatchObject({
      label: 'Unpin',
      command: { type: 'pin', id: h100.id, pinned: false },
    });
  });

  it('speaks Chinese in Chinese', () => {
    const menu = menuFor({ type: 'node', id: h100.id }, viewing(), makeI18n('zh'));
    expect(menu?.label).toBe('英伟达 H100 的操作');
    expect(byKey(menu, 'expand-depth2')?.label).toBe('展开到第 2 层');
  });

  it('offers a relationship its ends, hiding it and its sources, and the view its hidden relationships', () => {
    const menu = menuFor({ type: 'edge', id: 'r1' }, viewing(), en);
    expect(menu?.label).toBe('Actions for the relationship “is controlled by”');
    expect(menu?.items.map((i) => i.command)).toEqual([
      { type: 'select', ids: [h100.id, rules.id] },
      { type: 'hideEdge', id: 'r1' },
      { type: 'showSources', id: 'r1' },
    ]);
    expect(menuFor({ type: 'edge', id: 'r1' }, viewing({ hiddenEdges: ['r1'] }), en)).toBeNull();
    expect(byKey(menuFor({ type: 'canvas' }, viewing(), en), 'show-edges')?.disabled).toBe(
      'No relationship is hidden.',
    );
    expect(byKey(menuFor({ type: 'canvas' }, viewing({ hiddenEdges: ['r1'] }), en), 'show-edges')).toEqual({
      key: 'show-edges',
      label: 'Show 1 hidden relationship',
      command: { type: 'showEdges' },
    });
  });

  it('opens a group of leaves, and has nothing for what is gone', () => {
    const id = groupId(h100.id, 'AGENCY');
    const base = viewing();
    const groups = [{ id, anchor: h100.id, kind: 'AGENCY', members: ['a1', 'a2'] }];
    const state = { ...base, history: { ...base.history, groups } };
    expect(menuFor({ type: 'node', id }, state, en)).toEqual({
      label: 'Agency: 2 more',
      items: [{ key: 'open-group', label: 'Show these 2', command: { type: 'openGroup', id } }],
    });
    expect(menuFor({ type: 'node', id: 'nothing' }, state, en)).toBeNull();
    expect(menuFor({ type: 'node', id: groupId('x', 'AGENCY') }, state, en)).toBeNull();
  });
});
