/**
 * An operation = its name, the HTTP methods it takes and a handler. The definition has already
 * authenticated, counted and routed the request; handlers read parameters through their rule
 * tables and return the children of `<rsp>`, or 'no-content' for delete/undelete.
 */
import type { AccountEngagementDataset } from '../data/dataset.js';
import type { RequestParams } from '../request/params.js';
import type { ApiVersion } from '../request/routes.js';
import type { Element } from '../wire/element.js';

export interface OperationContext {
  readonly params: RequestParams;
  readonly version: ApiVersion;
  readonly dataset: AccountEngagementDataset;
  /** The instant of this request, read once so one answer is consistent. */
  readonly nowMs: number;
  readonly connectorDetected: boolean;
}

export type OperationResult = readonly Element[] | 'no-content';

export interface Operation {
  readonly name: string;
  /** The HTTP methods it takes; any other is error 60 (docs/upstreams/account-engagement.md#http-methods). */
  readonly methods: readonly string[];
  handle(context: OperationContext): OperationResult;
}

/**
 * Every operation but delete: the 2020 reference has every request use GET or POST, and the
 * current pages name one of the two per operation without documenting a refusal of the other
 * (widely used clients read with POST). PUT, PATCH, DELETE and the rest are 60 (simulator choice).
 */
export const GET_OR_POST = ['GET', 'POST'] as const;

/**
 * Delete: the current pages list DELETE, and the documented remedy for error 60 on a delete is to
 * use POST or DELETE, so a GET is refused before anything is deleted.
 */
export const POST_OR_DELETE = ['POST', 'DELETE'] as const;
