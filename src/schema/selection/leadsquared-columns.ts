import type { GraphQLResolveInfo } from 'graphql';
import type { LeadSquaredConfig } from '../../config.js';
import { BadUserInputError } from '../../errors/index.js';
import {
  LEADSQUARED_OPPORTUNITY_FIELD_COLUMNS,
  normaliseColumns,
  opportunityFieldColumns,
} from '../../sources/leadsquared/columns.js';
import { collectSelections } from './collect-selections.js';

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
  return memoised(info, 'opportunity', () => planOpportunityColumns(info, config));
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
  return memoised(info, 'lead', () => planLeadColumns(info));
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

/**
 * `_entities` with 2,000 representations, or a list of 2,000 edges, asks for the same plan 2,000
 * times. The plan depends on the merged field nodes and the request's variables only, so it is
 * cached per (variables object, fieldNodes array). graphql-js hands every item of a list the same
 * fieldNodes array, while a field reached through a shared fragment plus extra selections gets its
 * own array, so no plan is shared between selections that differ. Apollo reuses parsed documents
 * across requests, but each request has its own variables object, so plans never leak between
 * requests either.
 */
const plans = new WeakMap<object, WeakMap<object, Map<string, string[]>>>();

function memoised(info: GraphQLResolveInfo, kind: string, plan: () => string[]): string[] {
  let byFields = plans.get(info.variableValues);
  if (!byFields) {
    byFields = new WeakMap();
    plans.set(info.variableValues, byFields);
  }
  let byKind = byFields.get(info.fieldNodes);
  if (!byKind) {
    byKind = new Map();
    byFields.set(info.fieldNodes, byKind);
  }
  let columns = byKind.get(kind);
  if (!columns) {
    columns = plan();
    byKind.set(kind, columns);
  }
  return columns;
}
