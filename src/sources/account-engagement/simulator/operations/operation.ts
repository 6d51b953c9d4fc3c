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
  /**
   * GET or POST for every operation; DELETE as well on delete
   * (docs/upstreams/account-engagement.md#request-conventions).
   */
  readonly methods: readonly string[];
  handle(context: OperationContext): OperationResult;
}

export const READ_METHODS = ['GET', 'POST'] as const;
