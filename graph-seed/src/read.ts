/**
 * Reads the seed's YAML files (graph-seed/data/**.yaml) into raw items that remember their file, so every later
 * problem can name the file it comes from. Nothing is validated here beyond YAML syntax and the top-level layout.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { REPO_ROOT } from './report';
import { renderIssues, seedFileSchema, shapeErrorMap } from './schema';
import { TRANSLATIONS_KEY } from './translations';

export const DEFAULT_DATA_DIR = path.join(REPO_ROOT, 'graph-seed', 'data');

export interface Problem {
  /** The file, relative to the repository root (absolute when it lies outside the repository). */
  readonly file: string;
  /** The entity id, or the relation as `from -TYPE-> to`; null for a problem with the file as a whole. */
  readonly entityId: string | null;
  readonly message: string;
}

export interface SeedFile {
  /** Shown in problems: relative to the repository root when inside it. */
  readonly file: string;
  /** Relative to the data directory with `/` separators, so the seed version does not depend on the checkout. */
  readonly key: string;
  readonly content: string;
}

export interface RawItem {
  readonly file: string;
  /** Position in the file's `entities:` or `relations:` list, to name an item that has no usable id. */
  readonly index: number;
  readonly value: unknown;
}

export interface RawSeed {
  readonly files: readonly SeedFile[];
  readonly entities: readonly RawItem[];
  readonly relations: readonly RawItem[];
  readonly problems: readonly Problem[];
  /** Files whose YAML did not parse: their items are missing, which explains some dangling references. */
  readonly unreadableFiles: readonly string[];
  /** The English renderings (`translations.yaml` at the data directory's root; translationCheck.ts reads it), if any. */
  readonly translations: SeedFile | null;
}

/** How problems show a path: relative to the repository root, or absolute outside it (a temp dir in tests). */
export function displayPath(absolutePath: string): string {
  const relative = path.relative(REPO_ROOT, absolutePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return absolutePath;
  return relative.split(path.sep).join('/');
}

const SEED_FILE = /\.ya?ml$/u;

/** Every *.yaml file under `dataDir`, depth-first, as paths relative to `dataDir`, sorted. */
async function listSeedFiles(dataDir: string, relative = ''): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(path.join(dataDir, relative), { withFileTypes: true })) {
    const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (entry.isDirectory()) found.push(...(await listSeedFiles(dataDir, child)));
    else if (entry.isFile() && SEED_FILE.test(entry.name)) found.push(child);
  }
  return found.sort();
}

async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

/** Reads every seed file under `dataDir`. A missing or empty directory is a problem, not an empty seed. */
export async function readSeedDir(dataDir: string): Promise<RawSeed> {
  const absoluteDir = path.resolve(dataDir);
  if (!(await isDirectory(absoluteDir))) {
    return emptySeed({ file: displayPath(absoluteDir), entityId: null, message: 'seed data directory not found' });
  }
  const keys = await listSeedFiles(absoluteDir);
  if (keys.length === 0) {
    // Loading an empty seed would empty the graph, so a wrong --dir must not look like a valid seed.
    return emptySeed({ file: displayPath(absoluteDir), entityId: null, message: 'no seed files (*.yaml) found' });
  }
  const files = await Promise.all(
    keys.map(async (key) => {
      const absolute = path.join(absoluteDir, ...key.split('/'));
      return { file: displayPath(absolute), key, content: await readFile(absolute, 'utf8') };
    }),
  );
  return parseSeedFiles(files);
}

function emptySeed(problem: Problem): RawSeed {
  return { files: [], entities: [], relations: [], problems: [problem], unreadableFiles: [], translations: null };
}

/** Parses already-read seed files (the in-memory entry point, used by tests). */
export function parseSeedFiles(files: readonly SeedFile[]): RawSeed {
  const entities: RawItem[] = [];
  const relations: RawItem[] = [];
  const problems: Problem[] = [];
  const unreadableFiles: string[] = [];
  let translations: SeedFile | null = null;
  for (const seedFile of files) {
    const { file, key, content } = seedFile;
    // Not entities or relations: it stays in `files` (so it counts in the seed version) and is checked apart.
    if (key === TRANSLATIONS_KEY) {
      translations = seedFile;
      continue;
    }
    const document = YAML.parseDocument(content);
    if (document.errors.length > 0) {
      unreadableFiles.push(file);
      for (const error of document.errors) problems.push({ file, entityId: null, message: yamlErrorMessage(error) });
      continue;
    }
    const parsed = seedFileSchema.safeParse(document.toJS() ?? {}, { error: shapeErrorMap });
    if (!parsed.success) {
      // The items of a badly laid-out file are not read, so say why they are missing.
      unreadableFiles.push(file);
      for (const message of renderIssues(parsed.error)) {
        problems.push({
          file,
          entityId: null,
          message: `${message} (a seed file is a mapping with optional entities: and relations: lists)`,
        });
      }
      continue;
    }
    (parsed.data.entities ?? []).forEach((value, index) => entities.push({ file, index, value }));
    (parsed.data.relations ?? []).forEach((value, index) => relations.push({ file, index, value }));
  }
  return { files, entities, relations, problems, unreadableFiles, translations };
}

/** "YAML syntax error at line 4, column 3: Map keys must be unique" — the first line of yaml's message. */
function yamlErrorMessage(error: YAML.YAMLError): string {
  const firstLine = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/u, '');
  const position = error.linePos?.[0];
  const where = position ? ` at line ${position.line}, column ${position.col}` : '';
  return `YAML syntax error${where}: ${firstLine}`;
}
