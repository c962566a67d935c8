// Facts of the real seed that the review of issue 10 settled: a product inherits no use or control from its
// category unless a source says so of the product, weapons software is not placed under the EU dual-use
// regulation, who applies the chip controls is cited, and every control measure says how far it reaches.
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblem, readAndValidateSeed } from '../../graph-seed/src/index';
import type { Seed } from '../../graph-seed/src/schema';

let seed: Seed;
const has = (from: string, type: string, to: string) =>
  seed.relations.some((r) => r.from === from && r.type === type && r.to === to);
const relation = (from: string, type: string, to: string) =>
  seed.relations.find((r) => r.from === from && r.type === type && r.to === to);

beforeAll(async () => {
  const result = await readAndValidateSeed();
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  seed = result.seed;
});

describe('the reviewed seed', () => {
  it('keeps category uses on the category, not on the products the report names as examples', () => {
    for (const product of ['tech:nvidia-a100', 'tech:nvidia-h100', 'tech:amd-mi300']) {
      expect(has(product, 'USED_FOR', 'app:weapons-optimization'), product).toBe(false);
    }
    for (const product of ['tech:gpt-4', 'tech:llama', 'tech:deepseek-llm']) {
      expect(has(product, 'USED_FOR', 'app:cbw-development-assistance'), product).toBe(false);
    }
    expect(has('tech:gpu', 'USED_FOR', 'app:weapons-optimization')).toBe(true);
    expect(has('tech:llm', 'USED_FOR', 'app:cbw-development-assistance')).toBe(true);
  });

  it('states a product-level control only from a source that names the product', () => {
    const h100 = relation('tech:nvidia-h100', 'CONTROLLED_BY', 'measure:semiconductor-export-restrictions');
    expect(h100?.sources.every((s) => s.supplementary && s.quote?.includes('H100'))).toBe(true);
    expect(has('tech:amd-mi300', 'CONTROLLED_BY', 'measure:semiconductor-export-restrictions')).toBe(false);
  });

  it('places weapons software under the EU Common Military List, not the dual-use regulation', () => {
    expect(has('tech:weapons-development-software', 'CONTROLLED_BY', 'regime:eu-dual-use-regulation')).toBe(false);
    expect(has('tech:weapons-development-software', 'CONTROLLED_BY', 'regime:eu-common-military-list')).toBe(true);
    const software = seed.entities.find((e) => e.id === 'tech:weapons-development-software');
    expect(software?.note?.en).toContain('2021/821');
  });

  it('gives no category a single maker and no open-source framework an end-use control', () => {
    expect(has('tech:lithography-machines', 'DEVELOPED_BY', 'org:asml')).toBe(false);
    expect(has('tech:asml-lithography-systems', 'DEVELOPED_BY', 'org:asml')).toBe(true);
    expect(has('tech:distributed-training-frameworks', 'CONTROLLED_BY', 'measure:licensing-end-use-controls')).toBe(
      false,
    );
    expect(has('doc:supp-pytorch-website', 'PUBLISHED_BY', 'org:pytorch-foundation')).toBe(true);
  });

  it('says who applies the chip restrictions, and gives every measure a scope', () => {
    expect(has('jur:us', 'EMPLOYS', 'measure:semiconductor-export-restrictions')).toBe(true);
    expect(has('agency:bis', 'ADMINISTERS', 'measure:semiconductor-export-restrictions')).toBe(true);
    const measures = seed.entities.filter((e) => e.kind === 'CONTROL_MEASURE');
    expect(measures).toHaveLength(10);
    for (const measure of measures) {
      expect(['GENERAL', 'SPECIFIC'], measure.id).toContain(measure.scope);
      expect(measure.scopeNote?.en.length, measure.id).toBeGreaterThan(10);
    }
    const specific = measures.filter((m) => m.scope === 'SPECIFIC').map((m) => m.id);
    expect(specific.sort()).toEqual([
      'measure:cloud-remote-access-controls',
      'measure:model-weight-transfer-restrictions',
      'measure:semiconductor-export-restrictions',
    ]);
  });

  it('has the entities the review found missing, each with a source', () => {
    for (const id of [
      'event:deepseek-case',
      'tech:smartphones',
      'treaty:ccw',
      'agency:ccw-gge-laws',
      'agency:unoda',
      'res:unesco-recommendation-ethics-ai-2021',
      'doc:ceb-2019-1-add-3',
      'jur:coalitions-of-the-willing',
    ]) {
      expect(seed.entities.find((e) => e.id === id)?.sources.length, id).toBeGreaterThan(0);
    }
    const deepseek = seed.entities.find((e) => e.id === 'event:deepseek-case');
    expect([deepseek?.name.en, deepseek?.name.zh]).toEqual(['DeepSeek case', 'DeepSeek 案例']);
  });
});
