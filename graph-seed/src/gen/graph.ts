/**
 * The synthetic graph: the real seed plus generated entities and relationships of the same shape, any size.
 * Entity `i` is computed from (seed, i) alone, so any entity (or just its id) can be produced without the others,
 * and relationships are produced one at a time: a writer streams millions of them without holding them.
 * Layout of the global indices: the real entities first (in seed order), then one block per kind, sized by the
 * kind's share of the real seed. Endpoints are drawn with a heavy skew toward the start of each block and a share
 * toward the real entities, which gives long-tailed degrees and a few hubs with tens of thousands of neighbours
 * at a million entities.
 */
import type { Seed, SeedEntity, SeedRelation, SeedSource } from '../schema';
import { KeySet } from './keySet';
import { syntheticNames } from './names';
import { cumulativeOf, hash32, pickWeighted, sfc32 } from './prng';
import { measureProfile, type GraphProfile } from './profile';
import { ENTITY_KINDS, KIND_ID_PREFIX, RELATION_TYPE_NAMES } from '#domain';
import type { EntityKind, RelationType } from '#domain';

export interface GenOptions {
  /** Entities in all, the real seed's included. */
  readonly nodes: number;
  /** Relationships in all, the real seed's included. */
  readonly rels: number;
  readonly seed: number;
}

/** Share of relationship ends drawn among the real entities of the kind (the seed's own hubs). */
const REAL_END_SHARE = 0.1;
/** Endpoint skew: index = count × u^SKEW, a power-law tail of degrees; larger means bigger hubs. */
const SKEW = 3;
/**
 * Hierarchy types, whose `from` end is the narrower thing. A broad category has many narrower ones, but a narrower
 * one has few broader ones (an H100 is an example of GPUs, not of a thousand categories), so their `from` end is
 * drawn uniformly among the synthetic entities, without skew: hubs of these types are hubs of incoming links only,
 * as in the real seed.
 */
const NARROWER_FROM_TYPES: ReadonlySet<RelationType> = new Set<RelationType>(['EXAMPLE_OF', 'SUBTYPE_OF']);

/** A synthetic relationship and the indexes of its ends (`idOf(from)` is `relation.from`). */
export interface IndexedRelation {
  readonly relation: SeedRelation;
  readonly from: number;
  readonly to: number;
}

interface Block {
  readonly kind: EntityKind;
  readonly start: number;
  readonly count: number;
}

/** Splits `total` by `weights` with the largest-remainder method, so the parts add up exactly. */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (sum === 0 ? 0 : (total * weight) / sum));
  const parts = exact.map(Math.floor);
  const order = exact
    .map((value, index) => ({ index, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest);
  const missing = total - parts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) {
    const index = order[k % order.length]?.index ?? 0;
    parts[index] = (parts[index] ?? 0) + 1;
  }
  return parts;
}

export class SyntheticGraph {
  readonly profile: GraphProfile;
  readonly realCount: number;
  private readonly blocks: readonly Block[];
  private readonly realByKind: ReadonlyMap<EntityKind, readonly number[]>;
  private readonly realIndex: ReadonlyMap<string, number>;

  constructor(
    readonly real: Seed,
    readonly options: GenOptions,
  ) {
    if (!Number.isInteger(options.nodes) || options.nodes < real.entities.length) {
      throw new Error(`--nodes must be an integer of at least ${real.entities.length} (the real seed's entities)`);
    }
    if (!Number.isInteger(options.rels) || options.rels < real.relations.length) {
      throw new Error(`--rels must be an integer of at least ${real.relations.length} (the real seed's relationships)`);
    }
    if (options.nodes * options.nodes * RELATION_TYPE_NAMES.length >= Number.MAX_SAFE_INTEGER) {
      throw new Error('--nodes is too large for the duplicate check');
    }
    this.profile = measureProfile(real);
    this.realCount = real.entities.length;
    const counts = apportion(
      options.nodes - this.realCount,
      ENTITY_KINDS.map((kind) => this.profile.kindCounts.get(kind) ?? 0),
    );
    let start = this.realCount;
    this.blocks = ENTITY_KINDS.map((kind, index) => {
      const block = { kind, start, count: counts[index] ?? 0 };
      start += block.count;
      return block;
    });
    const byKind = new Map<EntityKind, number[]>(ENTITY_KINDS.map((kind) => [kind, []]));
    real.entities.forEach((entity, index) => byKind.get(entity.kind)?.push(index));
    this.realByKind = byKind;
    this.realIndex = new Map(real.entities.map((entity, index) => [entity.id, index]));
  }

  get syntheticRelationCount(): number {
    return this.options.rels - this.real.relations.length;
  }

  private blockOf(index: number): Block {
    for (const block of this.blocks) if (index < block.start + block.count) return block;
    throw new Error(`no entity ${index}`);
  }

  kindOf(index: number): EntityKind {
    const real = this.real.entities[index];
    return real === undefined ? this.blockOf(index).kind : real.kind;
  }

  idOf(index: number): string {
    const real = this.real.entities[index];
    if (real !== undefined) return real.id;
    const kind = this.blockOf(index).kind;
    const names = syntheticNames(kind, index, sfc32(hash32(this.options.seed, index)));
    return `${KIND_ID_PREFIX[kind]}:${names.slug}`;
  }

