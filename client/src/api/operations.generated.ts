/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** The kinds of entity in the graph; see graph-seed/README.md for what each holds. */
export type EntityKind =
  | 'AGENCY'
  | 'APPLICATION'
  | 'CIRCUMVENTION'
  | 'CONCEPT'
  | 'CONTROL_MEASURE'
  | 'DOCUMENT'
  | 'EVENT'
  | 'JURISDICTION'
  | 'ORGANIZATION'
  | 'REGIME'
  | 'RESOLUTION'
  | 'TECHNOLOGY'
  | 'TREATY';

export type Lang = 'EN' | 'ZH';

export type OverviewQueryVariables = Exact<{
  limit: number | null | undefined;
  lang: Lang | null | undefined;
}>;

export type OverviewQuery = {
  overview: {
    truncated: boolean;
    nodes: Array<{ id: string; kind: EntityKind; name: string }>;
    edges: Array<{ id: string; type: string; from: string; to: string }>;
  };
  graphStats: { nodes: number; relationships: number; seedVersion: string | null };
};
