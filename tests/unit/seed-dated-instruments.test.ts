// The dated instruments of the real seed: each carries an official citation, a start date with its own source and
// a note quoting the report's words, and their dates support the questions asked as of a date (the H100 before and
// after the October 2022 rule, model weights only while the AI Diffusion Rule was in force).
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblem, readAndValidateSeed, readReport } from '../../graph-seed/src/index';
import type { Report } from '../../graph-seed/src/index';
import { quoteOccurs } from '../../graph-seed/src/report';
import type { Seed, SeedDated, SeedEntity, SeedRelation } from '../../graph-seed/src/schema';
import { validOn } from '#domain';

let seed: Seed;
let report: Report;

beforeAll(async () => {
  const result = await readAndValidateSeed();
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  seed = result.seed;
  report = readReport();
});

const INSTRUMENTS = [
  'regime:us-advanced-computing-sme-rule-2022',
  'regime:us-advanced-computing-rule-2023',
  'regime:us-sme-rule-2023',
  'regime:us-fdpr-sme-hbm-rule-2024',
  'regime:us-ai-diffusion-rule-2025',
  'regime:nl-advanced-semiconductor-equipment-regulation-2023',
];

function entity(id: string): SeedEntity {
  const found = seed.entities.find((e) => e.id === id);
  if (!found) throw new Error(`the seed has no ${id}`);
  return found;
}

function relation(from: string, type: string, to: string): SeedRelation {
  const found = seed.relations.find((r) => r.from === from && r.type === type && r.to === to);
  if (!found) throw new Error(`the seed has no ${from} -${type}-> ${to}`);
  return found;
}

/** The fact's ends as written, which is what the validity rule reads. */
const ends = (item: { validFrom?: SeedDated; validTo?: SeedDated }) => ({
  validFrom: item.validFrom?.date,
  validTo: item.validTo?.date,
});
const validAt = (item: { validFrom?: SeedDated; validTo?: SeedDated }, day: string) => validOn(ends(item), day);

/** Text inside double quotes of either width: the report's words a note quotes. */
const quotedIn = (text: string) => [...text.matchAll(/["“]([^"”]+)["”]/gu)].map((match) => match[1] ?? '');

describe('the dated instruments', () => {
  it.each(INSTRUMENTS)('%s has an official citation, a sourced start date and a note quoting the report', (id) => {
    const instrument = entity(id);
    expect(instrument.kind).toBe('REGIME');
    expect(instrument.url).toMatch(
      /^https:\/\/(www\.federalregister\.gov|www\.govinfo\.gov|zoek\.officielebekendmakingen\.nl)\//u,
    );
    const citation = instrument.properties ?? {};
    expect(citation.citation ?? citation.documentNumber ?? citation.officialGazette).toBeDefined();
    expect(instrument.validFrom?.sources.every((source) => source.supplementary)).toBe(true);
    const reportWords = quotedIn(instrument.note?.zh ?? '').filter((quote) => quoteOccurs(report, quote));
    expect(reportWords.length, `${id}: note.zh quotes no sentence of the report`).toBeGreaterThan(0);
    expect(
      relation(
        id,
        'EMPLOYS',
        id.includes('ai-diffusion')
          ? 'measure:model-weight-transfer-restrictions'
          : 'measure:semiconductor-export-restrictions',
      ),
    ).toBeDefined();
  });

  it('gives every relation of an instrument that reaches a technology or measure the dates of its instrument', () => {
    for (const id of INSTRUMENTS) {
      const dated = seed.relations.filter(
        (r) => (r.to === id && r.type === 'CONTROLLED_BY') || (r.from === id && r.type === 'EMPLOYS'),
      );
      expect(dated.length, id).toBeGreaterThan(0);
      for (const r of dated) expect(ends(r), `${r.from} -${r.type}-> ${r.to}`).toEqual(ends(entity(id)));
    }
  });
});

describe('what the dates answer', () => {
  it('the October 2022 rule reaches the H100 through the chip measure from 7 October 2022, not before', () => {
    const rule = entity('regime:us-advanced-computing-sme-rule-2022');
    const employs = relation(rule.id, 'EMPLOYS', 'measure:semiconductor-export-restrictions');
    const h100 = relation('tech:nvidia-h100', 'CONTROLLED_BY', 'measure:semiconductor-export-restrictions');
    for (const item of [rule, employs]) {
      expect(validAt(item, '2022-09-01')).toBe(false);
      expect(validAt(item, '2022-10-06')).toBe(false);
      expect(validAt(item, '2022-10-07')).toBe(true);
      expect(validAt(item, '2023-01-01')).toBe(true);
    }
    expect(validAt(h100, '2023-01-01')).toBe(true);
  });

  it('the H100 licence requirement itself dates from 26 August 2022', () => {
    const h100 = relation('tech:nvidia-h100', 'CONTROLLED_BY', 'measure:semiconductor-export-restrictions');
    expect(validAt(h100, '2022-08-25')).toBe(false);
    expect(validAt(h100, '2022-08-26')).toBe(true);
  });

  it('the AI Diffusion Rule controls model weights from 13 January to 12 May 2025 only', () => {
    const rule = entity('regime:us-ai-diffusion-rule-2025');
    const weights = relation('tech:model-weights', 'CONTROLLED_BY', rule.id);
    for (const item of [rule, weights]) {
      expect(validAt(item, '2025-01-12')).toBe(false);
      expect(validAt(item, '2025-01-13')).toBe(true);
      expect(validAt(item, '2025-05-12')).toBe(true);
      expect(validAt(item, '2025-05-13')).toBe(false);
    }
  });

  it('dates the instruments the report itself names', () => {
    expect(entity('regime:us-ecra').validFrom?.date).toBe('2018-08-13');
    expect(entity('res:a-res-78-265').validFrom?.date).toBe('2024-03-21');
    expect(entity('res:a-res-79-239').validFrom?.date).toBe('2024-12-24');
    const meeting = entity('event:unsc-ai-debate-2023-07');
    expect(ends(meeting)).toEqual({ validFrom: '2023-07-18', validTo: '2023-07-18' });
  });
});
