// Values the global setup hands to test files through Vitest's provide/inject.
export interface ProvidedNeo4j {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string | undefined;
  /** Where the throwaway test database keeps its files; empty for an external database. */
  readonly home: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: ProvidedNeo4j;
  }
}
