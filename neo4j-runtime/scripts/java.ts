/**
 * Finds a Java that Neo4j 5.26 supports (17 or 21) and explains what to do when there is none,
 * because a wrong Java otherwise surfaces as an obscure JVM error deep in Neo4j's startup.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const SUPPORTED_JAVA = [17, 21] as const;

export class JavaError extends Error {
  override name = 'JavaError';
}

export interface JavaInfo {
  readonly bin: string;
  readonly major: number;
}

/** Parses the major version out of `java -version` output ("17.0.15", "1.8.0_392", "25"). */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

function probe(bin: string): JavaInfo | undefined {
  // `java -version` prints to stderr.
  const result = spawnSync(bin, ['-version'], { encoding: 'utf8' });
  if (result.error) return undefined;
  const major = parseJavaMajor(`${result.stderr}${result.stdout}`);
  return major === undefined ? undefined : { bin, major };
}

function javaFromHome(home: string): string {
  return path.join(home, 'bin', 'java');
}

function installedJvms(): string[] {
  const root = '/usr/lib/jvm';
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .map((name) => javaFromHome(path.join(root, name)))
    .filter((bin) => existsSync(bin));
}

/**
 * JAVA_HOME wins when set; otherwise `java` on the PATH; when that one is unsupported (say a Java 25),
 * a supported JDK installed beside it under /usr/lib/jvm is used instead.
 */
export function findJava(env: NodeJS.ProcessEnv = process.env): JavaInfo {
  const isSupported = (info: JavaInfo | undefined): boolean =>
    info !== undefined && (SUPPORTED_JAVA as readonly number[]).includes(info.major);
  const fix =
    'Install Java 17 or 21 (Debian: apt-get install -y openjdk-17-jre-headless) or set JAVA_HOME to one, ' +
    'or set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD to use an external Neo4j instead of the local one.';

  if (env.JAVA_HOME) {
    const info = probe(javaFromHome(env.JAVA_HOME));
    if (info && isSupported(info)) return info;
    throw new JavaError(
      info
        ? `JAVA_HOME (${env.JAVA_HOME}) is Java ${info.major}, but Neo4j 5.26 needs Java 17 or 21. ${fix}`
        : `JAVA_HOME (${env.JAVA_HOME}) has no working bin/java. ${fix}`,
    );
  }
  const onPath = probe('java');
  if (onPath && isSupported(onPath)) return onPath;
  const alternative = installedJvms().map(probe).find(isSupported);
  if (alternative) return alternative;
  throw new JavaError(
    onPath
      ? `Found only Java ${onPath.major}, but Neo4j 5.26 needs Java 17 or 21. ${fix}`
      : `Java was not found. ${fix}`,
  );
}
