import { parse, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import { LINKS_BATCH, linksDocument } from './client';
import { failureKind } from './ApiRunner';
import { ApiError } from './graphql';

describe('batched links query', () => {
  it('asks for each entity under its own alias and stays within the server’s alias limit (30)', () => {
    const doc = parse(linksDocument(LINKS_BATCH));
    let aliases = 0;
    visit(doc, {
      Field(node) {
        if (node.alias) aliases += 1;
      },
    });
    expect(aliases).toBeLessThanOrEqual(30);
    const query = linksDocument(2);
    expect(query).toContain('e0: entity(id: $i0) { ...EntityLinks }');
    expect(query).toContain('e1: entity(id: $i1) { ...EntityLinks }');
    expect(query).toContain('fragment EntityLinks on Entity');
  });
});

describe('failureKind', () => {
  it('maps API errors to plain-language kinds', () => {
    expect(failureKind(new ApiError('x', 'SERVICE_UNAVAILABLE'))).toBe('down');
    expect(failureKind(new ApiError('x', 'NETWORK_ERROR'))).toBe('network');
    expect(failureKind(new ApiError('x', 'NOT_FOUND'))).toBe('notFound');
    expect(failureKind(new ApiError('x', 'BAD_USER_INPUT'))).toBe('badInput');
    expect(failureKind(new ApiError('x', 'BAD_RESPONSE', 500))).toBe('down');
    expect(failureKind(new ApiError('x', 'BAD_RESPONSE', 404))).toBe('generic');
    expect(failureKind(new Error('x'))).toBe('generic');
  });
});
