/**
 * The HTTP surface: GraphQL at /graphql (POST, and GET for queries), a local GraphQL IDE for browsers
 * that GET /graphql, the built client at /, and a health check. Nothing here loads from a CDN.
 *
 * Every answer is JSON with a stable code, including the failures that happen before GraphQL sees the request
 * (body too large, bad JSON, unsupported charset or encoding, wrong content type) and after it (the deadline).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import type { Server } from 'node:http';
import type { Db } from '../db/driver';
import { createContext, type GraphQLContext } from '../graphql/context';
import { errorLogPlugin } from '../graphql/errorLog';
import { formatError } from '../graphql/errors';
import { noStorePlugin } from '../graphql/noStore';
import { safelistPlugin } from '../graphql/safelist';
import { buildApiSchema } from '../graphql/schema';
import { DEFAULT_LIMITS, limitPlugins, limitValidationRules, type QueryLimits } from '../limits';
import type { Logger } from '../logger';
import { deadline, requestScope } from './deadline';
import { healthCheck } from './health';
import { finalErrorHandler, notFoundHandler, requireJsonBody } from './httpErrors';
import { inFlightCap } from './inFlight';
import { rateLimit, type RateLimitOptions } from './rateLimit';
import { requestLog } from './requestLog';
import { securityHeaders } from './securityHeaders';

export const MAX_BODY_BYTES = 100 * 1024;

export interface HttpOptions {
  /** Whole-request deadline in ms. */
  readonly requestTimeoutMs: number;
  /** Database transactions one request may run at once. */
  readonly maxRequestDbConcurrency: number;
  /** GraphQL requests the process answers at once; more are refused with 503 (inFlight.ts). */
  readonly maxInFlight: number;
  readonly rateLimit: RateLimitOptions;
  /** Proxies in front of the server whose X-Forwarded-For entries are trusted for the client address (0: none). */
  readonly trustProxyHops: number;
  readonly introspection: boolean;
  /** Accept only the explorer's own operations. */
  readonly safelist: boolean;
}

export const DEFAULT_HTTP_OPTIONS: HttpOptions = {
  requestTimeoutMs: 5000,
  maxRequestDbConcurrency: 4,
  maxInFlight: 100,
  rateLimit: { max: 600, windowMs: 60_000 },
  trustProxyHops: 0,
  introspection: true,
  safelist: false,
};

export interface AppOptions {
  readonly db: Db;
  readonly log: Logger;
  readonly httpServer: Server;
  readonly clientDir: string;
  readonly development: boolean;
  readonly limits?: QueryLimits;
  readonly http?: Partial<HttpOptions>;
}

export interface App {
  readonly express: Express;
  readonly apollo: ApolloServer<GraphQLContext>;
}

/**
 * The GraphQL server: the analyst schema merged with the generated per-kind queries, CSRF prevention, no batching
 * (a JSON array body is answered 400), a token limit on parsing, depth/alias validation rules, the cost plugin, an
 * optional operation safelist, and server-side error logs.
 */
export async function createApollo(
  options: Pick<AppOptions, 'development' | 'limits'> & {
    httpServer?: Server;
    introspection?: boolean;
    safelist?: boolean;
  },
): Promise<ApolloServer<GraphQLContext>> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  return new ApolloServer<GraphQLContext>({
    schema: await buildApiSchema(),
    csrfPrevention: true,
    // main.ts owns signal handling: it stops HTTP first, then the driver, then the local database.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    // Automatic persisted queries would let a client register any document; the safelist replaces them.
    persistedQueries: false,
    introspection: options.introspection ?? true,
    parseOptions: { maxLexicalTokens: limits.maxTokens },
    includeStacktraceInErrorResponses: options.development,
    formatError: formatError(options.development),
    validationRules: limitValidationRules(limits),
    plugins: [
      ...(options.safelist ? [safelistPlugin<GraphQLContext>()] : []),
      ...limitPlugins<GraphQLContext>(limits),
      errorLogPlugin(),
      // No per-field cache hints (the default plugin wraps every resolver for them); answers are never cacheable.
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin<GraphQLContext>(),
      ...(options.httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer })] : []),
    ],
  });
}

export async function createApp(options: AppOptions): Promise<App> {
  const { db, log, clientDir } = options;
  const http = { ...DEFAULT_HTTP_OPTIONS, ...options.http };
  const apollo = await createApollo({ ...options, introspection: http.introspection, safelist: http.safelist });
  await apollo.start();

  const app = express();
  // Express's own error pages show stack traces unless told it runs in production.
  app.set('env', options.development ? 'development' : 'production');
  app.disable('x-powered-by');
  // Express hashes every res.send body for an ETag; GraphQL answers are no-store, so the hash served nothing and cost
  // time in proportion to the answer. Static files keep their ETags (express.static computes its own).
  app.set('etag', false);
  // Behind a load balancer every request comes from the balancer: the rate limit must count the forwarded address.
  if (http.trustProxyHops > 0) app.set('trust proxy', http.trustProxyHops);
  app.use(requestLog(log));
  app.use(securityHeaders());

  app.get('/healthz', healthCheck(db));
  app.use(rateLimit(http.rateLimit));

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
    inFlightCap(http.maxInFlight),
    deadline(http.requestTimeoutMs),
    express.json({ limit: MAX_BODY_BYTES }),
    requireJsonBody,
    expressMiddleware(apollo, {
      context: ({ res }) => {
        const requestLogger = (res.locals.log as Logger | undefined) ?? log;
        const scope = requestScope(res, http.maxRequestDbConcurrency);
        return Promise.resolve(createContext(scope ? db.forRequest(scope) : db, requestLogger));
      },
    }),
  );

  if (existsSync(clientDir)) {
    app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!graphql).*/, (_req, res) => {
      res.sendFile(path.join(clientDir, 'index.html'));
    });
  }

  app.use(notFoundHandler);
  app.use(finalErrorHandler(log, MAX_BODY_BYTES));
  return { express: app, apollo };
}
