// Every property key the seed uses, on entities and relations, has a label in both languages in the domain module.
import { beforeAll, describe, expect, it } from 'vitest';
import { hasPropertyLabel, PROPERTY_LABELS } from '#domain';
import { formatProblem, readAndValidateSeed } from '../../graph-seed/src/index';
import type { Seed } from '../../graph-seed/src/schema';

let seed: Seed;

// Reading and validating the whole seed can take seconds on a busy machine.
beforeAll(async () => {
  const result = await readAndValidateSeed();
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  seed = result.seed;
}, 60_000);

describe('property labels of the seed', () => {
  it('labels every property key the seed uses in English and Chinese', () => {
    const keys = new Set<string>();
    for (const item of [...seed.entities, ...seed.relations])
      for (const key of Object.keys(item.properties ?? {})) keys.add(key);
    expect(keys.size).toBeGreaterThan(10);
    expect([...keys].filter((key) => !hasPropertyLabel(key))).toEqual([]);
    for (const key of keys) {
      const label = PROPERTY_LABELS[key as keyof typeof PROPERTY_LABELS];
      expect(label.en, key).not.toBe(key);
      expect(label.zh, key).toMatch(/[\u4e00-\u9fff]/u);
    }
  });
});
