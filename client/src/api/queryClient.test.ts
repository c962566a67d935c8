import { QueryObserver } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './errors';
import { createQueryClient, fetchThrough, hasShownQueryErrors, watchShownQueryErrors } from './queryClient';

describe('the query client', () => {
  it('retries a transient failure and answers from the cache afterwards', async () => {
    const client = createQueryClient();
    const queryFn = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new ApiError('down', 'SERVICE_UNAVAILABLE', 503))
      .mockResolvedValue('answer');
    await expect(fetchThrough({ queryKey: ['q'], queryFn }, undefined, client)).resolves.toBe('answer');
    await expect(fetchThrough({ queryKey: ['q'], queryFn }, undefined, client)).resolves.toBe('answer');
    expect(queryFn).toHaveBeenCalledTimes(2);
  });

  it('does not retry a bad input', async () => {
    const client = createQueryClient();
    const queryFn = vi.fn<() => Promise<string>>().mockRejectedValue(new ApiError('no', 'BAD_USER_INPUT', 400));
    await expect(fetchThrough({ queryKey: ['q'], queryFn }, undefined, client)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(queryFn).toHaveBeenCalledTimes(1);
  });

  it('stops the caller waiting on abort, while the answer still reaches the cache', async () => {
    const client = createQueryClient();
    let answer: (value: string) => void = () => undefined;
    const queryFn = () =>
      new Promise<string>((resolve) => {
        answer = resolve;
      });
    const controller = new AbortController();
    const waiting = fetchThrough({ queryKey: ['q'], queryFn }, controller.signal, client);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
    answer('late');
    await vi.waitFor(() => {
      expect(client.getQueryData(['q'])).toBe('late');
    });
    await expect(fetchThrough({ queryKey: ['q'], queryFn }, controller.signal, client)).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});

describe('watchShownQueryErrors', () => {
  it('reports the failure of a query a component shows, not of an imperative read', async () => {
    const client = createQueryClient();
    const failures: unknown[] = [];
    const stop = watchShownQueryErrors(client, (error) => failures.push(error));
    const bad = new ApiError('no', 'BAD_USER_INPUT', 400);

    await expect(client.query({ queryKey: ['read'], queryFn: () => Promise.reject(bad) })).rejects.toBe(bad);
    expect(failures).toEqual([]);

    const observer = new QueryObserver(client, { queryKey: ['shown'], queryFn: () => Promise.reject(bad) });
    const unsubscribe = observer.subscribe(() => undefined);
    await vi.waitFor(() => {
      expect(failures).toEqual([bad]);
    });
    expect(hasShownQueryErrors(client)).toBe(true);
    unsubscribe();
    expect(hasShownQueryErrors(client)).toBe(false);
    stop();
  });
});
