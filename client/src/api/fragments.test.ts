import { describe, expect, it } from 'vitest';
import { parseFragments, withFragments } from './fragments';

const library = parseFragments(`# shared
fragment A on Entity {
  id
  ...B
}

fragment B on Entity {
  kind
}

fragment C on Source {
  quote
}
`);

describe('shared fragments', () => {
  it('parses each definition by name', () => {
    expect([...library.keys()]).toEqual(['A', 'B', 'C']);
    expect(library.get('B')).toBe('fragment B on Entity {\n  kind\n}');
  });

  it('appends exactly the fragments an operation uses, following nested spreads', () => {
    const document = withFragments('query Q { entity(id: "x") { ...A } }', library);
    expect(document).toContain('fragment A on Entity');
    expect(document).toContain('fragment B on Entity');
    expect(document).not.toContain('fragment C');
  });

  it('leaves inline fragments, local definitions and fragment-free operations alone', () => {
    const local = 'query Q { entity(id: "x") { ... on Entity { id } ...B } }\nfragment B on Entity { id }';
    expect(withFragments(local, library)).toBe(local);
    expect(withFragments('{ graphStats { nodes } }', library)).toBe('{ graphStats { nodes } }');
  });

  it('ships the real shared fragments', () => {
    const document = withFragments('query Q { search(text: "x") { ...EntityRef } }');
    expect(document).toMatch(/fragment EntityRef on Entity \{[^}]*nameZh: name\(lang: ZH\)/);
  });
});
