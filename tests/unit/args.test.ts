import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as args from '../../server/src/graphql/args';

function caught(fn: () => unknown): GraphQLError {
  try {
    fn();
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected a GraphQLError');
}

describe('argument validation', () => {
  it('accepts integers in range and names the argument and the range otherwise', () => {
    expect(args.intInRange('depth', 3, 1, 3)).toBe(3);
    const error = caught(() => args.intInRange('depth', 5, 1, 3));
    expect(error.message).toBe('depth must be between 1 and 3, got 5.');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'depth' });
    expect(caught(() => args.intInRange('limit', 0, 1, 20)).message).toBe('limit must be between 1 and 20, got 0.');
    expect(caught(() => args.intInRange('limit', null, 1, 20)).message).toBe(
      'limit must be between 1 and 20, got null.',
    );
    expect(caught(() => args.intInRange('limit', 2.5, 1, 20)).extensions.code).toBe('BAD_USER_INPUT');
  });

  it('rejects empty and blank text, trims the rest', () => {
    expect(args.nonBlankText('text', '  WA ', 200)).toBe('WA');
    expect(caught(() => args.nonBlankText('text', '', 200)).message).toBe('text must not be empty or blank.');
    expect(caught(() => args.nonBlankText('text', ' \t\n', 200)).extensions.argumentName).toBe('text');
    expect(caught(() => args.nonBlankText('text', 'x'.repeat(201), 200)).message).toBe(
      'text must be at most 200 characters long, got 201.',
    );
  });

  it('accepts vocabulary relationship types (sorted, deduplicated) and lists the allowed ones otherwise', () => {
    expect(args.relationTypes('relationTypes', null)).toBeNull();
    expect(args.relationTypes('relationTypes', ['SUBTYPE_OF', 'CONTROLLED_BY', 'SUBTYPE_OF'])).toEqual([
      'CONTROLLED_BY',
      'SUBTYPE_OF',
    ]);
    const error = caught(() => args.relationTypes('relationTypes', ['CONTROLLED_BY', 'LIKES']));
    expect(error.message).toMatch(/^relationTypes contains unknown relationship type LIKES; allowed: SUBTYPE_OF, /);
    expect(error.message).toContain('CONTROLLED_BY');
    expect(caught(() => args.relationTypes('types', [])).extensions.argumentName).toBe('types');
  });

  it('deduplicates kinds and rejects an empty list', () => {
    expect(args.kinds('kinds', undefined)).toBeNull();
    expect(args.kinds('kinds', ['REGIME', 'TREATY', 'REGIME'])).toEqual(['REGIME', 'TREATY']);
    expect(caught(() => args.kinds('kinds', [])).message).toBe(
      'kinds must name at least one entity kind, or be left out.',
    );
  });

  it('builds NOT_FOUND errors that say which argument named the unknown id', () => {
    const error = args.notFound('to', 'tech:nope');
    expect(error.message).toBe('No entity has the id "tech:nope" (argument to).');
    expect(error.extensions).toEqual({ code: 'NOT_FOUND', argumentName: 'to' });
  });
});
