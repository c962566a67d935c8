/**
 * The graph as the serializers see it: plain data, the same whether it comes from the whole database (the
 * `npm run export` command) or from the explorer's current view in the browser. Everything in this folder is pure
 * (no Node APIs), so the client imports it too.
 */
import type { Source } from '../source';
import type { EntityKind } from '../vocabulary';

export interface ExportNode {
  readonly id: string;
  readonly kind: EntityKind;
  readonly nameEn: string;
  readonly nameZh: string;
  readonly summaryEn: string | null;
  readonly summaryZh: string | null;
  /** Every alias, English then Chinese. */
  readonly aliases: readonly string[];
  readonly url: string | null;
  readonly sources: readonly Source[];
  readonly noteEn?: string | null;
  readonly noteZh?: string | null;
  /** The aliases by language, when known (the whole-graph export has them; the browser's view may not). */
  readonly aliasesEn?: readonly string[];
  readonly aliasesZh?: readonly string[];
  /** Typed properties the report gives (a year, a number of participating states…). */
  readonly properties?: Readonly<Record<string, unknown>>;
  /** Control measures only: GENERAL or SPECIFIC, and why. */
  readonly scope?: string | null;
  readonly scopeNoteEn?: string | null;
  readonly scopeNoteZh?: string | null;
  /** When the fact holds, as written in the seed (validity.ts), and each date with its sources (JSON). */
  readonly validFrom?: string | null;
  readonly validTo?: string | null;
  readonly validityJson?: string | null;
}

export interface ExportEdge {
  /** The relationship id, `<from>|<TYPE>|<to>` for the seed's relationships. */
  readonly id: string;
  /** Relationship type from the vocabulary, e.g. CONTROLLED_BY. */
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly sources: readonly Source[];
  readonly noteEn?: string | null;
  readonly noteZh?: string | null;
  readonly properties?: Readonly<Record<string, unknown>>;
  readonly validFrom?: string | null;
  readonly validTo?: string | null;
  readonly validityJson?: string | null;
}

export interface ExportGraph {
  readonly nodes: readonly ExportNode[];
  readonly edges: readonly ExportEdge[];
  /** The seed's data version (content hash), when known. */
  readonly version?: string | null;
  /** When that seed was loaded (ISO 8601), when known. */
  readonly loadedAt?: string | null;
}
