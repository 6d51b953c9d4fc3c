/**
 * Plain enums shared by the source modules and the schema. They know no GraphQL: the schema
 * registers them as GraphQL enums (src/schema/common/enums.ts), so modules can take them as
 * arguments without importing anything from schema/.
 */

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
