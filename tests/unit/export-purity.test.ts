// The domain module (graph-seed/domain) is shared with the browser: it (and what it imports) must not use Node APIs
// or the database driver, and it reaches nothing of the project outside its own folder.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DOMAIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'graph-seed', 'domain');

/** Runtime (non-type) import specifiers of a TypeScript file. */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gm)].map((m) => m[1] as string);
}

describe('graph-seed/domain', () => {
  it('imports nothing at run time but its own modules', () => {
    const seen = new Set<string>();
    const queue = [path.join(DOMAIN, 'index.ts')];
    while (queue.length > 0) {
      const file = queue.pop() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/\bprocess\.|\bBuffer\b|require\(/);
      for (const specifier of runtimeImports(file)) {
        expect(specifier.startsWith('.'), `${path.relative(DOMAIN, file)} imports ${specifier}`).toBe(true);
        queue.push(path.resolve(path.dirname(file), `${specifier}.ts`));
      }
    }
    const reached = [...seen].map((f) => path.relative(DOMAIN, f)).sort();
    expect(reached).toEqual(expect.arrayContaining(['vocabulary.ts', 'export/index.ts', 'export/csv.ts']));
    expect(reached.every((f) => !f.startsWith('..'))).toBe(true);
    expect(readdirSync(DOMAIN).length).toBeGreaterThan(3);
  });
});
