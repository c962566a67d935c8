/**
 * `--format seed`: the synthetic graph in the seed's own format, a data directory the validator and the loader
 * read as they read graph-seed/data. It holds a copy of the real seed (so the report, the documents and the
 * translations that synthetic sources cite are there) plus `synthetic/` files of at most FILE_ITEMS items each.
 * Meant for small graphs: YAML is slow to read and the seed loader writes in one transaction.
 */
import { cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { SeedEntity, SeedRelation } from '../schema';
import type { SyntheticGraph } from './graph';
import { TextSink } from './sink';

const FILE_ITEMS = 5000;

export interface WriteResult {
  readonly nodes: number;
  readonly relationships: number;
  readonly bytes: number;
}

/** Writes `items` under `key:` into numbered files `<dir>/<prefix>-NNN.yaml`. */
function writeChunked(
  items: Iterable<SeedEntity | SeedRelation>,
  dir: string,
  prefix: string,
  key: 'entities' | 'relations',
): { count: number; bytes: number } {
  let sink: TextSink | undefined;
  let count = 0;
  let bytes = 0;
  const close = () => {
    if (sink) {
      sink.close();
      bytes += sink.bytes;
    }
  };
  for (const item of items) {
    if (count % FILE_ITEMS === 0) {
      close();
      sink = new TextSink(path.join(dir, `${prefix}-${String(count / FILE_ITEMS).padStart(3, '0')}.yaml`));
      sink.write(`${key}:\n`);
    }
    // A block sequence may sit at the key's own indentation, so each item is written as a one-item list.
    sink?.write(YAML.stringify([item], { lineWidth: 0 }));
    count++;
  }
  close();
  return { count, bytes };
}

export function writeSeedFormat(graph: SyntheticGraph, realDataDir: string, out: string): WriteResult {
  mkdirSync(out, { recursive: true });
  cpSync(realDataDir, out, { recursive: true });
  const dir = path.join(out, 'synthetic');
  mkdirSync(dir, { recursive: true });
  const entities = writeChunked(graph.entities(), dir, 'entities', 'entities');
  const relations = writeChunked(graph.relations(), dir, 'relations', 'relations');
  return {
    nodes: graph.realCount + entities.count,
    relationships: graph.real.relations.length + relations.count,
    bytes: entities.bytes + relations.bytes,
  };
}
