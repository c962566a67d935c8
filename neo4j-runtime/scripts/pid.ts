/**
 * The pid file of a detached local Neo4j (`npm run db:start`), and the check that a pid really is this project's
 * Neo4j for this home before anything signals it: after a reboot or a crash the file can name a pid that the
 * system has since given to an unrelated process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface PidFile {
  readonly pid: number;
  readonly boltPort: number;
}

export const pidFilePath = (home: string): string => path.join(home, 'run', 'atlas-neo4j.json');

export function readPidFile(home: string): PidFile | undefined {
  try {
    const parsed = JSON.parse(readFileSync(pidFilePath(home), 'utf8')) as Partial<PidFile>;
    if (!Number.isInteger(parsed.pid) || !Number.isInteger(parsed.boltPort)) return undefined;
    return { pid: parsed.pid as number, boltPort: parsed.boltPort as number };
  } catch {
    return undefined;
  }
}

export function writePidFile(home: string, content: PidFile): void {
  writeFileSync(pidFilePath(home), JSON.stringify(content));
}

export function removePidFile(home: string): void {
  rmSync(pidFilePath(home), { force: true });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user (so it is certainly not a Neo4j this user started).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The arguments a process was started with, or undefined when it is gone (or unreadable). */
export function readCommandLine(pid: number): string[] | undefined {
  if (existsSync('/proc/self/cmdline')) {
    try {
      const raw = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      return raw === '' ? undefined : raw.replace(/\0$/, '').split('\0');
    } catch {
      return undefined;
    }
  }
  // Without /proc (macOS): ps gives the command line as one string, so paths with spaces do not match (safe side).
  const ps = spawnSync('ps', ['-ww', '-o', 'command=', '-p', String(pid)], { encoding: 'utf8' });
  const line = ps.status === 0 ? ps.stdout.trim() : '';
  return line === '' ? undefined : line.split(/\s+/);
}

/** True when these arguments start the project's Neo4j (the atlas.LocalNeo4j main class) on exactly this home. */
export function isProjectNeo4jCommand(args: readonly string[], home: string): boolean {
  return args.includes('atlas.LocalNeo4j') && args.includes(`--home-dir=${path.resolve(home)}`);
}

export function isProjectNeo4j(
  pid: number,
  home: string,
  readArgs: (pid: number) => string[] | undefined = readCommandLine,
): boolean {
  const args = readArgs(pid);
  return args !== undefined && isProjectNeo4jCommand(args, home);
}

export type PidFileState =
  | { readonly kind: 'none' }
  | { readonly kind: 'running'; readonly file: PidFile }
  /** The file names a pid that is not running, or that runs something else; it must not be signalled. */
  | { readonly kind: 'stale'; readonly file: PidFile; readonly reason: string };

export function inspectPidFile(home: string): PidFileState {
  const file = readPidFile(home);
  if (!file) {
    return existsSync(pidFilePath(home))
      ? { kind: 'stale', file: { pid: 0, boltPort: 0 }, reason: 'it is not readable' }
      : { kind: 'none' };
  }
  if (!isAlive(file.pid)) return { kind: 'stale', file, reason: `pid ${file.pid} is not running` };
  if (!isProjectNeo4j(file.pid, home)) {
    return { kind: 'stale', file, reason: `pid ${file.pid} is another process, not this project's Neo4j for ${home}` };
  }
  return { kind: 'running', file };
}

/**
 * The running detached Neo4j of `home`, if any. A stale pid file is removed (with a message), and the process it
 * named is left alone.
 */
export function runningFromPidFile(home: string, log: (line: string) => void): PidFile | undefined {
  const state = inspectPidFile(home);
  if (state.kind === 'stale') {
    removePidFile(home);
    log(`Removed the stale pid file ${pidFilePath(home)}: ${state.reason}.`);
    return undefined;
  }
  return state.kind === 'running' ? state.file : undefined;
}
