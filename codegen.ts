// graphql-codegen: typed resolvers for the server and typed operations for the client, from the .graphql files.
// `npm run codegen:check` fails when the generated files no longer match the schema or the operations.
import type { CodegenConfig } from '@graphql-codegen/cli';

const scalars = { ID: 'string' };

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
          Entity: '../entity/model#EntityRecord',
          Edge: '../entity/model#EdgeRecord',
          Source: '../entity/model#SourceValue',
          Relation: '../entity/model#RelationRecord',
          Path: '../paths/repository#PathRecord',
          RelationTypeInfo: '../entity/relationTypes#RelationTypeValue',
        },
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
    'client/src/api/operations.generated.ts': {
      documents: 'client/src/**/*.graphql',
      plugins: ['typescript-operations'],
      config: { useTypeImports: true, scalars, enumsAsTypes: true, avoidOptionals: true, skipTypename: true },
    },
  },
};

export default config;
