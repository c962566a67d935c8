import { describe, expect, it } from 'vitest';
import { ApiError, failureKind, isTransient, retryDelay, shouldRetry } from './errors';

describe('failureKind', () => {
  it('maps API errors to plain-language kinds', () => {
    expect(failureKind(new ApiError('x', 'SERVICE_UNAVAILABLE'))).toBe('down');
    expect(failureKind(new ApiError('x', 'NETWORK_ERROR'))).toBe('network');
    expect(failureKind(new ApiError('x', 'NOT_FOUND'))).toBe('notFound');
    expect(failureKind(new ApiError('x', 'BAD_USER_INPUT'))).toBe('badInput');
    expect(failureKind(new ApiError('x', 'BAD_RESPONSE', 500))).toBe('down');
    expect(failureKind(new ApiError('x', 'BAD_RESPONSE', 404))).toBe('generic');
    expect(failureKind(new ApiError('x', 'RATE_LIMITED', 429))).toBe('rateLimited');
    expect(failureKind(new Error('x'))).toBe('generic');
  });
});

describe('retrying', () => {
  it('retries what may pass by itself: the network, an unavailable database, a 5xx', () => {
    expect(isTransient(new ApiError('x', 'NETWORK_ERROR'))).toBe(true);
    expect(isTransient(new ApiError('x', 'SERVICE_UNAVAILABLE', 503))).toBe(true);
    expect(isTransient(new ApiError('x', 'SERVICE_UNAVAILABLE', 200))).toBe(true);
    expect(isTransient(new ApiError('x', 'BAD_RESPONSE', 500))).toBe(true);
    expect(isTransient(new ApiError('x', 'INTERNAL_SERVER_ERROR', 500))).toBe(true);
  });

  it('does not retry a bad input, an unknown id, a rate limit, a 4xx or a bug in the client', () => {
    expect(isTransient(new ApiError('x', 'BAD_USER_INPUT', 400))).toBe(false);
    expect(isTransient(new ApiError('x', 'BAD_USER_INPUT', 200))).toBe(false);
    expect(isTransient(new ApiError('x', 'NOT_FOUND', 200))).toBe(false);
    expect(isTransient(new ApiError('x', 'RATE_LIMITED', 429))).toBe(false);
    expect(isTransient(new ApiError('x', 'BAD_RESPONSE', 404))).toBe(false);
    expect(isTransient(new TypeError('x is undefined'))).toBe(false);
  });

  it('gives up after two retries, waiting a little longer each time', () => {
    const down = new ApiError('x', 'SERVICE_UNAVAILABLE');
    expect([0, 1, 2].map((failures) => shouldRetry(failures, down))).toEqual([true, true, false]);
    expect(shouldRetry(0, new ApiError('x', 'BAD_USER_INPUT'))).toBe(false);
    expect([0, 1, 2, 10].map(retryDelay)).toEqual([500, 1000, 2000, 4000]);
  });
});
