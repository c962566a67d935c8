// The API process's heap budget (server/src/heap.ts): the Node arguments every launcher starts the server with.
import { describe, expect, it } from 'vitest';
import { apiHeapMb, DEFAULT_API_HEAP_MB, serverNodeArgs } from '../../server/src/heap';

describe('API heap budget', () => {
  it('defaults to DEFAULT_API_HEAP_MB and takes API_HEAP_MB when set', () => {
    expect(apiHeapMb({})).toBe(DEFAULT_API_HEAP_MB);
    expect(apiHeapMb({ API_HEAP_MB: '' })).toBe(DEFAULT_API_HEAP_MB);
    expect(apiHeapMb({ API_HEAP_MB: ' 512 ' })).toBe(512);
    expect(serverNodeArgs({ API_HEAP_MB: '256' })).toEqual(['--max-old-space-size=256', '--import', 'tsx']);
  });

  it('rejects what is not a whole number of MiB in range, naming the variable', () => {
    for (const value of ['63', '65537', '1.5', '-1', '1e3', 'lots', '0x100']) {
      expect(() => apiHeapMb({ API_HEAP_MB: value }), value).toThrow(
        /^API_HEAP_MB must be a whole number of MiB from 64 to 65536/u,
      );
    }
  });
});
