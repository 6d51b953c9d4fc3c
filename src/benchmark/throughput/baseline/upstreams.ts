import pLimit from 'p-limit';
import {
  accountEngagementCreatedAfter,
  leadSquaredCreatedAfter,
  partnerCentralCreatedAfter,
} from './created-after.js';
import { sigV4ShapedHeaders } from '../../../sources/partner-central/simulator/sigv4-shaped-headers.js';
import { requestJson } from './http-json.js';

/**
 * The baseline's upstream calls: node:http, one request per call, no retries, no
 * quotas (but Account Engagement's concurrency limit, which every working client keeps), no cache. Each call sends what this server sends for the same page (the simulators'
 * request logs show it), so both servers ask the upstreams for the same work.
 */

export interface BaselineUpstreamUrls {
  readonly leadSquared: string;
  readonly partnerCentral: string;
  readonly accountEngagement: string;
}

export interface BaselineCredentials {
  readonly lsqAccessKey: string;
  readonly lsqSecretKey: string;
  readonly aeClientId: string;
  readonly aeClientSecret: string;
  readonly aeRefreshToken: string;
  readonly aeBusinessUnitId: string;
  /** The region Partner Central requests are scoped to (the simulator's PARTNER_CENTRAL_REGION). */
  readonly pcRegion: string;
}

/** What every baseline field answers: a GraphQL `Opportunity`. */
export interface BaselineOpportunity {
  readonly __typename: 'Opportunity';
  readonly id: string;
  readonly name: string | null;
}

const opportunity = (id: string, name: unknown): BaselineOpportunity => ({
  __typename: 'Opportunity',
  id,
  name: typeof name === 'string' ? name : null,
});

interface LsqItem {
  ProspectActivityId?: string;
  OpportunityId?: string;
  mx_Custom_1?: string;
}

/**
 * Account Engagement's documented limit of concurrent requests per business unit. Any client that
 * works has to keep to it: the simulator refuses a sixth with error 66, and a fast refusal would
 * count as a fast answer.
 */
const AE_MAX_CONCURRENT = 5;

export class BaselineUpstreams {
  #aeToken: Promise<string> | undefined;
  readonly #aeSlots = pLimit(AE_MAX_CONCURRENT);

  constructor(
    readonly urls: BaselineUpstreamUrls,
    readonly credentials: BaselineCredentials,
  ) {}

