/**
 * Resolves Neo4j and APOC from Maven Central into neo4j-runtime/target (once), and compiles the tiny launcher class.
 * Run as `npm run db:install`; `npm start` and the test setup call ensureRuntimeInstalled() themselves.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLASSES_DIR, LIB_DIR, PLUGINS_DIR, RUNTIME_DIR } from './paths';

export function isRuntimeInstalled(): boolean {
  return (
    existsSync(path.join(CLASSES_DIR, 'atlas', 'LocalNeo4j.class')) &&
    existsSync(LIB_DIR) &&
    readdirSync(LIB_DIR).some((f) => /^neo4j-5\.26\.\d+\.jar$/.test(f)) &&
    existsSync(PLUGINS_DIR) &&
    readdirSync(PLUGINS_DIR).some((f) => f.startsWith('apoc-core-'))
  );
}

export function ensureRuntimeInstalled(log: (line: string) => void = console.log): void {
  if (isRuntimeInstalled()) return;
  log('Resolving Neo4j 5.26 and APOC from Maven Central (first run only)…');
  try {
    execFileSync('mvn', ['-q', '-B', '-f', path.join(RUNTIME_DIR, 'pom.xml'), 'package'], { stdio: 'inherit' });
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(
      missing
        ? 'Maven (mvn) was not found; it is needed once to fetch the Neo4j jars. Install it (Debian: apt-get install -y maven) ' +
            'or set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD to use an external Neo4j.'
        : 'Maven could not resolve the Neo4j jars (see its output above).',
      { cause: error },
    );
  }
  if (!isRuntimeInstalled())
    throw new Error('Maven finished but the Neo4j runtime is incomplete in neo4j-runtime/target.');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  ensureRuntimeInstalled();
  console.log('Neo4j runtime ready in neo4j-runtime/target.');
}
