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

/**
 * The same sources as errors (`extensions.source`) and log lines name them: a plain object, so
 * code may write the spelling ('LEADSQUARED') where a TS enum would insist on its member.
 */
export const UpstreamSource = {
  PARTNER_CENTRAL: 'PARTNER_CENTRAL',
  ACCOUNT_ENGAGEMENT: 'ACCOUNT_ENGAGEMENT',
  LEADSQUARED: 'LEADSQUARED',
} as const;
export type UpstreamSource = (typeof UpstreamSource)[keyof typeof UpstreamSource];

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
