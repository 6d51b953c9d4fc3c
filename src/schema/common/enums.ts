import { registerEnumType } from 'type-graphql';

/** Same spelling as `extensions.source` of upstream errors. */
export enum OpportunitySource {
  PARTNER_CENTRAL = 'PARTNER_CENTRAL',
  ACCOUNT_ENGAGEMENT = 'ACCOUNT_ENGAGEMENT',
  LEADSQUARED = 'LEADSQUARED',
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(OpportunitySource, {
  name: 'OpportunitySource',
  description: 'The upstream a record comes from.',
});
registerEnumType(SortDirection, { name: 'SortDirection' });
