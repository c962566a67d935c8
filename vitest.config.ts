// Vitest's two test tiers: unit (pure, no I/O) and integration (real Neo4j); the browser tests run on Playwright
// (playwright.config.ts). The root global setup starts one throwaway Neo4j only when the integration tier runs.
import { defineConfig } from 'vitest/config';

// One graphql module for everything: Vite would resolve `graphql` in source files to its ESM build (index.mjs) while
// Apollo, @graphql-tools and @neo4j/graphql load the CommonJS build, and graphql refuses to mix the two ("from another
// module or realm"). Node itself resolves `graphql` to index.js, so tests now see what the server sees.
const resolve = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };

export default defineConfig({
  // The global setup (which loads server code) runs in the root context, so it needs the alias too.
  resolve,
  test: {
    globalSetup: ['tests/setup/global.ts'],
    reporters: ['default', './tests/setup/summary-reporter.ts'],
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: [
            'tests/unit/**/*.test.ts',
            'client/src/**/*.test.ts',
            // Component tests: each file sets `// @vitest-environment happy-dom`.
            'client/src/**/*.test.tsx',
            'server/src/**/*.test.ts',
            'graph-seed/src/**/*.test.ts',
            'graph-seed/domain/**/*.test.ts',
          ],
          exclude: ['**/*.int.test.ts', '**/*.e2e.test.ts'],
          environment: 'node',
        },
      },
      {
        resolve,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.int.test.ts'],
          // Files share one database and some replace the seed, so they run one at a time.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
