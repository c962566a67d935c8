// graphql-codegen: typed resolvers for the server and, with the client preset, typed documents for the client's
// operations (client/src/api/*.graphql) in client/src/api/gql/, which holds generated files only.
// `npm run codegen:check` fails when the generated files no longer match the schema or the operations.
import type { CodegenConfig } from '@graphql-codegen/cli';

const scalars = { ID: 'string', Date: 'string' };

const config: CodegenConfig = {
  schema: 'server/src/**/*.graphql',
  generates: {
    'server/src/graphql/resolvers.generated.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        scalars,
        contextType: './context#GraphQLContext',
        mappers: {
          Entity: '../entity/model#EntityRef',
          Edge: '../entity/model#EdgeRecord',
          Source: '../entity/model#SourceValue',
          Relation: '../entity/model#RelationRecord',
          Path: '../paths/repository#PathRecord',
          PathsAnswer: '../paths/repository#PathsAnswerRecord',
          Coverage: '../coverage/repository#CoverageRecord',
          RelationTypeInfo: '../entity/relationTypes#RelationTypeValue',
        },
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
    'client/src/api/gql/': {
      preset: 'client',
      documents: 'client/src/api/*.graphql',
      // Callers read fragment fields directly (the explorer has no component-owned fragments to mask).
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents are plain strings with their fragments appended: the browser needs no GraphQL parser.
        documentMode: 'string',
        useTypeImports: true,
        scalars,
        avoidOptionals: true,
        skipTypename: true,
      },
    },
  },
};

export default config;
