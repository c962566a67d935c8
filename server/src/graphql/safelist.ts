/**
 * GRAPHQL_SAFELIST=true: the API answers only the explorer's own operations. The safelist is read from the client's
 * operation files (client/src/api/*.graphql) at start-up; a request passes when its operation and every fragment it
 * defines print exactly as one of them does (so formatting and the order of appended fragments do not matter).
 *
 * Printing a document costs more than the rest of the check, so the verdict is remembered per parsed document: Apollo
 * hands the same (immutable) document object to every request with the same query text, from its cache of parsed and
 * validated documents. The memo holds nothing a client could change and is dropped with the document.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, parse, print } from 'graphql';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';

export const CLIENT_OPERATIONS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'client',
  'src',
  'api',
);

export interface Safelist {
  readonly operations: ReadonlySet<string>;
  readonly fragments: ReadonlySet<string>;
}

export function readSafelist(dir = CLIENT_OPERATIONS_DIR): Safelist {
  const operations = new Set<string>();
  const fragments = new Set<string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.graphql'))) {
    for (const definition of parse(readFileSync(path.join(dir, file), 'utf8')).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION) operations.add(print(definition));
      else if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.add(print(definition));
    }
  }
  return { operations, fragments };
}

function isAllowed(safelist: Safelist, document: DocumentNode, operation: OperationDefinitionNode): boolean {
  return (
    safelist.operations.has(print(operation)) &&
    document.definitions.every((d) => d.kind !== Kind.FRAGMENT_DEFINITION || safelist.fragments.has(print(d)))
  );
}

export function safelistPlugin<TContext extends object>(
  safelist: Safelist = readSafelist(),
): ApolloServerPlugin<TContext> {
  // Keyed by the operation node, which belongs to one document: the verdict covers the operation and its fragments.
  const verdicts = new WeakMap<OperationDefinitionNode, boolean>();
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ document, operation }) {
          let allowed = operation && verdicts.get(operation);
          if (operation && allowed === undefined) {
            allowed = isAllowed(safelist, document, operation);
            verdicts.set(operation, allowed);
          }
          if (allowed !== true) {
            throw new GraphQLError('This server answers only the explorer’s own operations (GRAPHQL_SAFELIST is on).', {
              extensions: { code: 'OPERATION_NOT_ALLOWED', http: { status: 400 } },
            });
          }
          return Promise.resolve();
        },
      });
    },
  };
}
