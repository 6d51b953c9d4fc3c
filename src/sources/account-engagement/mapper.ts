import { formatGlobalId } from '../../core/domain/ids.js';
import type { OpportunityRecord } from '../../core/domain/opportunity.js';
import type { ProspectRecord } from '../../core/domain/prospect.js';
import { UpstreamSource } from '../../core/errors/index.js';
import { parseAccountEngagementTime } from './time.js';
import type { WireOpportunity, WireProspect } from './wire.js';

export function mapAccountEngagementProspect(wire: WireProspect): ProspectRecord {
  return {
    id: formatGlobalId({ kind: 'ae-prospect', prospectId: wire.id }),
    source: UpstreamSource.ACCOUNT_ENGAGEMENT,
    sourceId: String(wire.id),
    email: wire.email,
    firstName: wire.first_name,
    lastName: wire.last_name,
    company: wire.company,
    createdAt: parseAccountEngagementTime(wire.created_at),
    lastModifiedAt: parseAccountEngagementTime(wire.updated_at),
    details: { kind: 'accountEngagement', prospectId: wire.id, fields: wire.fields },
  };
}

export function mapAccountEngagementOpportunity(wire: WireOpportunity): OpportunityRecord {
  return {
    id: formatGlobalId({ kind: 'ae-opportunity', opportunityId: wire.id }),
    source: UpstreamSource.ACCOUNT_ENGAGEMENT,
    sourceId: String(wire.id),
    name: wire.name,
    stage: wire.stage,
    amount: wire.value !== null ? { amount: wire.value, currencyCode: null } : null,
    probability: wire.probability,
    createdAt: parseAccountEngagementTime(wire.created_at),
    lastModifiedAt: parseAccountEngagementTime(wire.updated_at),
    details: {
      kind: 'accountEngagement',
      opportunityId: wire.id,
      value: wire.value,
      type: wire.type,
      status: wire.status,
      closedAt: parseAccountEngagementTime(wire.closed_at),
      campaign: wire.campaign,
      prospects: wire.prospects ? wire.prospects.map(mapAccountEngagementProspect) : null,
    },
  };
}
