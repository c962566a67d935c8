/**
 * The answers that carry texts in both languages (summaries, notes, relationship labels), read in one language.
 * The API is asked for both at once, so one cached answer serves either language and switching asks nothing again;
 * these pure functions give the rest of the explorer the one-language shape it reads.
 */
import type { Lang } from '#domain';
import type { CoverageQuery, EdgeFieldsFragment, EntityDetailQuery, PathsQuery } from './gql/graphql';

interface Bilingual {
  readonly en: string | null;
  readonly zh: string | null;
}

/** What the server answered for `lang` (each field of the pair is already that language's answer, fallback included). */
function pick({ en, zh }: Bilingual, lang: Lang): string | null {
  return lang === 'zh' ? zh : en;
}

type BilingualEdge = EdgeFieldsFragment;
export type LocalEdge = Omit<BilingualEdge, 'noteEn' | 'noteZh'> & { readonly note: string | null };

export function localEdge(edge: BilingualEdge, lang: Lang): LocalEdge {
  const { noteEn, noteZh, ...rest } = edge;
  return { ...rest, note: pick({ en: noteEn, zh: noteZh }, lang) };
}

/** An entity as the API answers it, every text in both languages. */
export type BilingualEntity = NonNullable<EntityDetailQuery['entity']>;
type BilingualRelation = BilingualEntity['relations'][number];
export type LocalRelation = Omit<BilingualRelation, 'labelEn' | 'labelZh' | 'noteEn' | 'noteZh'> & {
  readonly label: string;
  readonly note: string | null;
};
export type LocalEntity = Omit<BilingualEntity, 'summaryEn' | 'summaryZh' | 'noteEn' | 'noteZh' | 'relations'> & {
  readonly summary: string | null;
  readonly note: string | null;
  readonly relations: LocalRelation[];
};

export function localEntity(entity: BilingualEntity, lang: Lang): LocalEntity {
  const { summaryEn, summaryZh, noteEn, noteZh, relations, ...rest } = entity;
  return {
    ...rest,
    summary: pick({ en: summaryEn, zh: summaryZh }, lang),
    note: pick({ en: noteEn, zh: noteZh }, lang),
    relations: relations.map(({ labelEn, labelZh, noteEn: en, noteZh: zh, ...relation }) => ({
      ...relation,
      label: lang === 'zh' ? labelZh : labelEn,
      note: pick({ en, zh }, lang),
    })),
  };
}

type BilingualPath = PathsQuery['paths']['paths'][number];
export type LocalPath = Omit<BilingualPath, 'edges'> & { readonly edges: LocalEdge[] };

export function localPath(path: BilingualPath, lang: Lang): LocalPath {
  return { ...path, edges: path.edges.map((e) => localEdge(e, lang)) };
}

type BilingualCoverage = CoverageQuery['coverage'][number];
type BilingualCoverageNode = BilingualCoverage['path']['nodes'][number];
export type LocalCoverageNode = Omit<BilingualCoverageNode, 'scopeNoteEn' | 'scopeNoteZh'> & {
  readonly scopeNote: string | null;
};
export type LocalCoverage = Omit<BilingualCoverage, 'path' | 'appliedBy'> & {
  readonly path: Omit<BilingualCoverage['path'], 'nodes' | 'edges'> & {
    readonly nodes: LocalCoverageNode[];
    readonly edges: LocalEdge[];
  };
  readonly appliedBy: (Omit<BilingualCoverage['appliedBy'][number], 'path'> & {
    readonly path: Omit<BilingualCoverage['appliedBy'][number]['path'], 'edges'> & { readonly edges: LocalEdge[] };
  })[];
};

export function localCoverage(item: BilingualCoverage, lang: Lang): LocalCoverage {
  return {
    ...item,
    path: {
      ...item.path,
      nodes: item.path.nodes.map(({ scopeNoteEn, scopeNoteZh, ...node }) => ({
        ...node,
        scopeNote: pick({ en: scopeNoteEn, zh: scopeNoteZh }, lang),
      })),
      edges: item.path.edges.map((e) => localEdge(e, lang)),
    },
    appliedBy: item.appliedBy.map((a) => ({
      ...a,
      path: { ...a.path, edges: a.path.edges.map((e) => localEdge(e, lang)) },
    })),
  };
}
