import type { GraphQLResolveInfo } from 'graphql';
import type { LeadSquaredConfig } from '../../sources/leadsquared/config.js';
import { BadUserInputError } from '../../core/errors/index.js';
import {
  LEADSQUARED_OPPORTUNITY_FIELD_COLUMNS,
  normaliseColumns,
  opportunityFieldColumns,
} from '../../sources/leadsquared/columns.js';
import { collectSelections } from '../common/collect-selections.js';
import { memoisedPlan } from '../common/memoised-plan.js';

const COLUMN_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** `field(name:)` is pushed into Include_CSV, so it is checked before anything is sent. */
export function validateColumnName(name: string, argument = 'name'): string {
  if (!COLUMN_NAME.test(name)) {
    throw new BadUserInputError(
      argument,
      'must be a LeadSquared schema name (letters, digits, _; at most 64)',
      name,
    );
  }
  return name;
}

const OPPORTUNITY_TYPES = new Set(['Opportunity', 'LeadSquaredOpportunity']);
const LEAD_TYPES = new Set(['LeadSquaredLead']);

/**
 * Include_CSV for the opportunities under the current field, from what the query selects on
 * Opportunity and LeadSquaredOpportunity. Prospect subtrees are left to the lead loader.
 */
export function leadSquaredOpportunityColumns(
  info: GraphQLResolveInfo,
  config: LeadSquaredConfig,
): string[] {
  return memoisedPlan(info, 'lsq-opportunity', () => planOpportunityColumns(info, config));
}

function planOpportunityColumns(info: GraphQLResolveInfo, config: LeadSquaredConfig): string[] {
  const selections = collectSelections(info, OPPORTUNITY_TYPES, new Set(['Prospect']));
  const byField = opportunityFieldColumns(config.columns);
  const columns: string[] = [];
  for (const field of selections.get('Opportunity')?.fields ?? [])
    columns.push(...(byField[field] ?? []));
  const details = selections.get('LeadSquaredOpportunity');
  for (const field of details?.fields ?? [])
    columns.push(...(LEADSQUARED_OPPORTUNITY_FIELD_COLUMNS[field] ?? []));
  for (const name of details?.fieldArguments ?? []) columns.push(validateColumnName(name));
  return normaliseColumns(columns);
}

/** Extra lead columns asked for with LeadSquaredLead.field(name:) under the current field. */
export function leadSquaredLeadColumns(info: GraphQLResolveInfo): string[] {
  return memoisedPlan(info, 'lsq-lead', () => planLeadColumns(info));
}

function planLeadColumns(info: GraphQLResolveInfo): string[] {
  const selections = collectSelections(
    info,
    LEAD_TYPES,
    new Set(['OpportunityConnection', 'Opportunity']),
  );
  return normaliseColumns(
    [...(selections.get('LeadSquaredLead')?.fieldArguments ?? [])].map((name) =>
      validateColumnName(name),
    ),
  );
}
