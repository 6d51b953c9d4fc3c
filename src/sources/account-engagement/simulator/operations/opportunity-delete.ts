/**
 * Opportunity delete and undelete (no response on success,
 * docs/upstreams/account-engagement.md#opportunity-operations; answered 204, see wire/respond).
 * Delete takes POST or DELETE, undelete GET or POST (operation.ts): a GET on delete is error 60
 * and deletes nothing.
 * Delete hides the opportunity from read and query (a second delete is 35); undelete restores it
 * and succeeds on an opportunity that is not deleted too (simulator choice), 35 only when the id
 * does not exist. Both move updated_at to now, so incremental syncs see the change.
 */
import { formatTimestamp } from '../dates/timestamps.js';
import { pardotError } from '../errors.js';
import { liveOpportunityOf, opportunityIdOf } from './opportunity-id.js';
import { GET_OR_POST, POST_OR_DELETE, type Operation } from './operation.js';
import { assertWritable } from './write-guard.js';

export const opportunityDelete: Operation = {
  name: 'opportunity.delete',
  methods: POST_OR_DELETE,
  handle(context) {
    assertWritable(context);
    const record = liveOpportunityOf(context.params, context.dataset);
    context.dataset.setDeleted(record, true, formatTimestamp(context.nowMs));
    return 'no-content';
  },
};

export const opportunityUndelete: Operation = {
  name: 'opportunity.undelete',
  methods: GET_OR_POST,
  handle(context) {
    assertWritable(context);
    const record = context.dataset.opportunity(opportunityIdOf(context.params));
    if (record === undefined) throw pardotError(35);
    context.dataset.setDeleted(record, false, formatTimestamp(context.nowMs));
    return 'no-content';
  },
};
