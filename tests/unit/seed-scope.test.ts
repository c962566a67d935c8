// A control measure's scope travels from the seed to the node the loader writes, so the API can tell a coverage
// reached only through a general measure (control lists, licensing) from one through a specific measure.
import { describe, expect, it } from 'vitest';
import { nodeRow } from '../../graph-seed/src/cypher';
import type { SeedEntity } from '../../graph-seed/src/schema';

const base = {
  name: { en: 'Control lists', zh: '管制清单' },
  summary: { en: 'Lists.', zh: '清单。' },
  sources: [{ doc: 'doc:unido-report', section: '序言', quote: '管制清单', supplementary: false }],
};

describe('the stored scope of a control measure', () => {
  it('is written on the measure node with its reason in both languages', () => {
    const measure: SeedEntity = {
      ...base,
      id: 'measure:control-lists',
      kind: 'CONTROL_MEASURE',
      scope: 'GENERAL',
      scopeNote: { en: 'A mechanism for items of every kind.', zh: '适用于各类物项的机制。' },
    };
    expect(nodeRow(measure, new Map())).toMatchObject({
      scope: 'GENERAL',
      scopeNoteEn: 'A mechanism for items of every kind.',
      scopeNoteZh: '适用于各类物项的机制。',
    });
  });

  it('is absent from every other kind', () => {
    const technology: SeedEntity = { ...base, id: 'tech:gpu', kind: 'TECHNOLOGY' };
    const row = nodeRow(technology, new Map());
    expect(Object.keys(row)).not.toContain('scope');
    expect(Object.keys(row)).not.toContain('scopeNoteEn');
  });
});
