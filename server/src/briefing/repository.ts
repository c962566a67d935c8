/** Reads what a briefing needs from Neo4j and turns it into the pure document builder's input. */
import type { Db } from '../db/driver';
import type { EdgeRecord, EntityRecord } from '../entity/model';
import type { BriefingEntityInput, BriefingRelationInput } from './document';
import { parseSources, parseValidity } from '../entity/model';
import { briefingQuery } from './query';

export interface BriefingData {
  /** The asked-for ids that match no entity, in the order asked. */
  readonly missing: readonly string[];
  /** The selected entities, in the order asked. */
  readonly selection: readonly BriefingEntityInput[];
  readonly related: readonly BriefingEntityInput[];
  /** Relationships among the selection (by id), then each entity's outside ones (most connected other end first). */
  readonly relations: readonly BriefingRelationInput[];
  readonly report: { readonly nameEn: string | null; readonly nameZh: string | null };
  readonly seedVersion: string | null;
  readonly loadedAt: string | null;
}

/** The notes in both languages and the sources, which entities and relationships carry and store alike. */
function cited(r: EntityRecord | EdgeRecord): Pick<BriefingRelationInput, 'noteEn' | 'noteZh' | 'sources'> {
  return { noteEn: r.noteEn, noteZh: r.noteZh, sources: parseSources(r.sourcesJson) };
}

function entityInput(e: EntityRecord): BriefingEntityInput {
  const { id, kind, nameEn, nameZh, summaryEn, summaryZh } = e;
  const validity = parseValidity(e);
  return {
    id,
    kind,
    nameEn,
    nameZh,
    summaryEn,
    summaryZh,
    ...cited(e),
    ...(validity === null
      ? {}
      : {
          validFrom: validity.from,
          validTo: validity.to,
          validFromSources: validity.fromSources,
          validToSources: validity.toSources,
        }),
  };
}

function relationInput(r: EdgeRecord): BriefingRelationInput {
  const { id, type, from, to } = r;
  return { id, type, from, to, ...cited(r) };
}

interface BriefingRow {
  missing: string[];
  entities: EntityRecord[];
  internal: EdgeRecord[];
  external: { edge: EdgeRecord; other: EntityRecord }[];
  reportEn: string | null;
  reportZh: string | null;
  seedVersion: string | null;
  loadedAt: string | null;
}

/** `ids` must be distinct. */
export async function fetchBriefingData(
  db: Db,
  ids: readonly string[],
  perEntity: number,
  asOf: string,
): Promise<BriefingData> {
  const [row] = await db.read<BriefingRow & Record<string, unknown>>(briefingQuery(ids, perEntity, asOf));
  const byId = new Map((row?.entities ?? []).map((e) => [e.id, e]));
  const related = new Map<string, EntityRecord>();
  for (const { other } of row?.external ?? []) related.set(other.id, other);
  return {
    missing: row?.missing ?? [...ids],
    selection: ids.flatMap((id) => {
      const entity = byId.get(id);
      return entity ? [entityInput(entity)] : [];
    }),
    related: [...related.values()].map(entityInput),
    relations: [...(row?.internal ?? []), ...(row?.external ?? []).map((x) => x.edge)].map(relationInput),
    report: { nameEn: row?.reportEn ?? null, nameZh: row?.reportZh ?? null },
    seedVersion: row?.seedVersion ?? null,
    loadedAt: row?.loadedAt ?? null,
  };
}
