/**
 * The generator's entry points without the command line: argument checking and one call that writes a graph,
 * shared by `npm run gen` and `npm run bench:scale`.
 */
import os from 'node:os';
import path from 'node:path';
import type { Seed } from '../schema';
import { SyntheticGraph, type GenOptions } from './graph';
import { writeBulkFormat } from './writeBulk';
import { writeSeedFormat, type WriteResult } from './writeSeed';

export const GEN_FORMATS = ['seed', 'bulk'] as const;
export type GenFormat = (typeof GEN_FORMATS)[number];

export interface GenRequest extends GenOptions {
  readonly out: string;
  readonly format: GenFormat;
}

/** Relationships per entity when --rels is not given: the target, 5M for 1M entities. */
export const DEFAULT_RELS_PER_NODE = 5;

/** Bumped whenever the generator's output changes, so a cached graph of an older shape is never reused. */
export const GENERATOR_VERSION = 5;

/** Where a graph goes by default: keyed by everything that decides its content, so it can be reused. */
export function defaultOut(options: GenOptions, format: GenFormat, seedVersion: string): string {
  const key = `${format}-g${GENERATOR_VERSION}-n${options.nodes}-r${options.rels}-s${options.seed}-${seedVersion.slice(0, 12)}`;
  return path.join(os.tmpdir(), 'atlas-gen', key);
}

function positiveInt(name: string, raw: string | undefined): number | { error: string } | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw.replaceAll('_', ''));
  return Number.isSafeInteger(value) && value >= 0
    ? value
    : { error: `--${name} must be a whole number, got "${raw}"` };
}

/** Checks the command line; `out` is relative to the caller's directory, or empty for defaultOut. */
export function parseGenArgs(values: {
  nodes?: string | undefined;
  rels?: string | undefined;
  seed?: string | undefined;
  out?: string | undefined;
  format?: string | undefined;
}): (GenOptions & { out: string; format: GenFormat }) | { error: string } {
  const nodes = positiveInt('nodes', values.nodes);
  const rels = positiveInt('rels', values.rels);
  const seed = positiveInt('seed', values.seed);
  for (const value of [nodes, rels, seed]) if (typeof value === 'object') return value;
  if (typeof nodes !== 'number') return { error: '--nodes is required' };
  const format = values.format ?? 'seed';
  if (!(GEN_FORMATS as readonly string[]).includes(format)) {
    return { error: `--format must be ${GEN_FORMATS.join(' or ')}, got "${format}"` };
  }
  return {
    nodes,
    rels: typeof rels === 'number' ? rels : nodes * DEFAULT_RELS_PER_NODE,
    seed: typeof seed === 'number' ? seed : 1,
    out: values.out ?? '',
    format: format as GenFormat,
  };
}

/** Writes the graph; an empty `out` means defaultOut. */
export function generate(real: Seed, request: GenRequest, realDataDir: string): WriteResult & { out: string } {
  const graph = new SyntheticGraph(real, request);
  const out = request.out === '' ? defaultOut(request, request.format, real.version) : request.out;
  const written = request.format === 'seed' ? writeSeedFormat(graph, realDataDir, out) : writeBulkFormat(graph, out);
  return { ...written, out };
}
