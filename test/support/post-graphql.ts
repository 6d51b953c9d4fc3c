import { print, type ExecutionResult } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

export interface GraphqlAnswer<TData> {
  status: number;
  body: ExecutionResult<TData>;
  /** The raw body, for tests that grep it for secrets. */
  text: string;
  headers: Headers;
}

/** POST `<baseUrl>/graphql` over real HTTP, as a client would. */
export async function postGraphql<TData, TVariables>(
  baseUrl: string,
  document: TypedDocumentNode<TData, TVariables> | string,
  variables?: TVariables,
  headers: Record<string, string> = {},
): Promise<GraphqlAnswer<TData>> {
  const query = typeof document === 'string' ? document : print(document);
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text), text, headers: response.headers };
}
