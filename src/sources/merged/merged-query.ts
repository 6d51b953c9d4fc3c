import type { Services } from '../../services.js';
import type { Catalog } from '../../core/domain/catalog.js';
import { BadUserInputError } from '../../core/errors/index.js';
import type {
  OpportunityFilter,
  OpportunityOrder,
} from '../../schema/opportunity/opportunity.filter.js';
import { OpportunitySource, SortDirection } from '../../schema/common/enums.js';

/**
 * One list the merged listing reads: a Partner Central catalog, the Account Engagement business
 * unit, or one LeadSquared opportunity type. Its `name` keys its position inside the cursor.
 */
export type StreamSpec =
  | { name: string; source: typeof OpportunitySource.PARTNER_CENTRAL; catalog: Catalog }
  | { name: string; source: typeof OpportunitySource.ACCOUNT_ENGAGEMENT }
  | { name: string; source: typeof OpportunitySource.LEADSQUARED; eventCode: number };

/** The merged listing's arguments, checked, with the streams the configuration gives them. */
export interface MergedQuery {
  streams: readonly StreamSpec[];
  /** Strict bounds on createdAt. */
  createdAfter: Date | null;
  createdBefore: Date | null;
  direction: SortDirection;
}

const SOURCE_ORDER = [
  OpportunitySource.PARTNER_CENTRAL,
  OpportunitySource.ACCOUNT_ENGAGEMENT,
  OpportunitySource.LEADSQUARED,
] as const;

/**
 * Checks the filter before anything is sent and lists the streams: every configured catalog and
 * event code of the sources asked for, in a fixed order (it breaks ties and keys the cursor).
 */
export function mergedQueryOf(
  filter: OpportunityFilter | null | undefined,
  orderBy: OpportunityOrder | null | undefined,
  services: Services,
): MergedQuery {
  const sources = filter?.sources;
  if (sources !== null && sources !== undefined && sources.length === 0) {
    throw new BadUserInputError(
      'filter.sources',
      'must name at least one source (omit it for every source)',
      sources,
    );
  }
  const wanted = new Set(sources ?? SOURCE_ORDER);
  const createdAfter = filter?.createdAfter ?? null;
  const createdBefore = filter?.createdBefore ?? null;
  if (createdAfter && createdBefore && createdAfter.getTime() >= createdBefore.getTime()) {
    throw new BadUserInputError(
      'filter.createdAfter',
      'must be earlier than filter.createdBefore (both bounds are strict)',
      createdAfter.toISOString(),
    );
  }
  const streams: StreamSpec[] = [];
  for (const source of SOURCE_ORDER) {
    if (!wanted.has(source)) continue;
    if (source === OpportunitySource.PARTNER_CENTRAL) {
      for (const catalog of services.partnerCentral.config.catalogs) {
        streams.push({ name: `pc:${catalog}`, source, catalog });
      }
    } else if (source === OpportunitySource.ACCOUNT_ENGAGEMENT) {
      streams.push({ name: 'ae', source });
    } else {
      for (const eventCode of services.leadSquared.config.eventCodes) {
        streams.push({ name: `lsq:${eventCode}`, source, eventCode });
      }
    }
  }
  return {
    streams,
    createdAfter,
    createdBefore,
    direction: orderBy?.direction ?? SortDirection.DESC,
  };
}

/**
 * What a merged cursor is bound to. The stream names are part of it: a cursor issued before the
 * configured catalogs or event codes changed is refused instead of skipping or repeating records.
 */
export function mergedBinding(query: MergedQuery): unknown {
  return {
    connection: 'opportunities',
    streams: query.streams.map((stream) => stream.name),
    createdAfter: query.createdAfter?.toISOString() ?? null,
    createdBefore: query.createdBefore?.toISOString() ?? null,
    direction: query.direction,
  };
}
