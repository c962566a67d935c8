import { describe, expect, it } from 'vitest';
import {
  actorRole,
  coverageReason,
  FINDING_MESSAGE,
  generalMeasure,
  groupCoverage,
  type CoverageBasis,
  type CoverageItemLike,
  type CoverageNode,
} from './coverage';

const node = (id: string, kind: string, en: string, zh: string, scope?: string): CoverageNode => ({
  id,
  kind,
  nameEn: en,
  nameZh: zh,
  scope: scope ?? null,
});

const h100 = node('tech:h100', 'TECHNOLOGY', 'NVIDIA H100', '英伟达 H100');
const gpu = node('tech:gpu', 'TECHNOLOGY', 'GPUs', '图形处理器');
const hardware = node('tech:hw', 'TECHNOLOGY', 'AI hardware', '人工智能硬件');
const chips = node('measure:chips', 'CONTROL_MEASURE', 'Chip export restrictions', '芯片出口限制', 'SPECIFIC');
const lists = node('measure:lists', 'CONTROL_MEASURE', 'Control lists', '管制清单', 'GENERAL');
const wassenaar = node('regime:wa', 'REGIME', 'Wassenaar Arrangement', '瓦森纳安排');
const unsc = node('regime:unsc', 'REGIME', 'UN Security Council sanctions', '安理会制裁');
const us = node('jur:us', 'JURISDICTION', 'United States', '美国');
const uk = node('jur:uk', 'JURISDICTION', 'United Kingdom', '英国');

function item(basis: CoverageBasis, nodes: CoverageNode[], types: string[]): CoverageItemLike {
  const instrument = nodes.at(-1) ?? h100;
  return {
    basis,
    instrument,
    path: { length: types.length, nodes, edges: types.map((type) => ({ type })) },
    appliedBy: [],
  };
}

const named = item('NAMED', [h100, chips], ['CONTROLLED_BY']);
const category = item('CATEGORY', [h100, gpu, chips], ['EXAMPLE_OF', 'CONTROLLED_BY']);
const generalSelf = item('GENERAL', [h100, gpu, hardware, lists], ['EXAMPLE_OF', 'SUBTYPE_OF', 'CONTROLLED_BY']);
const generalRegime = item(
  'GENERAL',
  [h100, gpu, hardware, lists, unsc],
  ['EXAMPLE_OF', 'SUBTYPE_OF', 'CONTROLLED_BY', 'EMPLOYS'],
);

describe('groupCoverage', () => {
  it('puts NAMED and CATEGORY under "covered by" and GENERAL apart, strongest and shortest first', () => {
    // Deliberately out of order: the API's order is not relied on.
    const groups = groupCoverage([generalRegime, category, generalSelf, named]);
    expect(groups.covered.map((x) => [x.item.basis, x.index])).toEqual([
      ['NAMED', 3],
      ['CATEGORY', 1],
    ]);
    expect(groups.general.map((x) => [x.item.path.length, x.index])).toEqual([
      [3, 2],
      [4, 0],
    ]);
  });

  it('keeps the API order for equal basis and length', () => {
    const a = item('NAMED', [h100, chips], ['CONTROLLED_BY']);
    const b = item('NAMED', [h100, wassenaar], ['CONTROLLED_BY']);
    expect(groupCoverage([a, b]).covered.map((x) => x.item.instrument.id)).toEqual(['measure:chips', 'regime:wa']);
  });

  it('states a finding: nothing covers it, only general measures do, or only measures are said to', () => {
    expect(groupCoverage([]).finding).toBe('none');
    expect(groupCoverage([generalSelf, generalRegime]).finding).toBe('generalOnly');
    // The H100 as the data has it: a named chip measure, and regimes only through control lists.
    expect(groupCoverage([named, generalSelf, generalRegime]).finding).toBe('measuresOnly');
    const regimeNamed = item('NAMED', [h100, wassenaar], ['CONTROLLED_BY']);
    expect(groupCoverage([named, regimeNamed, generalRegime]).finding).toBeNull();
    expect(FINDING_MESSAGE.generalOnly).toBe('findingGeneralOnly');
  });
});

