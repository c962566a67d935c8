/**
 * The real graph's shape, measured from the validated seed at the start of every run: how many entities of each
 * kind, how many relationships of each type between each pair of kinds, and the pool of real sources. The
 * generator draws from these proportions, so the synthetic graph follows the seed as the seed grows, and every
 * (type, from kind, to kind) it writes occurs in the validated seed, so domain and range hold by construction.
 */
import type { Seed, SeedSource } from '../schema';
import { ENTITY_KINDS } from '#domain';
import type { EntityKind, RelationType } from '#domain';

export interface TypePair {
  readonly type: RelationType;
  readonly from: EntityKind;
  readonly to: EntityKind;
  /** How many relationships of the seed have this type and these end kinds. */
  readonly count: number;
}

export interface GraphProfile {
  readonly kindCounts: ReadonlyMap<EntityKind, number>;
  readonly typePairs: readonly TypePair[];
  /** Every distinct source the seed cites (report quotes and supplementary ones), reused on synthetic items. */
  readonly sources: readonly SeedSource[];
  /** Share of entities with English and with Chinese aliases. */
  readonly aliasShare: { readonly en: number; readonly zh: number };
  /** Share of items that cite a second source. */
  readonly secondSourceShare: number;
}

export function measureProfile(seed: Seed): GraphProfile {
  const kindOf = new Map(seed.entities.map((entity) => [entity.id, entity.kind]));
  const kindCounts = new Map<EntityKind, number>(ENTITY_KINDS.map((kind) => [kind, 0]));
  for (const entity of seed.entities) kindCounts.set(entity.kind, (kindCounts.get(entity.kind) ?? 0) + 1);

  const pairs = new Map<string, TypePair>();
  for (const relation of seed.relations) {
    const from = kindOf.get(relation.from);
    const to = kindOf.get(relation.to);
    if (from === undefined || to === undefined) throw new Error(`dangling relation in a validated seed`);
    const key = `${relation.type} ${from} ${to}`;
    const count = (pairs.get(key)?.count ?? 0) + 1;
    pairs.set(key, { type: relation.type, from, to, count });
  }

  const sources = new Map<string, SeedSource>();
  let items = 0;
  let withSecond = 0;
  for (const item of [...seed.entities, ...seed.relations]) {
    items++;
    if (item.sources.length > 1) withSecond++;
    for (const source of item.sources) sources.set(JSON.stringify(source), source);
  }
  const share = (count: number) => (seed.entities.length === 0 ? 0 : count / seed.entities.length);
  return {
    kindCounts,
    // Sorted so that the draw does not depend on the order of the seed files.
    typePairs: [...pairs.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, pair]) => pair),
    sources: [...sources.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, source]) => source),
    aliasShare: {
      en: share(seed.entities.filter((entity) => (entity.aliases?.en?.length ?? 0) > 0).length),
      zh: share(seed.entities.filter((entity) => (entity.aliases?.zh?.length ?? 0) > 0).length),
    },
    secondSourceShare: items === 0 ? 0 : withSecond / items,
  };
}
