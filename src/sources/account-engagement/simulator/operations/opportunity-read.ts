/**
 * Opportunity read (`read/id/<id>`, docs/upstreams/account-engagement.md#opportunity-operations):
 * the opportunity with campaign and prospects.
 */
import { opportunityElement } from '../shapes/opportunity-shape.js';
import { OUTPUT_MODES } from '../shapes/output-mode.js';
import { enumParam, readParams } from '../validation/param-rules.js';
import { liveOpportunityOf } from './opportunity-id.js';
import { GET_OR_POST, type Operation } from './operation.js';

const PARAMS = { output: enumParam(OUTPUT_MODES, 5) };

export const opportunityRead: Operation = {
  name: 'opportunity.read',
  methods: GET_OR_POST,
  handle({ params, dataset, nowMs }) {
    const { output } = readParams(params, PARAMS, { nowMs });
    const record = liveOpportunityOf(params, dataset);
    return [opportunityElement(record, output ?? 'full', dataset)];
  },
};
