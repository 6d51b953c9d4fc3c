/**
 * Cuts one page out of a sorted result and issues the NextToken for the rest (the token is
 * omitted on the last page, never sent as "": docs/upstreams/partner-central.md#pagination).
 * Offsets index the result as it is when the next page is asked for, so a record created between
 * pages can shift later pages by one.
 */
import { validationError } from '../errors.js';
import { queryFingerprint, type NextTokenCodec } from './next-token.js';

export interface PagingContext {
  readonly tokens: NextTokenCodec;
  readonly nowMs: number;
}

export interface PageInput {
  readonly MaxResults?: number;
  readonly NextToken?: string;
}

export interface Page<T> {
  readonly items: T[];
  readonly NextToken?: string;
}

/** Where a page starts (from the verified NextToken) and how long it is. */
export interface PageRequest {
  readonly fingerprint: string;
  readonly offset: number;
  readonly size: number;
}

/**
 * `defaultSize`: 20 where the model's documentation states it (ListOpportunities, Appendix B); the
 * simulator uses 20 for the other List operations too, whose defaults are not documented.
 */
export function readPageRequest(
  operation: string,
  input: PageInput & Record<string, unknown>,
  context: PagingContext,
  defaultSize = 20,
): PageRequest {
  const fingerprint = queryFingerprint(operation, input);
  let offset = 0;
  if (input.NextToken !== undefined && input.NextToken !== null) {
    const read = context.tokens.read(input.NextToken, fingerprint, context.nowMs);
    if (typeof read !== 'number') throw validationError([read]);
    offset = read;
  }
  return { fingerprint, offset, size: input.MaxResults ?? defaultSize };
}

/** The page's items, with a NextToken when the result goes on after them (`hasMore`). */
export function finishPage<T>(
  items: T[],
  hasMore: boolean,
  request: PageRequest,
  context: PagingContext,
): Page<T> {
  if (!hasMore) return { items };
  const next = request.offset + request.size;
  return { items, NextToken: context.tokens.issue(request.fingerprint, next, context.nowMs) };
}

export function pageOf<T>(
  sorted: readonly T[],
  operation: string,
  input: PageInput & Record<string, unknown>,
  context: PagingContext,
  defaultSize = 20,
): Page<T> {
  const request = readPageRequest(operation, input, context, defaultSize);
  const { offset, size } = request;
  const items = sorted.slice(offset, offset + size);
  return finishPage(items, offset + size < sorted.length, request, context);
}
