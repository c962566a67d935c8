/**
 * Random, realistic inputs for the scale benchmark, drawn (seeded) from the generated graph itself: what a person
 * types into search (an English word prefix, two Chinese characters, a whole name, a misspelt word), entity ids
 * for details and coverage, the hubs for the neighbourhood, and pairs of ids for paths. Synthetic entities come
 * from the generator (so no scan of a million nodes is needed); the hubs are asked of the database.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { SyntheticGraph } from '../../graph-seed/src/gen/graph';
import { hash32, sfc32 } from '../../graph-seed/src/gen/prng';
import type { SeedEntity } from '../../graph-seed/src/schema';

/** Search texts by what they exercise: whole English names, two Chinese characters, prefixes, typos. */
export type SearchInputs = Readonly<Record<'en' | 'zh' | 'prefix' | 'fuzzy', readonly string[]>>;

export interface Inputs {
  readonly search: SearchInputs;
  readonly ids: readonly string[];
  readonly technologyIds: readonly string[];
  readonly hubs: readonly string[];
  readonly pairs: readonly (readonly [string, string])[];
}

/** A word with one letter dropped, as a typo: what the fuzzy branch of search is for. */
function misspell(word: string, u: number): string {
  const at = 1 + Math.floor(u * (word.length - 2));
  return `${word.slice(0, at)}${word.slice(at + 1)}`;
}

export async function drawInputs(graph: SyntheticGraph, driver: Driver, count: number): Promise<Inputs> {
  const draw = sfc32(hash32(graph.options.seed, 0xbe7c));
  const entityAt = (): SeedEntity => {
    const index = Math.floor(draw() * graph.options.nodes);
    return graph.real.entities[index] ?? graph.entity(index);
  };
  const sample = Array.from({ length: count }, entityAt);
  const words = (entity: SeedEntity) => entity.name.en.split(/\s+/u).filter((word) => /^[A-Za-z]{5,}$/u.test(word));
  const technologies: string[] = [];
  while (technologies.length < count) {
    const entity = entityAt();
    if (entity.kind === 'TECHNOLOGY') technologies.push(entity.id);
  }
  const { records } = await driver.executeQuery(
    'MATCH (n:Entity) WITH n, COUNT { (n)--() } AS degree ORDER BY degree DESC LIMIT 10 RETURN n.id AS id',
    {},
    { routing: neo4j.routing.READ },
  );
  return {
    search: {
      en: sample.map((entity) => entity.name.en),
      zh: sample.map((entity) => Array.from(entity.name.zh).slice(0, 2).join('')),
      prefix: sample.map((entity, i) => entity.name.en.slice(0, 3 + (i % 4))),
      fuzzy: sample.flatMap(words).map((word) => misspell(word, draw())),
    },
    ids: sample.map((entity) => entity.id),
    technologyIds: technologies,
    hubs: records.map((record) => String(record.get('id'))),
    pairs: sample.map((entity) => [entity.id, entityAt().id] as const),
  };
}
