/** A small typed GraphQL client: POSTs a generated document and turns GraphQL and network failures into ApiError. */
import { clientConfig } from '../config';
import { ApiError, isAbort } from './errors';
import type { TypedDocumentString } from './gql/graphql';

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; argumentName?: unknown } }[];
}

/** Sends one of the generated documents (gql/graphql.ts: the operation with the fragments it spreads). */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(clientConfig.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: signal ?? null,
    });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError('The server cannot be reached.', 'NETWORK_ERROR');
  }
  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch (error) {
    if (isAbort(error)) throw error;
    const code = response.status === 503 || response.status === 502 ? 'SERVICE_UNAVAILABLE' : 'BAD_RESPONSE';
    throw new ApiError(`The server answered with HTTP ${response.status}.`, code, response.status);
  }
  const first = body.errors?.[0];
  if (first) {
    const argument = first.extensions?.argumentName;
    throw new ApiError(
      first.message,
      first.extensions?.code ?? 'UNKNOWN',
      response.status,
      typeof argument === 'string' ? argument : undefined,
    );
  }
  if (!body.data) throw new ApiError('The server returned no data.', 'BAD_RESPONSE', response.status);
  return body.data;
}
