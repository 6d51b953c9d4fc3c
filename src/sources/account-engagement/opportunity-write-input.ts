import { parseGlobalIdOf } from '../../core/domain/ids.js';
import { BadUserInputError } from '../../core/errors/index.js';
import type { OpportunityCreate } from './client.js';
import { checkEmail, prospectIdOf } from './listing/opportunity-query.js';
import { toAccountEngagementTime } from './time.js';

/*
 * What an opportunity write takes, as plain values (the schema's input classes in
 * src/schema/account-engagement/opportunity.inputs.ts implement these interfaces), and its checks.
 * Every rule the API states for the editable fields
 * (docs/upstreams/account-engagement.md#opportunity-fields, errors 36, 38, 40, 42) is checked here,
 * before any call; what only the API knows (does the prospect exist, do prospectId and
 * prospectEmail name the same one, error 44) comes back as its error.
 */

/** A new opportunity for an existing prospect, named by prospectId or prospectEmail (or both). */
export interface OpportunityCreateInput {
  name: string;
  /** A non-negative decimal string. */
  value: string;
  probability: number;
  /** A global id, ae-prospect:<id>. */
  prospectId?: string | null;
  prospectEmail?: string | null;
  type?: string | null;
  stage?: string | null;
  status?: string | null;
  closedAt?: Date | null;
  campaignId?: number | null;
}

/** Changes: an omitted (undefined) field stays as it is, null clears it. */
export interface OpportunityUpdateInput {
  name?: string | null;
  value?: string | null;
  probability?: number | null;
  type?: string | null;
  stage?: string | null;
  status?: string | null;
  closedAt?: Date | null;
  campaignId?: number | null;
}

/**
 * A non-negative decimal: digits, optionally a point and more digits (`1500`, `1499.99`). No sign,
 * exponent or grouping, which the API would refuse (error 42) or misread.
 */
const DECIMAL = /^\d{1,13}(?:\.\d{1,6})?$/;

export function aeOpportunityIdOf(value: string, argument = 'id'): number {
  return parseGlobalIdOf(
    value,
    ['ae-opportunity'],
    'an Account Engagement opportunity id',
    argument,
  ).opportunityId;
}

function checkName(value: string, argument: string): string {
  if (value.trim() === '') throw new BadUserInputError(argument, 'must not be empty', value);
  return value;
}

function checkValue(value: string, argument: string): string {
  if (!DECIMAL.test(value)) {
    throw new BadUserInputError(
      argument,
      'must be a non-negative decimal such as "1500" or "1499.99" (up to 13 digits, 6 after the point)',
      value,
    );
  }
  return value;
}

function checkProbability(value: number, argument: string): number {
  if (!Number.isInteger(value) || value < 0 || value > 100) {
    throw new BadUserInputError(argument, 'must be an integer from 0 to 100', value);
  }
  return value;
}

function checkCampaignId(value: number, argument: string): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new BadUserInputError(argument, 'must be a positive campaign id', value);
  }
  return value;
}

function cannotClear(argument: string): never {
  throw new BadUserInputError(argument, 'is required upstream and cannot be cleared', null);
}

const given = <T>(value: T | null | undefined): value is T | null => value !== undefined;
const present = <T>(value: T | null | undefined): value is T =>
  value !== undefined && value !== null;

/** The create call's parameters, every rule checked. */
export function opportunityCreateOf(input: OpportunityCreateInput): OpportunityCreate {
  const create: OpportunityCreate = {
    name: checkName(input.name, 'input.name'),
    value: checkValue(input.value, 'input.value'),
    probability: checkProbability(input.probability, 'input.probability'),
  };
  if (present(input.prospectId))
    create.prospectId = prospectIdOf(input.prospectId, 'input.prospectId');
  if (present(input.prospectEmail)) {
    create.prospectEmail = checkEmail(input.prospectEmail, 'input.prospectEmail');
  }
  if (create.prospectId === undefined && create.prospectEmail === undefined) {
    throw new BadUserInputError(
      'input.prospectId',
      'the prospect is required: set prospectId or prospectEmail (or both)',
    );
  }
  if (present(input.type)) create.type = input.type;
  if (present(input.stage)) create.stage = input.stage;
  if (present(input.status)) create.status = input.status;
  if (present(input.closedAt)) create.closedAt = toAccountEngagementTime(input.closedAt);
  if (present(input.campaignId)) {
    create.campaignId = checkCampaignId(input.campaignId, 'input.campaignId');
  }
  return create;
}

/**
 * The API's field names and values; null clears (sent empty,
 * docs/upstreams/account-engagement.md#opportunity-writes).
 */
export function updateFieldsOf(input: OpportunityUpdateInput): Record<string, string | null> {
  const fields: Record<string, string | null> = {};
  if (given(input.name)) {
    fields.name =
      input.name === null ? cannotClear('input.name') : checkName(input.name, 'input.name');
  }
  if (given(input.value)) {
    fields.value =
      input.value === null ? cannotClear('input.value') : checkValue(input.value, 'input.value');
  }
  if (given(input.probability)) {
    fields.probability =
      input.probability === null
        ? cannotClear('input.probability')
        : String(checkProbability(input.probability, 'input.probability'));
  }
  if (given(input.type)) fields.type = input.type;
  if (given(input.stage)) fields.stage = input.stage;
  if (given(input.status)) fields.status = input.status;
  if (given(input.closedAt)) {
    fields.closed_at = input.closedAt === null ? null : toAccountEngagementTime(input.closedAt);
  }
  if (given(input.campaignId)) {
    fields.campaign_id =
      input.campaignId === null
        ? cannotClear('input.campaignId')
        : String(checkCampaignId(input.campaignId, 'input.campaignId'));
  }
  if (Object.keys(fields).length === 0) {
    throw new BadUserInputError('input', 'must set or clear at least one field', {});
  }
  return fields;
}