  /** One or two real sources, as often as the seed cites a second one. */
  private sourcesFor(draw: () => number): SeedSource[] {
    const pool = this.profile.sources;
    const first = pool[Math.floor(draw() * pool.length)];
    const second = pool[Math.floor(draw() * pool.length)];
    if (first === undefined) throw new Error('the seed cites no sources');
    return draw() < this.profile.secondSourceShare && second !== undefined && second !== first
      ? [first, second]
      : [first];
  }

  /** Synthetic entity `index` (realCount ≤ index < nodes). */
  entity(index: number): SeedEntity {
    const kind = this.blockOf(index).kind;
    const draw = sfc32(hash32(this.options.seed, index));
    const names = syntheticNames(kind, index, draw);
    const aliasesEn = draw() < this.profile.aliasShare.en ? [names.acronym] : [];
    const aliasesZh = draw() < this.profile.aliasShare.zh ? [names.shortZh] : [];
    const entity: SeedEntity = {
      id: `${KIND_ID_PREFIX[kind]}:${names.slug}`,
      kind,
      name: { en: names.en, zh: names.zh },
      summary: { en: names.summaryEn, zh: names.summaryZh },
      sources: this.sourcesFor(draw),
    };
    const extra: Partial<SeedEntity> = {};
    if (aliasesEn.length > 0 || aliasesZh.length > 0) {
      extra.aliases = {
        ...(aliasesEn.length > 0 ? { en: aliasesEn } : {}),
        ...(aliasesZh.length > 0 ? { zh: aliasesZh } : {}),
      };
    }
    if (kind === 'APPLICATION') {
      extra.properties = { domain: ['military', 'civilian', 'dual'][Math.floor(draw() * 3)] ?? 'dual' };
    }
    if (kind === 'EVENT' || kind === 'RESOLUTION') extra.properties = { year: 1990 + Math.floor(draw() * 36) };
    if (kind === 'CONTROL_MEASURE') {
      const general = draw() < 0.5;
      extra.scope = general ? 'GENERAL' : 'SPECIFIC';
      extra.scopeNote = general
        ? { en: 'A mechanism that applies to items of every kind.', zh: '适用于各类物项的机制。' }
        : { en: 'Aimed at named technologies.', zh: '针对特定技术。' };
    }
    if (kind === 'DOCUMENT') extra.url = `https://example.org/documents/${names.slug}`;
    return { ...entity, ...extra };
  }

  *entities(): Generator<SeedEntity> {
    for (let index = this.realCount; index < this.options.nodes; index++) yield this.entity(index);
  }

  /**
   * An entity of `kind`: a real one REAL_END_SHARE of the time (or when the kind has no synthetic block); a
   * `narrower` end is a synthetic one drawn uniformly (see NARROWER_FROM_TYPES).
   */
  private endpoint(kind: EntityKind, draw: () => number, narrower = false): number {
    const real = this.realByKind.get(kind) ?? [];
    const block = this.blocks.find((b) => b.kind === kind);
    if (narrower && block !== undefined && block.count > 0) return block.start + Math.floor(block.count * draw());
    if (block === undefined || block.count === 0 || (real.length > 0 && draw() < REAL_END_SHARE)) {
      const index = real[Math.floor(draw() ** 2 * real.length)];
      if (index === undefined) throw new Error(`no entity of kind ${kind}`);
      return index;
    }
    return block.start + Math.floor(block.count * draw() ** SKEW);
  }

  /** The synthetic relationships (see indexedRelations). */
  *relations(): Generator<SeedRelation> {
    for (const { relation } of this.indexedRelations()) yield relation;
  }

  /** A real entity's index in the graph (real entities come first, in the seed's order). */
  realIndexOf(id: string): number {
    const index = this.realIndex.get(id);
    if (index === undefined) throw new Error(`no real entity ${id}`);
    return index;
  }

  /**
   * The synthetic relationships, one at a time, with their ends' indexes. Self-loops and duplicates (of each other
   * and of the seed's) are redrawn; if the kinds are too small to hold `rels` distinct relationships, fewer are
   * produced.
   */
  *indexedRelations(): Generator<IndexedRelation> {
    const { nodes, seed } = this.options;
    const typeCount = RELATION_TYPE_NAMES.length;
    const typeIndex = new Map<RelationType, number>(RELATION_TYPE_NAMES.map((type, index) => [type, index]));
    const keyOf = (from: number, type: RelationType, to: number) =>
      (from * nodes + to) * typeCount + (typeIndex.get(type) ?? 0);
    const seen = new KeySet(this.options.rels);
    for (const relation of this.real.relations) {
      seen.add(keyOf(this.realIndex.get(relation.from) ?? 0, relation.type, this.realIndex.get(relation.to) ?? 0));
    }
    const pairs = this.profile.typePairs;
    const cumulative = cumulativeOf(pairs.map((pair) => pair.count));
    const draw = sfc32(hash32(seed, -1));
    const wanted = this.syntheticRelationCount;
    let written = 0;
    for (let attempt = 0; written < wanted && attempt < wanted * 20 + 1000; attempt++) {
      const pair = pairs[pickWeighted(cumulative, draw())];
      if (pair === undefined) throw new Error('the seed has no relationships');
      const from = this.endpoint(pair.from, draw, NARROWER_FROM_TYPES.has(pair.type));
      const to = this.endpoint(pair.to, draw);
      if (from === to || !seen.add(keyOf(from, pair.type, to))) continue;
      written++;
      yield {
        relation: { from: this.idOf(from), type: pair.type, to: this.idOf(to), sources: this.sourcesFor(draw) },
        from,
        to,
      };
    }
  }
}
