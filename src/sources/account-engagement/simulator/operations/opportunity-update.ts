/**
 * Opportunity update (`update/id/<id>`,
 * docs/upstreams/account-engagement.md#opportunity-operations): fields not sent stay; a field sent
 * empty is cleared (see opportunity-fields); updated_at becomes now. Prospects cannot be changed
 * here. Deleted opportunities are 35, as for read.
 */
import { formatTimestamp } from '../dates/timestamps.js';
import { opportunityElement } from '../shapes/opportunity-shape.js';
import { readChanges } from './opportunity-fields.js';
import { liveOpportunityOf } from './opportunity-id.js';
import { GET_OR_POST, type Operation } from './operation.js';
import { assertWritable } from './write-guard.js';

export const opportunityUpdate: Operation = {
  name: 'opportunity.update',
  methods: GET_OR_POST,
  handle(context) {
    assertWritable(context);
    const { params, dataset, nowMs } = context;
    const record = liveOpportunityOf(params, dataset);
    const changes = readChanges(params, { nowMs, dataset });
    dataset.updateOpportunity(record, { ...changes, updated_at: formatTimestamp(nowMs) });
    return [opportunityElement(record, 'full', dataset)];
  },
};
