/**
 * `OpportunitySummary` (docs/upstreams/partner-central.md#listopportunities): the subset of
 * GetOpportunityResponse that ListOpportunities returns. Members the summary does not define
 * (contacts, street address, marketing, …) are left out, as the SDK's summary type has no place for
 * them.
 */
import type { OpportunityRecord } from '../data/records.js';
import { pick } from './pick.js';

export function opportunitySummary(record: OpportunityRecord): object {
  const account = record.Customer?.Account;
  return {
    Catalog: record.Catalog,
    Id: record.Id,
    Arn: record.Arn,
    PartnerOpportunityIdentifier: record.PartnerOpportunityIdentifier,
    OpportunityType: record.OpportunityType,
    LastModifiedDate: record.LastModifiedDate,
    CreatedDate: record.CreatedDate,
    LifeCycle: pick(record.LifeCycle, [
      'Stage',
      'ClosedLostReason',
      'NextSteps',
      'TargetCloseDate',
      'ReviewStatus',
      'ReviewComments',
      'ReviewStatusReason',
    ]),
    Customer:
      record.Customer === undefined
        ? undefined
        : {
            Account:
              account === undefined
                ? undefined
                : {
                    ...pick(account, ['Industry', 'OtherIndustry', 'CompanyName', 'WebsiteUrl']),
                    Address: pick(account.Address, [
                      'City',
                      'PostalCode',
                      'StateOrRegion',
                      'CountryCode',
                    ]),
                  },
          },
    Project: pick(record.Project, [
      'DeliveryModels',
      'ExpectedCustomerSpend',
      'ExpectedContractDuration',
    ]),
  };
}
