/**
 * The HTTP surface: GraphQL at /graphql (POST, and GET for queries), a local GraphQL IDE for browsers
 * that GET /graphql, the built client at /, and a health check. Nothing here loads from a CDN.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import type { Server } from 'node:http';
import type { Db } from '../db/driver';
import { createContext, type GraphQLContext } from '../graphql/context';
import { errorLogPlugin } from '../graphql/errorLog';
import { formatError } from '../graphql/errors';
import { buildApiSchema } from '../graphql/schema';
import { DEFAULT_LIMITS, limitPlugins, limitValidationRules, type QueryLimits } from '../limits';
import type { Logger } from '../logger';
import { requestLog } from './requestLog';

export const MAX_BODY_BYTES = 100 * 1024;

export interface AppOptions {
  readonly db: Db;
  readonly log: Logger;
  readonly httpServer: Server;
  readonly clientDir: string;
  readonly development: boolean;
  readonly limits?: QueryLimits;
}

export interface App {
  readonly express: Express;
  readonly apollo: ApolloServer<GraphQLContext>;
}

/**
 * The GraphQL server: the analyst schema merged with the generated per-kind queries, CSRF prevention, no batching
 * (a JSON array body is answered 400), depth/alias validation rules, the cost plugin, and server-side error logs.
 */
export async function createApollo(
  options: Pick<AppOptions, 'development' | 'limits'> & { httpServer?: Server },
): Promise<ApolloServer<GraphQLContext>> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  return new ApolloServer<GraphQLContext>({
    schema: await buildApiSchema(),
    csrfPrevention: true,
    // main.ts owns signal handling: it stops HTTP first, then the driver, then the local database.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    introspection: true,
    includeStacktraceInErrorResponses: options.development,
    formatError: formatError(options.development),
    validationRules: limitValidationRules(limits),
    plugins: [
      ...limitPlugins<GraphQLContext>(limits),
      errorLogPlugin(),
      ...(options.httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer })] : []),
    ],
  });
}

export async function createApp(options: AppOptions): Promise<App> {
  const { db, log, clientDir } = options;
  const apollo = await createApollo(options);
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(requestLog(log));

  app.get('/healthz', async (_req, res) => {
    try {
      await db.verify();
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });

  const idePage = path.join(clientDir, 'graphiql.html');
  app.get('/graphql', (req, res, next) => {
    // A person opening /graphql in a browser gets the IDE; API clients (Accept: application/json) get GraphQL.
    if (
      req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html' &&
      existsSync(idePage)
    ) {
      res.sendFile(idePage);
      return;
    }
    next();
  });

  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY_BYTES }),
    expressMiddleware(apollo, {
      context: ({ res }) => Promise.resolve(createContext(db, (res.locals.log as Logger | undefined) ?? log)),
    }),
  );

  if (existsSync(clientDir)) {
    app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!graphql).*/, (_req, res) => {
      res.sendFile(path.join(clientDir, 'index.html'));
    });
  }

  // Body-parser errors (too large, malformed JSON) answer as GraphQL-shaped errors instead of HTML stack pages.
  app.use((error: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (!error || typeof error !== 'object' || !('type' in error)) {
      next(error);
      return;
    }
    const type = (error as { type?: unknown }).type;
    if (type === 'entity.too.large') {
      res.status(413).json({
        errors: [
          { message: `Request body is larger than ${MAX_BODY_BYTES} bytes.`, extensions: { code: 'BAD_REQUEST' } },
        ],
      });
      return;
    }
    if (type === 'entity.parse.failed') {
      res
        .status(400)
        .json({ errors: [{ message: 'Request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    next(error);
  });

  return { express: app, apollo };
}
