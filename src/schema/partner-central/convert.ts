import type {
  Contact,
  ExpectedContractDuration,
  ExpectedCustomerSpend,
  Marketing,
  MonetaryValue,
  NextStepsHistory,
  RelatedEntityIdentifiers,
  SenderContact,
  SoftwareRevenue,
} from '../../sources/partner-central/wire-types.js';
import { toScaledMoney } from '../../core/domain/money.js';
import type { Money } from '../../core/domain/opportunity.js';
import type {
  PartnerCentralContact,
  PartnerCentralExpectedContractDuration,
  PartnerCentralExpectedCustomerSpend,
  PartnerCentralMarketing,
  PartnerCentralNextStep,
  PartnerCentralRelatedEntityIdentifiers,
  PartnerCentralSoftwareRevenue,
} from './opportunity-values.type.js';

/*
 * SDK structures (PascalCase, optional members, Date timestamps) -> the plain GraphQL value
 * objects (camelCase, null for absent). Amounts stay decimal strings; YYYY-MM-DD dates stay strings.
 */

/** The SDK parses timestamps into Dates; GraphQL's DateTime gets ISO 8601 in UTC. */
export function isoDateTime(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export function listOf<T, R>(
  items: readonly T[] | null | undefined,
  map: (item: T) => R,
): R[] | null {
  return items ? items.map(map) : null;
}

export function strings(items: readonly string[] | null | undefined): string[] | null {
  return items ? [...items] : null;
}

export function toContact(contact: Contact | SenderContact): PartnerCentralContact {
  return {
    email: contact.Email ?? null,
    firstName: contact.FirstName ?? null,
    lastName: contact.LastName ?? null,
    businessTitle: contact.BusinessTitle ?? null,
    phone: contact.Phone ?? null,
  };
}

export function toNextStep(entry: NextStepsHistory): PartnerCentralNextStep {
  return { value: entry.Value ?? null, time: isoDateTime(entry.Time) };
}

export function toExpectedCustomerSpend(
  spend: ExpectedCustomerSpend,
): PartnerCentralExpectedCustomerSpend {
  return {
    amount: spend.Amount ?? null,
    currencyCode: spend.CurrencyCode ?? null,
    frequency: spend.Frequency ?? null,
    targetCompany: spend.TargetCompany ?? null,
    estimationUrl: spend.EstimationUrl ?? null,
  };
}

export function toContractDuration(
  duration: ExpectedContractDuration | null | undefined,
): PartnerCentralExpectedContractDuration | null {
  if (!duration) return null;
  return { term: duration.Term ?? null, value: duration.Value ?? null };
}

export function toMoney(value: MonetaryValue | null | undefined): Money | null {
  if (!value?.Amount) return null;
  return toScaledMoney({ amount: value.Amount, currencyCode: value.CurrencyCode ?? null });
}

export function toMarketing(
  marketing: Marketing | null | undefined,
): PartnerCentralMarketing | null {
  if (!marketing) return null;
  return {
    campaignName: marketing.CampaignName ?? null,
    source: marketing.Source ?? null,
    useCases: strings(marketing.UseCases),
    channels: strings(marketing.Channels),
    awsFundingUsed: marketing.AwsFundingUsed ?? null,
  };
}

export function toSoftwareRevenue(
  revenue: SoftwareRevenue | null | undefined,
): PartnerCentralSoftwareRevenue | null {
  if (!revenue) return null;
  return {
    deliveryModel: revenue.DeliveryModel ?? null,
    value: toMoney(revenue.Value),
    effectiveDate: revenue.EffectiveDate ?? null,
    expirationDate: revenue.ExpirationDate ?? null,
  };
}

export function toRelatedEntityIdentifiers(
  related: RelatedEntityIdentifiers | null | undefined,
): PartnerCentralRelatedEntityIdentifiers | null {
  if (!related) return null;
  return {
    awsMarketplaceOffers: strings(related.AwsMarketplaceOffers),
    awsMarketplaceOfferSets: strings(related.AwsMarketplaceOfferSets),
    solutions: strings(related.Solutions),
    awsProducts: strings(related.AwsProducts),
    awsMarketplaceSolutions: strings(related.AwsMarketplaceSolutions),
    awsMarketplaceProducts: strings(related.AwsMarketplaceProducts),
  };
}
