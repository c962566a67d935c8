import { describe, expect, it } from 'vitest';
import { localCoverage, localEntity, localPath, type BilingualEntity } from './bilingual';
import type { CoverageQuery, EdgeFieldsFragment } from './gql/graphql';

const ref = { id: 'tech:h100', kind: 'TECHNOLOGY' as const, nameEn: 'H100', nameZh: 'H100 芯片' };
const edge: EdgeFieldsFragment = {
  id: 'e1',
  type: 'CONTROLS',
  from: 'measure:chips',
  to: 'tech:h100',
  noteEn: 'Named in the rule.',
  noteZh: '规则中列明。',
  sources: [],
};

describe('answers read in one language', () => {
  it('reads an entity, its relationships and their notes in either language from the same answer', () => {
    const entity: BilingualEntity = {
      ...ref,
      summaryEn: 'A GPU.',
      summaryZh: '一种 GPU。',
      noteEn: null,
      noteZh: '更正',
      aliases: [],
      url: null,
      properties: [],
      sources: [],
      relations: [
        {
          id: 'r1',
          type: 'CONTROLLED_BY',
          direction: 'OUT',
          labelEn: 'is controlled by',
          labelZh: '受…管制',
          noteEn: 'A note.',
          noteZh: null,
          other: ref,
          sources: [],
        },
      ],
    };
    const en = localEntity(entity, 'en');
    const zh = localEntity(entity, 'zh');
    expect([en.summary, en.note, en.relations[0]?.label, en.relations[0]?.note]).toEqual([
      'A GPU.',
      null,
      'is controlled by',
      'A note.',
    ]);
    expect([zh.summary, zh.note, zh.relations[0]?.label, zh.relations[0]?.note]).toEqual([
      '一种 GPU。',
      '更正',
      '受…管制',
      null,
    ]);
    expect(zh).not.toHaveProperty('summaryEn');
    expect(zh.relations[0]).not.toHaveProperty('labelEn');
  });

  it('reads the notes of a path and of a coverage item, down to who applies it', () => {
    const path = { length: 1, throughCitations: false, nodes: [ref], edges: [edge] };
    expect(localPath(path, 'zh').edges[0]?.note).toBe('规则中列明。');
    expect(localPath(path, 'en').edges[0]).toEqual({
      id: 'e1',
      type: 'CONTROLS',
      from: 'measure:chips',
      to: 'tech:h100',
      note: 'Named in the rule.',
      sources: [],
    });
    const item: CoverageQuery['coverage'][number] = {
      basis: 'GENERAL',
      instrument: ref,
      path: {
        length: 1,
        nodes: [{ ...ref, scope: 'GENERAL', scopeNoteEn: 'General scope.', scopeNoteZh: '一般范围。' }],
        edges: [edge],
      },
      appliedBy: [{ role: 'ADMINISTERS', entity: ref, path: { length: 1, nodes: [ref], edges: [edge] } }],
    };
    const zh = localCoverage(item, 'zh');
    expect(zh.path.nodes[0]?.scopeNote).toBe('一般范围。');
    expect(zh.path.edges[0]?.note).toBe('规则中列明。');
    expect(zh.appliedBy[0]?.path.edges[0]?.note).toBe('规则中列明。');
    expect(localCoverage(item, 'en').path.nodes[0]?.scopeNote).toBe('General scope.');
  });
});
