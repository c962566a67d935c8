/** Builds the @neo4j/graphql part of the API (see typeDefs.ts). It runs with the driver the context hands over. */
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import { generatedTypeDefs } from './typeDefs';

export async function buildGeneratedSchema(): Promise<GraphQLSchema> {
  // No driver here: each request's context carries it as `executionContext` (see http/app.ts).
  const library = new Neo4jGraphQL({ typeDefs: generatedTypeDefs() });
  return library.getSchema();
}
