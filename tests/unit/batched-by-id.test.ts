import { describe, expect, it } from 'vitest';
import { batchedById } from '../../server/src/db/batchedById';

describe('batchedById', () => {
  it('reads each distinct rest of the key once, for all its ids, and answers `missing` for an id not found', async () => {
    const calls: { ids: string[]; asOf: string }[] = [];
    const loader = batchedById<{ id: string; asOf: string }, string>((ids, { asOf }) => {
      calls.push({ ids, asOf });
      return Promise.resolve(new Map(ids.filter((id) => id !== 'gone').map((id) => [id, `${id}@${asOf}`])));
    }, 'none');
    const answers = await Promise.all([
      loader.load({ id: 'a', asOf: '2024-01-01' }),
      loader.load({ id: 'b', asOf: '2024-01-01' }),
      loader.load({ id: 'a', asOf: '2025-01-01' }),
      loader.load({ id: 'gone', asOf: '2024-01-01' }),
      loader.load({ id: 'a', asOf: '2024-01-01' }),
    ]);
    expect(answers).toEqual(['a@2024-01-01', 'b@2024-01-01', 'a@2025-01-01', 'none', 'a@2024-01-01']);
    expect(calls).toEqual([
      { ids: ['a', 'b', 'gone'], asOf: '2024-01-01' },
      { ids: ['a'], asOf: '2025-01-01' },
    ]);
  });
});
