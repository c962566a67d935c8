import type { GraphQLResolveInfo } from 'graphql';
import type { EntityRecord, EdgeRecord, SourceValue } from '../entity/model';
import type { GraphQLContext } from './context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
};

export type Direction = 'IN' | 'OUT';

export type Edge = {
  __typename?: 'Edge';
  from: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  to: Scalars['ID']['output'];
  type: Scalars['String']['output'];
};

export type EdgeNoteArgs = {
  lang?: InputMaybe<Lang>;
};

export type Entity = {
  __typename?: 'Entity';
  aliases: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** Where the report is loose or mistaken: its wording and the correction. */
  note: Maybe<Scalars['String']['output']>;
  properties: Array<Property>;
  sources: Array<Source>;
  summary: Maybe<Scalars['String']['output']>;
  url: Maybe<Scalars['String']['output']>;
};

export type EntityNameArgs = {
  lang?: InputMaybe<Lang>;
};

export type EntityNoteArgs = {
  lang?: InputMaybe<Lang>;
};

export type EntitySummaryArgs = {
  lang?: InputMaybe<Lang>;
};

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

export type GraphStats = {
  __typename?: 'GraphStats';
  byKind: Array<KindCount>;
  /** When the seed was loaded (ISO 8601). */
  loadedAt: Maybe<Scalars['String']['output']>;
  nodes: Scalars['Int']['output'];
  relationships: Scalars['Int']['output'];
  /** Content hash of the loaded seed (graph-seed/data and the report), or null when no seed is loaded. */
  seedVersion: Maybe<Scalars['String']['output']>;
};

export type KindCount = {
  __typename?: 'KindCount';
  count: Scalars['Int']['output'];
  kind: EntityKind;
};

export type Lang = 'EN' | 'ZH';

/** A typed property the report gives, such as a year or a number of participating states. */
export type Property = {
  __typename?: 'Property';
  key: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  _empty: Maybe<Scalars['Boolean']['output']>;
  /** Counts of the graph's entities and relationships, by kind. */
  graphStats: GraphStats;
  /** A first view of the graph: the best-connected entities and the relationships among them. */
  overview: Subgraph;
};

export type QueryOverviewArgs = {
  kinds?: InputMaybe<Array<EntityKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};

/** Where a fact comes from: the document, the report's section and footnote, and a short verbatim quote. */
export type Source = {
  __typename?: 'Source';
  /** Title of the cited document. */
  document: Scalars['String']['output'];
  /** Id of the cited DOCUMENT entity. */
  documentId: Scalars['ID']['output'];
  footnote: Maybe<Scalars['Int']['output']>;
  note: Maybe<Scalars['String']['output']>;
  quote: Maybe<Scalars['String']['output']>;
  section: Maybe<Scalars['String']['output']>;
  /** True for facts that are not in the report and carry their own source. */
  supplementary: Scalars['Boolean']['output'];
  url: Maybe<Scalars['String']['output']>;
};

export type Subgraph = {
  __typename?: 'Subgraph';
  edges: Array<Edge>;
  nodes: Array<Entity>;
  truncated: Scalars['Boolean']['output'];
};

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<
  TResult,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<
  TResult,
  TKey extends string,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo,
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  obj: T,
  context: TContext,
  info: GraphQLResolveInfo,
) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Direction: Direction;
  Edge: ResolverTypeWrapper<EdgeRecord>;
  Entity: ResolverTypeWrapper<EntityRecord>;
  EntityKind: EntityKind;
  GraphStats: ResolverTypeWrapper<GraphStats>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  KindCount: ResolverTypeWrapper<KindCount>;
  Lang: Lang;
  Property: ResolverTypeWrapper<Property>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Source: ResolverTypeWrapper<SourceValue>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<
    Omit<Subgraph, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['Edge']>; nodes: Array<ResolversTypes['Entity']> }
  >;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Boolean: Scalars['Boolean']['output'];
  Edge: EdgeRecord;
  Entity: EntityRecord;
  GraphStats: GraphStats;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  KindCount: KindCount;
  Property: Property;
  Query: Record<PropertyKey, never>;
  Source: SourceValue;
  String: Scalars['String']['output'];
  Subgraph: Omit<Subgraph, 'edges' | 'nodes'> & {
    edges: Array<ResolversParentTypes['Edge']>;
    nodes: Array<ResolversParentTypes['Entity']>;
  };
};

export type EdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Edge'] = ResolversParentTypes['Edge'],
> = {
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<EdgeNoteArgs, 'lang'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EntityResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity'],
> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<EntityNameArgs, 'lang'>>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<EntityNoteArgs, 'lang'>>;
  properties?: Resolver<Array<ResolversTypes['Property']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  summary?: Resolver<
    Maybe<ResolversTypes['String']>,
    ParentType,
    ContextType,
    RequireFields<EntitySummaryArgs, 'lang'>
  >;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GraphStatsResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['GraphStats'] = ResolversParentTypes['GraphStats'],
> = {
  byKind?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  loadedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seedVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type KindCountResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['KindCount'] = ResolversParentTypes['KindCount'],
> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
};

export type PropertyResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Property'] = ResolversParentTypes['Property'],
> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  _empty?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  graphStats?: Resolver<ResolversTypes['GraphStats'], ParentType, ContextType>;
  overview?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryOverviewArgs, 'limit'>>;
};

export type SourceResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source'],
> = {
  document?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  footnote?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supplementary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SubgraphResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph'],
> = {
  edges?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Edge?: EdgeResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  GraphStats?: GraphStatsResolvers<ContextType>;
  KindCount?: KindCountResolvers<ContextType>;
  Property?: PropertyResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
};
