/**
 * The opportunity an accepted invitation turns into (accepting creates an opportunity in the
 * partner's account from the AWS opportunity and copies key details over:
 * docs/upstreams/partner-central.md#startengagementbyacceptinginvitationtask). Which details are
 * copied is not documented; the simulator copies customer and project from the payload and
 * starts the opportunity at Prospect. AWS referrals arrive approved; a lead starts as Pending
 * Submission. Lead invitations also become opportunities here (simulator choice).
 */
import { formatTimestamp } from '../timestamps.js';
import { opportunityArn } from './ids.js';
import type { InvitationRecord, OpportunityRecord } from './records.js';
import { SECTORS } from './vocabulary.js';

const INDUSTRIES = new Set(SECTORS.map(([, industry]) => industry));

export function opportunityFromInvitation(
  invitation: InvitationRecord,
  id: string,
  accountId: string,
  createdMs: number,
): OpportunityRecord {
  const created = formatTimestamp(createdMs);
  const base = {
    Catalog: invitation.Catalog,
    Id: id,
    Arn: opportunityArn(accountId, invitation.Catalog, id),
    OpportunityType: 'Net New Business',
    LastModifiedDate: created,
    CreatedDate: created,
    RelatedEntityIdentifiers: {},
  } as const;
  if ('OpportunityInvitation' in invitation.Payload) {
    const { Customer, Project, SenderContacts } = invitation.Payload.OpportunityInvitation;
    return {
      ...base,
      Customer: {
        Account: {
          Industry: Customer.Industry,
          CompanyName: Customer.CompanyName,
          WebsiteUrl: Customer.WebsiteUrl,
          Address: { CountryCode: Customer.CountryCode },
        },
      },
      Project: {
        Title: Project.Title,
        CustomerBusinessProblem: Project.BusinessProblem,
        ExpectedCustomerSpend: Project.ExpectedCustomerSpend,
      },
      LifeCycle: {
        Stage: 'Prospect',
        TargetCloseDate: Project.TargetCompletionDate,
        ReviewStatus: 'Approved',
      },
      ...(SenderContacts === undefined ? {} : { OpportunityTeam: SenderContacts }),
    };
  }
  const { Customer, Interaction } = invitation.Payload.LeadInvitation;
  const knownIndustry = Customer.Industry !== undefined && INDUSTRIES.has(Customer.Industry);
  return {
    ...base,
    Customer: {
      Account: {
        Industry: knownIndustry ? Customer.Industry : 'Other',
        ...(knownIndustry ? {} : { OtherIndustry: Customer.Industry ?? 'Unknown' }),
        CompanyName: Customer.CompanyName,
        ...(Customer.WebsiteUrl === undefined ? {} : { WebsiteUrl: Customer.WebsiteUrl }),
        ...(Customer.CountryCode === undefined
          ? {}
          : { Address: { CountryCode: Customer.CountryCode } }),
      },
    },
    Project: {
      Title: `${Interaction.Usecase ?? 'Lead'} for ${Customer.CompanyName}`.slice(0, 255),
      ...(Interaction.Usecase === undefined ? {} : { CustomerUseCase: Interaction.Usecase }),
    },
    LifeCycle: { Stage: 'Prospect', ReviewStatus: 'Pending Submission' },
  };
}
