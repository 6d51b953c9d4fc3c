/**
 * An opportunity as an element, fields in the order of the documented XML
 * (docs/upstreams/account-engagement.md#xml, #opportunity-fields): own fields, then `<campaign>`
 * and `<prospects>` (full/simple). `<prospects/>` is empty rather than absent when none are linked;
 * in JSON that is `"prospects": null`, and one prospect is a bare object. `opportunity_activities`
 * (read with output=full) is not simulated.
 */
import type { AccountEngagementDataset } from '../data/dataset.js';
import type { OpportunityRecord, ProspectRecord } from '../data/records.js';
import { element, elementsOf, type Element } from '../wire/element.js';
import { nestsRelations, type OutputMode } from './output-mode.js';
import { campaignElement, nestedProspectElement } from './prospect-shape.js';

export function opportunityElement(
  o: OpportunityRecord,
  mode: OutputMode,
  dataset: AccountEngagementDataset,
): Element {
  const own = elementsOf({
    id: o.id,
    name: o.name,
    value: o.value,
    probability: o.probability,
    type: o.type,
    stage: o.stage,
    status: o.status,
    closed_at: o.closed_at,
    created_at: o.created_at,
    updated_at: o.updated_at,
  });
  if (!nestsRelations(mode)) return element('opportunity', own);
  const prospects = o.prospectIds
    .map((id) => dataset.prospect(id))
    .filter((p): p is ProspectRecord => p !== undefined)
    .map((p) => nestedProspectElement(p, mode));
  return element('opportunity', [
    ...own,
    campaignElement(dataset.campaign(o.campaign_id)),
    element('prospects', prospects),
  ]);
}
