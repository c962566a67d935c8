// Lint rules for the whole repository: typed TypeScript rules, type-only imports, React hooks, the accessibility of
// the client's markup; formatting is Prettier's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import vitest from '@vitest/eslint-plugin';
import jsxA11y from 'eslint-plugin-jsx-a11y';

// ------------------------------------------------------------------------------------------- import boundaries
// The domain module (graph-seed/domain, imported as #domain) is pure and shared by every side: it imports nothing
// but its own files (no package, no node: module, no other part of the project) and uses no Node or DOM global.
// The client imports only #domain and its own files. The server's code does not import the database launcher's
// scripts. ESLint replaces a rule's options per file rather than merging them, so each area states its whole list.

/**
 * Lint blocks, one per folder depth, that forbid relative imports climbing out of `folder` (except into the
 * top-level folder `allow`, when given).
 */
function confinedTo(folder, { message, patterns = [], extensions = ['ts', 'tsx'], ignores = [], allow = null }) {
  const except = allow === null ? '' : `(?!${allow}/)`;
  return [1, 2, 3, 4, 5].map((depth) => ({
    files: extensions.map((extension) => `${folder}/${'*/'.repeat(depth - 1)}*.${extension}`),
    ignores,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: `^(\\.\\./){${depth}}${except}`, message: `Stay inside ${folder}: ${message}` },
            ...patterns,
          ],
        },
      ],
    },
  }));
}

const CLIENT_PATTERNS = [
  { regex: '^#(?!domain(/|$))', message: 'The client imports only #domain of the project.' },
  { regex: '^neo4j-driver($|/)', message: 'The client talks to the API, never to the database.' },
];

const importBoundaries = [
  ...confinedTo('graph-seed/domain', {
    message: 'the domain module imports nothing of the project.',
    patterns: [{ regex: '^(?!\\.{1,2}/)', message: 'The domain module is pure: no packages, no node: modules.' }],
    extensions: ['ts'],
    ignores: ['**/*.test.ts'],
  }),
  {
    files: ['graph-seed/domain/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', 'require', '__dirname', '__filename', 'global'].map((name) => ({
          name,
          message: 'The domain module uses no Node API.',
        })),
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch'].map((name) => ({
          name,
          message: 'The domain module uses no DOM API.',
        })),
      ],
    },
  },
  ...confinedTo('client', {
    message: 'the client imports only #domain and its own files.',
    patterns: CLIENT_PATTERNS,
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
  }),
  // The client's tests may also use the shared test helpers.
  ...confinedTo('client', {
    message: 'client tests import only #domain, the client and the test helpers.',
    patterns: CLIENT_PATTERNS,
    extensions: ['test.ts', 'test.tsx'],
    allow: 'tests',
  }),
  {
    files: ['server/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: 'neo4j-runtime/scripts', message: 'The server does not import the launcher scripts at run time.' },
            { regex: 'graph-seed/domain', message: 'Import the domain module as #domain.' },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'neo4j-runtime/target/**',
      '.data/**',
      'test-results/**',
      '**/*.generated.ts',
      'client/src/api/gql/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // neo4j-driver documents plain object literals for its config classes.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...importBoundaries,
  {
    // Tests that cannot pass by accident: no expect behind a condition, no branches in a test, and every test asserts
    // (through expect, assert, fast-check's fc.assert, or the project's expect… helpers such as expectCode).
    files: ['tests/**/*.ts', '**/*.test.ts', '**/*.test.tsx'],
    plugins: { vitest },
    rules: {
      ...vitest.configs.recommended.rules,
      'vitest/no-conditional-expect': 'error',
      'vitest/no-conditional-in-test': 'error',
      'vitest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expect*', 'assert*', 'fc.assert'] }],
      // Vitest's expect takes a message as its second argument, which the tests use to say what failed.
      'vitest/valid-expect': ['error', { maxArgs: 2 }],
    },
  },
  {
    // Accessibility of the explorer's markup: jsx-a11y's recommended rules on every client component.
    files: ['client/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // The graph canvas is a role="application" widget, which takes focus (as tab panels may, by default).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'application'] }],
    },
  },
  { files: ['*.js'], ...tseslint.configs.disableTypeChecked },
  prettier,
);
