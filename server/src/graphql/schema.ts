/**
 * Assembles the executable schema from each domain folder's .graphql part and resolvers.
 * A new domain adds its folder here and nowhere else.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema, mergeSchemas } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { briefingResolvers } from '../briefing/resolvers';
import { coverageResolvers } from '../coverage/resolvers';
import { entityResolvers } from '../entity/resolvers';
import { matrixResolvers } from '../matrix/resolvers';
import { buildGeneratedSchema } from '../records/schema';
import { neighborhoodResolvers } from '../neighborhood/resolvers';
import { overviewResolvers } from '../overview/resolvers';
import { pathsResolvers } from '../paths/resolvers';
import { searchResolvers } from '../search/resolvers';
import { statsResolvers } from '../stats/resolvers';
import { timelineResolvers } from '../timeline/resolvers';
import { DateScalar } from './date';
import type { Resolvers } from './resolvers.generated';

const SRC_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The SDL parts, entity first because it declares the base Query type the others extend. */
export function loadTypeDefs(): string[] {
  const parts: string[] = [];
  for (const dir of readdirSync(SRC_DIR, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const file of readdirSync(path.join(SRC_DIR, dir.name))) {
      if (file.endsWith('.graphql')) parts.push(readFileSync(path.join(SRC_DIR, dir.name, file), 'utf8'));
    }
  }
  return parts.sort((a, b) => Number(b.includes('type Query {')) - Number(a.includes('type Query {')));
}

export const resolvers: Resolvers[] = [
  { Date: DateScalar },
  entityResolvers,
  statsResolvers,
  overviewResolvers,
  searchResolvers,
  neighborhoodResolvers,
  pathsResolvers,
  coverageResolvers,
  briefingResolvers,
  timelineResolvers,
  matrixResolvers,
];

/** The hand-written analyst schema alone (what codegen types). */
export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: resolvers as never });
}

/** The served schema: the analyst schema merged with the per-kind queries that @neo4j/graphql generates. */
export async function buildApiSchema(): Promise<GraphQLSchema> {
  return mergeSchemas({ schemas: [buildSchema(), await buildGeneratedSchema()] });
}
