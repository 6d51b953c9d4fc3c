import type { CallContext, HttpSource, SlotEnded } from '../../core/http/index.js';
import { parseLeadsByIds, parseOpportunitiesById } from './parse.js';
import {
  chunk,
  groupByEventCode,
  refKey,
  type OpportunityRef,
  type WireOpportunity,
} from './request-shapes.js';
import { MAX_LEADS_PER_CALL } from './limits.js';
import type { WireColumns } from './wire.js';

/* The two bulk-by-id calls as they go on the wire; the client decides when they are sent. */

/** One GetOpportunitiesById call; its first attempt uses the slot the caller was granted. */
export async function sendOpportunitiesById(
  http: HttpSource,
  refs: readonly OpportunityRef[],
  includeCsv: string,
  ctx: CallContext,
  slotEnded: SlotEnded,
): Promise<Map<string, WireOpportunity>> {
  const groups = await http.request(
    {
      operation: 'GetOpportunitiesById',
      method: 'POST',
      path: 'OpportunityManagement.svc/GetOpportunitiesById',
      json: {
        SearchParameters: groupByEventCode(refs).map(([eventCode, ids]) => ({
          EventCode: String(eventCode),
          ProspectActivityId: ids,
          Columns: { Include_CSV: includeCsv },
        })),
      },
      idempotent: true,
      parse: parseOpportunitiesById,
      firstAttemptGranted: slotEnded,
    },
    ctx,
  );
  const found = new Map<string, WireOpportunity>();
  for (const group of groups) {
    for (const item of group.Opportunities)
      found.set(refKey(group.EventCode, item.ProspectActivityId), item);
  }
  return found;
}
/** Leads/Retrieve/ByIds, one call per 10,000 ids; keyed by the lower-cased ProspectID. */
export async function sendLeadsByIds(
  http: HttpSource,
  unique: readonly string[],
  includeCsv: string,
  ctx: CallContext,
): Promise<Map<string, WireColumns>> {
  const responses = await Promise.all(
    chunk(unique, MAX_LEADS_PER_CALL).map((part) =>
      http.request(
        {
          operation: 'RetrieveLeadsByIds',
          method: 'POST',
          path: 'LeadManagement.svc/Leads/Retrieve/ByIds',
          json: {
            SearchParameters: { LeadIds: part },
            Columns: { Include_CSV: includeCsv },
            Paging: { PageIndex: 1, PageSize: part.length },
          },
          idempotent: true,
          parse: parseLeadsByIds,
        },
        ctx,
      ),
    ),
  );
  const found = new Map<string, WireColumns>();
  for (const lead of responses.flatMap((response) => response.Leads)) {
    const id = lead.ProspectID ?? lead.ProspectId;
    if (id) found.set(id.toLowerCase(), lead);
  }
  return found;
}
