/**
 * The server's configuration, read once from the environment and validated, so that a typo fails at start-up
 * with the variable's name instead of as a confusing error later.
 */
import { z } from 'zod';
import { DEFAULT_MEMORY, parseMemorySize, type MemoryVariable } from '../../neo4j-runtime/contract/memory';
import { DEFAULT_LIMITS } from './limits/config';

const port = z.coerce.number().int().min(0).max(65535);
const optionalText = z.string().trim().min(1).optional();
/** A size for the local Neo4j such as `768m` or `2g`, as MiB; the launcher reads the same rule (neo4j-runtime/contract). */
const memorySize = (variable: MemoryVariable, fallbackMb: number) =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined) return fallbackMb;
      const parsed = parseMemorySize(variable, raw);
      if ('mb' in parsed) return parsed.mb;
      ctx.addIssue({ code: 'custom', message: parsed.error });
      return z.NEVER;
    });
const booleanFlag = z
  .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1');

const EnvSchema = z
  .object({
    PORT: port.default(4000),
    HOST: z.string().min(1).default('127.0.0.1'),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    NEO4J_URI: z
      .string()
      .trim()
      .regex(
        /^(neo4j|bolt)(\+s|\+ssc)?:\/\/\S+$/,
        'must look like bolt://host:7687 or neo4j+s://xxxx.databases.neo4j.io',
      )
      .optional(),
    NEO4J_USER: optionalText,
    NEO4J_PASSWORD: optionalText,
    NEO4J_DATABASE: optionalText,
    NEO4J_LOCAL_BOLT_PORT: port.default(7687),
    /** Heap and page cache of the local Neo4j, in MiB (from e.g. `768m` or `2g`). */
    NEO4J_HEAP: memorySize('NEO4J_HEAP', DEFAULT_MEMORY.heapMb),
    NEO4J_PAGECACHE: memorySize('NEO4J_PAGECACHE', DEFAULT_MEMORY.pageCacheMb),
    /**
     * Most Bolt connections this process opens to each database server (neo4j-driver's maxConnectionPoolSize). With
     * several API replicas, their pools together must fit what the database serves at once.
     */
    NEO4J_MAX_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(100),
    /** Database-side limit for one query, so a runaway traversal cannot hold the database. */
    QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5000),
    /** Request limits (see server/src/limits): field nesting depth, aliased fields, estimated cost per operation. */
    MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(100).default(DEFAULT_LIMITS.maxDepth),
    MAX_QUERY_ALIASES: z.coerce.number().int().min(0).max(1000).default(DEFAULT_LIMITS.maxAliases),
    MAX_QUERY_COST: z.coerce.number().int().min(100).max(10_000_000).default(DEFAULT_LIMITS.maxCost),
    MAX_QUERY_TOKENS: z.coerce.number().int().min(100).max(100_000).default(DEFAULT_LIMITS.maxTokens),
    MAX_INPUT_DEPTH: z.coerce.number().int().min(1).max(50).default(DEFAULT_LIMITS.maxInputDepth),
    MAX_INPUT_NODES: z.coerce.number().int().min(1).max(10_000).default(DEFAULT_LIMITS.maxInputNodes),
    /** Whole-request deadline: past it the request answers SERVICE_UNAVAILABLE and its transactions are cancelled. */
    REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5000),
    /** Database transactions one request may run at once (the rest wait), so no request can take the pool. */
    MAX_REQUEST_DB_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(4),
    /**
     * GraphQL requests the process answers at once; over it, 503 at once (what keeps it within API_HEAP_MB). The
     * default is the connection pool's: more requests would only wait for a connection.
     */
    MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(100_000).default(100),
    /** Requests per client IP per window; 0 turns rate limiting off (benchmarks on loopback). */
    RATE_LIMIT_MAX: z.coerce.number().int().min(0).max(1_000_000).default(600),
    RATE_LIMIT_WINDOW_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
    /**
     * How many proxies (load balancers) in front of the server append to X-Forwarded-For; the client address the rate
     * limit counts is the one that many hops back. 0: the TCP peer, and the header is ignored (a client could forge it).
     */
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    /** Schema introspection (the GraphQL IDE needs it); `false` turns it off. */
    GRAPHQL_INTROSPECTION: booleanFlag.default(true),
    /** Accept only the explorer's own operations (a safelist of their normalised text). */
    GRAPHQL_SAFELIST: booleanFlag.default(false),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && (!env.NEO4J_USER || !env.NEO4J_PASSWORD)) {
      for (const key of ['NEO4J_USER', 'NEO4J_PASSWORD'] as const) {
        if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'is required when NEO4J_URI is set' });
      }
    }
  });

export type Config = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings mean "unset", as they do for most shells and .env files.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}
