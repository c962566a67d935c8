// Dates on facts: the validator rejects a malformed date, a date without its own source and a validTo before
// validFrom, naming the entity or relation; the loader writes the dates as given and as the first and last valid day.
import { describe, expect, it } from 'vitest';
import { nodeRow, relationshipRow, upsertNodeStatements } from '../../graph-seed/src/cypher';
import { NO_TRANSLATIONS } from '../../graph-seed/src/translations';
import type { SeedEntity, SeedRelation } from '../../graph-seed/src/schema';
import {
  ENTITIES_FILE,
  entitiesOf,
  find,
  onlyProblem,
  problemsOf,
  RELATIONS_FILE,
  relationsOf,
  reportSource,
  validateFiles,
  validFixture,
} from './helpers/seed-fixture';
import type { Fixture } from './helpers/seed-fixture';
import { validSeedOf } from './helpers/valid-seed';

const supplementary = { doc: 'doc:example', supplementary: true, quote: 'Effective October 7, 2022' };
const dated = (date: unknown, extra: Fixture = {}): Fixture => ({ date, sources: [supplementary], ...extra });

/** The fixture with dates on the GPU entity and on its CONTROLLED_BY relation. */
function withDates(onEntity: Fixture, onRelation: Fixture = {}) {
  const fixture = validFixture();
  Object.assign(find(entitiesOf(fixture, ENTITIES_FILE), 'tech:gpu'), onEntity);
  const controlled = relationsOf(fixture)[1];
  if (controlled === undefined) throw new Error('fixture lost its CONTROLLED_BY relation');
  Object.assign(controlled, onRelation);
  return fixture;
}

const RELATION_LABEL = 'tech:gpu -CONTROLLED_BY-> regime:wassenaar';

describe('dates in the seed', () => {
  it('accepts a year, a month and a day, each with its own sources, on entities and relations', () => {
    const seed = validSeedOf(
      validateFiles(
        withDates(
          { validFrom: dated('2018'), validTo: dated('2023-10', { note: { en: 'Why.', zh: '原因。' } }) },
          { validFrom: dated('2022-10-07', { sources: [reportSource()] }) },
        ),
      ),
    );
    const gpu = seed.entities.find((entity) => entity.id === 'tech:gpu');
    expect(gpu?.validFrom?.date).toBe('2018');
    expect(gpu?.validTo?.note?.en).toBe('Why.');
    expect(seed.relations.find((relation) => relation.type === 'CONTROLLED_BY')?.validFrom?.date).toBe('2022-10-07');
  });

  it.each([
    ['2023-13', '"2023-13" is not an ISO year, month or day'],
    ['2023-02-29', '"2023-02-29" is not an ISO year, month or day'],
    ['17 Oct 2023', '"17 Oct 2023" is not an ISO year, month or day'],
  ])('rejects the malformed date %j on an entity', (date, message) => {
    const problem = onlyProblem((f) => {
      find(entitiesOf(f, ENTITIES_FILE), 'tech:gpu').validFrom = dated(date);
    });
    expect(problem.file).toBe(ENTITIES_FILE);
    expect(problem.entityId).toBe('tech:gpu');
    expect(problem.message).toContain(`validFrom.date: ${message}`);
  });

  it('rejects a year YAML read as a number, saying to quote it', () => {
    const problem = onlyProblem((f) => {
      find(entitiesOf(f, ENTITIES_FILE), 'tech:gpu').validTo = dated(2018);
    });
    expect(problem.entityId).toBe('tech:gpu');
    expect(problem.message).toMatch(/^validTo\.date: must be an ISO year.*quote a year in YAML.*got number 2018$/u);
  });

  it('rejects a date without a source, on an entity and on a relation', () => {
    const problems = problemsOf(
      validateFiles(withDates({ validFrom: { date: '2022' } }, { validTo: { date: '2023', sources: [] } })),
    );
    expect(problems).toEqual([
      { file: ENTITIES_FILE, entityId: 'tech:gpu', message: 'validFrom.sources: required' },
      {
        file: RELATIONS_FILE,
        entityId: RELATION_LABEL,
        message: 'validTo.sources: a date needs its own source: at least one is required',
      },
    ]);
  });

  it("checks a date's sources like any other: a report quote must be in the report", () => {
    const problem = onlyProblem((f) => {
      const controlled = relationsOf(f)[1];
      if (controlled) controlled.validFrom = dated('2022', { sources: [reportSource('报告里没有这句话。')] });
    });
    expect(problem).toEqual({
      file: RELATIONS_FILE,
      entityId: RELATION_LABEL,
      message: 'validFrom.sources[0].quote: not found in the report: "报告里没有这句话。"',
    });
  });

  it('rejects validTo before validFrom, compared at the coarser precision', () => {
    const problem = onlyProblem((f) => {
      const controlled = relationsOf(f)[1];
      if (controlled) Object.assign(controlled, { validFrom: dated('2023-10'), validTo: dated('2023-09-30') });
    });
    expect(problem).toEqual({
      file: RELATIONS_FILE,
      entityId: RELATION_LABEL,
      message:
        'validTo: "2023-09-30" ends before validFrom "2023-10" begins (last day 2023-09-30, first day 2023-10-01)',
    });
    expect(validateFiles(withDates({ validFrom: dated('2023-10-17'), validTo: dated('2023-10') })).ok).toBe(true);
    expect(validateFiles(withDates({ validFrom: dated('2023-10-17'), validTo: dated('2023-10-17') })).ok).toBe(true);
  });
});