describe('coverageReason', () => {
  it('says a named control is stated of the technology itself', () => {
    expect(coverageReason(named, 'en')).toBe(
      'Named: the source places NVIDIA H100 itself under Chip export restrictions.',
    );
    expect(coverageReason(named, 'zh')).toBe('明确指明：出处称芯片出口限制管制英伟达 H100本身。');
  });

  it('names the category and how the technology belongs to it', () => {
    expect(coverageReason(category, 'en')).toBe(
      'Category: the source places GPUs under Chip export restrictions, with NVIDIA H100 as one example.',
    );
    expect(coverageReason(category, 'zh')).toBe('所属类别：芯片出口限制管制图形处理器，英伟达 H100是其实例。');
    const subtype = item('CATEGORY', [gpu, hardware, chips], ['SUBTYPE_OF', 'CONTROLLED_BY']);
    expect(coverageReason(subtype, 'en')).toBe(
      'Category: the source places AI hardware under Chip export restrictions, with GPUs as one subtype.',
    );
    const twoSteps = item('CATEGORY', [h100, gpu, hardware, chips], ['EXAMPLE_OF', 'SUBTYPE_OF', 'CONTROLLED_BY']);
    expect(coverageReason(twoSteps, 'en')).toBe(
      'Category: the source places AI hardware under Chip export restrictions, a broader category that includes NVIDIA H100.',
    );
  });

  it('names the measure when a regime covers the technology by employing it', () => {
    const viaNamed = item('NAMED', [h100, chips, wassenaar], ['CONTROLLED_BY', 'EMPLOYS']);
    expect(coverageReason(viaNamed, 'en')).toBe(
      'Named: the source places NVIDIA H100 itself under Chip export restrictions, employed by Wassenaar Arrangement.',
    );
    const viaCategory = item('CATEGORY', [h100, gpu, chips, wassenaar], ['EXAMPLE_OF', 'CONTROLLED_BY', 'EMPLOYS']);
    expect(coverageReason(viaCategory, 'zh')).toBe(
      '所属类别：瓦森纳安排采用芯片出口限制，该措施管制图形处理器，英伟达 H100是其实例。',
    );
  });

  it('says a GENERAL item is reached only through the general measure', () => {
    expect(coverageReason(generalRegime, 'en')).toBe('Only through the general measure Control lists.');
    expect(coverageReason(generalRegime, 'zh')).toBe('仅经由一般性措施“管制清单”。');
    expect(coverageReason(generalSelf, 'en')).toBe('Only through the general measure Control lists itself.');
    expect(coverageReason(generalSelf, 'zh')).toBe('仅经由一般性措施“管制清单”本身。');
  });

  it('finds the general measure by its scope, or else the last measure on the path', () => {
    expect(generalMeasure(generalRegime).id).toBe('measure:lists');
    const unmarked = { ...lists, scope: null };
    const noScope = item('GENERAL', [h100, chips, unmarked, unsc], ['CONTROLLED_BY', 'X', 'EMPLOYS']);
    expect(generalMeasure(noScope).id).toBe('measure:lists');
  });
});

describe('actorRole', () => {
  const actor = (role: string, nodes: CoverageNode[]) => ({
    role,
    entity: nodes[0] ?? us,
    path: { length: nodes.length - 1, nodes },
  });

  it('reads each role as a verb phrase in both languages', () => {
    expect(actorRole(actor('ADMINISTERS', [us, chips]), 'en')).toBe('administers it');
    expect(actorRole(actor('ADMINISTERS', [us, chips]), 'zh')).toBe('主管');
    expect(actorRole(actor('ADOPTED_BY', [us, wassenaar]), 'en')).toBe('adopted it');
    expect(actorRole(actor('MEMBER_OF', [uk, wassenaar]), 'en')).toBe('is a member');
  });

  it('names the regime or treaty in between on a two-step path', () => {
    expect(actorRole(actor('MEMBER_OF', [uk, wassenaar, lists]), 'en')).toBe(
      'is a member of Wassenaar Arrangement, which employs it',
    );
    expect(actorRole(actor('MEMBER_OF', [uk, wassenaar, lists]), 'zh')).toBe('是瓦森纳安排的成员，后者采用本措施');
  });

  it('falls back to the vocabulary verb for a role it does not know', () => {
    expect(actorRole(actor('LAUNCHED_BY', [us, chips]), 'en')).toBe('was launched by');
    expect(actorRole(actor('NO_SUCH_ROLE', [us, wassenaar, chips]), 'en')).toBe('no such role Wassenaar Arrangement');
  });
});
