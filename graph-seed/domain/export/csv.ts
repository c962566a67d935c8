/**
 * CSV export (RFC 4180): a nodes file and an edges file. Fields are quoted when they hold a comma, a double quote,
 * a CR or an LF (inner quotes doubled); records end with CRLF. Sources are flattened to one readable field
 * (`document § section fn.N: "quote" <url>`, several joined by " | "). Column names suit Gephi's spreadsheet import
 * (id/label for nodes, source/target for edges).
 */
import type { Lang } from '../lang';
import { entityName } from '../naming';
import { relationLabel } from '../relations';
import { formatSources } from './text';
import type { ExportGraph } from './types';

export type CsvValue = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** Which language the `label` columns use; default English. */
  readonly lang?: Lang;
  /** Start each file with a UTF-8 byte-order mark, which Excel needs to read Chinese correctly; default false. */
  readonly bom?: boolean;
}

export interface CsvFiles {
  readonly nodesCsv: string;
  readonly edgesCsv: string;
}

export const NODE_COLUMNS = [
  'id',
  'label',
  'kind',
  'nameEn',
  'nameZh',
  'aliases',
  'summaryEn',
  'summaryZh',
  'url',
  'sources',
] as const;
export const EDGE_COLUMNS = ['id', 'source', 'target', 'label', 'relationType', 'sources'] as const;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

export function csvRecord(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export function toCsv(graph: ExportGraph, options: CsvOptions = {}): CsvFiles {
  const lang = options.lang ?? 'en';
  const bom = options.bom ? '\uFEFF' : '';
  const nodes = [
    csvRecord(NODE_COLUMNS),
    ...graph.nodes.map((n) =>
      csvRecord([
        n.id,
        entityName(n, lang),
        n.kind,
        n.nameEn,
        n.nameZh,
        n.aliases.join(' | '),
        n.summaryEn,
        n.summaryZh,
        n.url,
        formatSources(n.sources, lang),
      ]),
    ),
  ];
  const edges = [
    csvRecord(EDGE_COLUMNS),
    ...graph.edges.map((e) =>
      csvRecord([e.id, e.from, e.to, relationLabel(e.type, 'OUT', lang), e.type, formatSources(e.sources, lang)]),
    ),
  ];
  return { nodesCsv: bom + nodes.join(''), edgesCsv: bom + edges.join('') };
}
