import { formatGlobalId } from '../../core/domain/ids.js';
import type { OpportunityRecord } from '../../core/domain/opportunity.js';
import type { ProspectRecord } from '../../core/domain/prospect.js';
import { UpstreamSource } from '../../core/errors/index.js';
import type { WireOpportunity, WireProspect } from './wire.js';

/**
 * Timestamps come as "YYYY-MM-DD HH:MM:SS" in the API user's time zone, with no zone designator
 * (docs/upstreams/account-engagement.md#timestamps). They are read as UTC: set the API user's time
 * zone to UTC (README).
 */
export function parseAccountEngagementTime(value: string | null): string | null {
  if (!value) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  const date = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
  return Number.isNaN(date.getTime()) || date.getUTCDate() !== d ? null : date.toISOString();
}

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
