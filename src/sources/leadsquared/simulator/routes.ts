/**
 * The API surface: `/v2/<Service>.svc/<Method>` on any host
 * (docs/upstreams/leadsquared.md#hosts-and-base-path). Paths match case-insensitively; each route
 * has one HTTP method and names the operation that the request log and fault rules use.
 */
import { getLeadById } from './handlers/get-lead-by-id.js';
import { getOpportunitiesById } from './handlers/get-opportunities-by-id.js';
import { getOpportunitiesOfLead } from './handlers/get-opportunities-of-lead.js';
import { getOpportunityDetails } from './handlers/get-opportunity-details.js';
import type { Handler } from './handlers/handler.js';
import { retrieveLeadsByIds } from './handlers/retrieve-leads-by-ids.js';
import { retrieveOpportunitiesBySearchParameter } from './handlers/retrieve-opportunities-by-search-parameter.js';

export interface Route {
  readonly operation: string;
  readonly method: 'GET' | 'POST';
  readonly handle: Handler;
}

const ROUTES = new Map<string, Route>(
  (
    [
      [
        'OpportunityManagement.svc/GetOpportunitiesById',
        'GetOpportunitiesById',
        'POST',
        getOpportunitiesById,
      ],
      [
        'OpportunityManagement.svc/GetOpportunitiesOfLead',
        'GetOpportunitiesOfLead',
        'POST',
        getOpportunitiesOfLead,
      ],
      [
        'OpportunityManagement.svc/Retrieve/BySearchParameter',
        'RetrieveOpportunitiesBySearchParameter',
        'POST',
        retrieveOpportunitiesBySearchParameter,
      ],
      [
        'OpportunityManagement.svc/GetOpportunityDetails',
        'GetOpportunityDetails',
        'GET',
        getOpportunityDetails,
      ],
      ['LeadManagement.svc/Leads/Retrieve/ByIds', 'RetrieveLeadsByIds', 'POST', retrieveLeadsByIds],
      ['LeadManagement.svc/Leads.GetById', 'Leads.GetById', 'GET', getLeadById],
    ] as const
  ).map(([path, operation, method, handle]) => [
    `/v2/${path}`.toLowerCase(),
    { operation, method, handle },
  ]),
);

/** Every operation name the simulator answers, for fault rules and docs. */
export const OPERATIONS = [...ROUTES.values()].map((route) => route.operation);

export function routeOf(path: string): Route | undefined {
  return ROUTES.get(path.toLowerCase());
}

/** The route's operation, else the method part of an unknown `….svc/<Method>` path, else 'unknown'. */
export function operationOf(path: string): string {
  const route = routeOf(path);
  if (route !== undefined) return route.operation;
  const method = /\.svc\/(.+)$/i.exec(path)?.[1];
  return method ?? 'unknown';
}
