// The data dictionary must not drift from the vocabulary it documents.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS, RELATION_TYPE_NAMES } from '#domain';

const readme = readFileSync('graph-seed/README.md', 'utf8');
/** A table row that starts with the name in backticks (Prettier pads table cells). */
const row = (name: string) => new RegExp(`^\\| \`${name}\`\\s+\\|`, 'm');

describe('graph-seed/README.md', () => {
  it.each(ENTITY_KINDS)('documents the kind %s', (kind) => {
    expect(readme).toMatch(row(kind));
  });

  it.each(RELATION_TYPE_NAMES)('documents the relationship type %s', (type) => {
    expect(readme).toMatch(row(type));
  });
});
