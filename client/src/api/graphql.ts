/** A small typed GraphQL client: POSTs a document and turns GraphQL and network failures into one error type. */
import { clientConfig } from '../config';
import { withFragments } from './fragments';

/**
 * `code` is the server's extensions.code (BAD_USER_INPUT, NOT_FOUND, SERVICE_UNAVAILABLE, …), or NETWORK_ERROR
 * when the server cannot be reached, or BAD_RESPONSE when it answered with something that is not GraphQL.
 */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    readonly code: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export async function request<T>(
  query: string,
  variables: Readonly<Record<string, unknown>>,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(clientConfig.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: withFragments(query), variables }),
      signal: signal ?? null,
    });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError('The server cannot be reached.', 'NETWORK_ERROR');
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch (error) {
    if (isAbort(error)) throw error;
    const code = response.status === 503 || response.status === 502 ? 'SERVICE_UNAVAILABLE' : 'BAD_RESPONSE';
    throw new ApiError(`The server answered with HTTP ${response.status}.`, code, response.status);
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? 'UNKNOWN', response.status);
  if (!body.data) throw new ApiError('The server returned no data.', 'BAD_RESPONSE', response.status);
  return body.data;
}