const base = {
  name: { en: 'Rule', zh: '规则' },
  summary: { en: 'A rule.', zh: '一项规则。' },
  sources: [{ doc: 'doc:unido-report', section: '序言', quote: '规则', supplementary: false }],
};
const fr = { doc: 'doc:fr', supplementary: true, quote: 'effective' };
const documents = new Map<string, SeedEntity>([
  [
    'doc:fr',
    {
      ...base,
      id: 'doc:fr',
      kind: 'DOCUMENT',
      name: { en: 'Federal Register', zh: '联邦公报' },
      url: 'https://fr.example/',
    },
  ],
]);

describe('dates as the loader writes them', () => {
  it('stores the dates as given, the first and last valid day, and each date with its resolved sources', () => {
    const rule: SeedEntity = {
      ...base,
      id: 'regime:rule',
      kind: 'REGIME',
      validFrom: { date: '2023-10', sources: [fr] },
      validTo: { date: '2025', sources: [fr], note: { en: 'Rescinded.', zh: '已撤销。' } },
    };
    const row = nodeRow(rule, documents);
    expect(row).toMatchObject({
      validFrom: '2023-10',
      validTo: '2025',
      validFromDay: '2023-10-01',
      validToDay: '2025-12-31',
    });
    expect(JSON.parse(row.validityJson ?? 'null')).toEqual({
      validFrom: {
        date: '2023-10',
        sources: [expect.objectContaining({ documentId: 'doc:fr', url: 'https://fr.example/', quote: 'effective' })],
        noteEn: null,
        noteZh: null,
      },
      validTo: {
        date: '2025',
        sources: [expect.objectContaining({ documentId: 'doc:fr', document: 'Federal Register' })],
        noteEn: 'Rescinded.',
        noteZh: '已撤销。',
      },
    });
  });

  it('writes an open end as no property at all, and nothing on an undated fact', () => {
    const relation: SeedRelation = {
      from: 'tech:model-weights',
      type: 'CONTROLLED_BY',
      to: 'regime:rule',
      sources: base.sources,
      validFrom: { date: '2025-01-13', sources: [fr] },
    };
    const { properties } = relationshipRow(relation, documents);
    expect(properties.validFromDay).toBe('2025-01-13');
    expect(Object.keys(properties)).not.toContain('validTo');
    expect(Object.keys(properties)).not.toContain('validToDay');
    const undated = nodeRow({ ...base, id: 'tech:gpu', kind: 'TECHNOLOGY' }, documents);
    expect(Object.keys(undated).filter((key) => key.startsWith('valid'))).toEqual([]);
  });

  it('turns the day strings into Neo4j dates in the upsert', () => {
    const [statement] = upsertNodeStatements({
      entities: [{ ...base, id: 'regime:rule', kind: 'REGIME' }],
      relations: [],
      version: 'v',
      translations: NO_TRANSLATIONS,
    });
    expect(statement?.cypher).toContain('n.validFromDay = date(row.validFromDay)');
    expect(statement?.cypher).toContain('n.validToDay = date(row.validToDay)');
  });
});
