/**
 * Opportunity create (`create/prospect_email/<email>` or `create/prospect_id/<id>`,
 * docs/upstreams/account-engagement.md#opportunity-operations; the
 * other of the two may come as a parameter and must name the same prospect, else 44). Checks in
 * order: connector (37), required name/value/probability (13 missing, 36 empty), prospect (3, 4,
 * 44), then each field's rule. Without `campaign_id` the opportunity takes the prospect's campaign
 * (simulator choice: the field is required, the documentation lists no default). created_at and
 * updated_at are the simulator clock's now.
 */
import { formatTimestamp } from '../dates/timestamps.js';
import type { OpportunityRecord } from '../data/records.js';
import { opportunityElement } from '../shapes/opportunity-shape.js';
import { emailParam, integerParam, readParams } from '../validation/param-rules.js';
import { checkCreateRequired, readChanges } from './opportunity-fields.js';
import { GET_OR_POST, type Operation } from './operation.js';
import { selectOneProspect } from './prospect-filter.js';
import { assertWritable } from './write-guard.js';

const PROSPECT_PARAMS = { prospect_id: integerParam(3), prospect_email: emailParam() };

export const opportunityCreate: Operation = {
  name: 'opportunity.create',
  methods: GET_OR_POST,
  handle(context) {
    assertWritable(context);
    const { params, dataset, nowMs } = context;
    checkCreateRequired(params);
    const selector = readParams(params, PROSPECT_PARAMS, { nowMs });
    const prospect = selectOneProspect(dataset, {
      prospectId: selector.prospect_id,
      prospectEmail: selector.prospect_email,
    });
    const changes = readChanges(params, { nowMs, dataset });
    const now = formatTimestamp(nowMs);
    const record: OpportunityRecord = {
      id: dataset.nextOpportunityId(),
      campaign_id: changes.campaign_id ?? prospect.campaign_id,
      name: changes.name ?? '',
      value: changes.value ?? 0,
      probability: changes.probability ?? 0,
      type: changes.type ?? null,
      stage: changes.stage ?? null,
      status: changes.status ?? null,
      closed_at: changes.closed_at ?? null,
      created_at: now,
      updated_at: now,
      prospectIds: [prospect.id],
      deleted: false,
    };
    dataset.addOpportunity(record);
    return [opportunityElement(record, 'full', dataset)];
  },
};
