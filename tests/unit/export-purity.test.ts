// The serializers in graph-seed/src/export are shared with the browser: they (and what they import) must not use
// Node APIs or the database driver. The export command's Node code lives in server/.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SEED_SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'graph-seed', 'src');

/** Runtime (non-type) import specifiers of a TypeScript file. */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gm)].map((m) => m[1] as string);
}

describe('graph-seed/src/export', () => {
  it('imports nothing at run time but its own modules, the vocabulary, the search fields, the translation lookup and the loader’s pure Cypher', () => {
    const seen = new Set<string>();
    const queue = readdirSync(path.join(SEED_SRC, 'export'))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => path.join(SEED_SRC, 'export', f));
    expect(queue.length).toBeGreaterThan(4);
    while (queue.length > 0) {
      const file = queue.pop() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/\bprocess\.|\bBuffer\b|require\(/);
      for (const specifier of runtimeImports(file)) {
        expect(specifier.startsWith('.'), `${path.relative(SEED_SRC, file)} imports ${specifier}`).toBe(true);
        queue.push(path.resolve(path.dirname(file), `${specifier}.ts`));
      }
    }
    const reached = [...seen].map((f) => path.relative(SEED_SRC, f)).sort();
    // translations.ts is the lookup the loader attaches English quotes with (normalize.ts folds whitespace for it).
    const pureModules = ['cypher.ts', 'normalize.ts', 'searchFields.ts', 'translations.ts', 'vocabulary.ts'];
    expect(reached).toEqual(expect.arrayContaining([...pureModules, 'export/index.ts']));
    expect(reached.every((f) => f.startsWith('export/') || pureModules.includes(f))).toBe(true);
  });
});