  #lsq(path: string, body: unknown): Promise<unknown> {
    const { lsqAccessKey, lsqSecretKey } = this.credentials;
    return requestJson(
      `${this.urls.leadSquared}/v2/OpportunityManagement.svc/${path}`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-LSQ-AccessKey': lsqAccessKey,
          'x-LSQ-SecretKey': lsqSecretKey,
        },
        body: JSON.stringify(body),
      },
      `LeadSquared ${path}`,
    );
  }

  async leadSquaredListing(
    eventCode: number,
    first: number,
    createdAfter?: string | null,
  ): Promise<BaselineOpportunity[]> {
    const conditions = createdAfter
      ? [
          {
            Type: 'Activity',
            ConOp: 'and',
            RowCondition: [
              {
                SubConOp: 'And',
                LSO: 'CreatedOn',
                LSO_Type: 'DateTime',
                Operator: 'gt',
                RSO: leadSquaredCreatedAfter(createdAfter),
              },
            ],
          },
        ]
      : [];
    const body = (await this.#lsq('Retrieve/BySearchParameter', {
      OpportunityEventCode: eventCode,
      AdvancedSearch: JSON.stringify({
        GrpConOp: 'And',
        Conditions: conditions,
        QueryTimeZone: 'UTC',
      }),
      Paging: { PageIndex: 1, PageSize: first },
      Sorting: { ColumnName: 'CreatedOn', Direction: '1' },
      Columns: { Include_CSV: 'mx_Custom_1' },
    })) as { List: LsqItem[] };
    return body.List.map((item) =>
      opportunity(`lsq:${eventCode}:${item.OpportunityId!.toLowerCase()}`, item.mx_Custom_1),
    );
  }

  /** GetOpportunitiesById, one call for up to 2,000 ids of one event code; keyed by lower-cased id. */
  async leadSquaredByIds(
    eventCode: number,
    ids: readonly string[],
  ): Promise<Map<string, BaselineOpportunity>> {
    const groups = (await this.#lsq('GetOpportunitiesById', {
      SearchParameters: [
        {
          EventCode: String(eventCode),
          ProspectActivityId: ids,
          // The columns ours asks for (it always adds CreatedOn here), so both fetch as much.
          Columns: { Include_CSV: 'CreatedOn,mx_Custom_1' },
        },
      ],
    })) as { EventCode: string; Opportunities: LsqItem[] }[];
    const found = new Map<string, BaselineOpportunity>();
    for (const group of groups) {
      for (const item of group.Opportunities) {
        const id = item.ProspectActivityId!.toLowerCase();
        found.set(id, opportunity(`lsq:${group.EventCode}:${id}`, item.mx_Custom_1));
      }
    }
    return found;
  }

  async partnerCentralListing(
    catalog: string,
    first: number,
    createdAfter?: string | null,
  ): Promise<BaselineOpportunity[]> {
    const answer = requestJson(
      `${this.urls.partnerCentral}/`,
      {
        method: 'POST',
        // The simulator requires a SigV4-shaped Authorization header but checks no signature:
        // the baseline sends the shape, built by hand (no signing library is a dependency), and
        // spends nothing on signing.
        headers: {
          'content-type': 'application/x-amz-json-1.0',
          'x-amz-target': 'AWSPartnerCentralSelling.ListOpportunities',
          ...sigV4ShapedHeaders({ region: this.credentials.pcRegion }),
        },
        body: JSON.stringify({
          Catalog: catalog,
          MaxResults: 100,
          Sort: { SortOrder: 'DESCENDING', SortBy: 'LastModifiedDate' },
          ...(createdAfter
            ? { CreatedDate: { AfterCreatedDate: partnerCentralCreatedAfter(createdAfter) } }
            : {}),
        }),
      },
      'Partner Central ListOpportunities',
    );
    const body = (await answer) as {
      OpportunitySummaries: { Id: string; Customer?: { Account?: { CompanyName?: string } } }[];
    };
    return body.OpportunitySummaries.slice(0, first).map((item) =>
      opportunity(`pc:${catalog}:${item.Id}`, item.Customer?.Account?.CompanyName),
    );
  }

  /** One token for the process, as a generic gateway would hold it; asked for once. */
  #token(): Promise<string> {
    const { aeClientId, aeClientSecret, aeRefreshToken } = this.credentials;
    this.#aeToken ??= requestJson(
      `${this.urls.accountEngagement}/services/oauth2/token`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'refresh_token',
          refresh_token: aeRefreshToken,
          client_id: aeClientId,
          client_secret: aeClientSecret,
        }).toString(),
      },
      'Account Engagement token',
    ).then((body) => (body as { access_token: string }).access_token);
    return this.#aeToken;
  }

  async accountEngagementListing(
    first: number,
    createdAfter?: string | null,
  ): Promise<BaselineOpportunity[]> {
    const query = new URLSearchParams({
      ...(createdAfter ? { created_after: accountEngagementCreatedAfter(createdAfter) } : {}),
      sort_by: 'created_at',
      sort_order: 'descending',
      offset: '0',
      limit: String(first),
      output: 'simple',
      format: 'json',
    });
    const token = await this.#token();
    const answer = this.#aeSlots(() =>
      requestJson(
        `${this.urls.accountEngagement}/api/opportunity/version/4/do/query?${query}`,
        {
          method: 'GET',
          headers: {
            authorization: `Bearer ${token}`,
            'pardot-business-unit-id': this.credentials.aeBusinessUnitId,
          },
        },
        'Account Engagement opportunity query',
      ),
    );
    const body = (await answer) as {
      result: { opportunity?: { id: number; name: string }[] | { id: number; name: string } };
    };
    const found = body.result.opportunity ?? [];
    return (Array.isArray(found) ? found : [found]).map((item) =>
      opportunity(`ae:${item.id}`, item.name),
    );
  }
}
