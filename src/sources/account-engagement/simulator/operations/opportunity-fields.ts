/**
 * The editable fields (docs/upstreams/account-engagement.md#opportunity-fields) as one rule table
 * shared by create and update.
 *
 * - `value`: the 2020 field list says float, the current page says integer; the simulator accepts
 *   both, as a non-negative decimal (`1500`, `1499.99`); anything else (negative, `1e3`, text) →
 *   42.
 * - `probability`: integer 0..100 inclusive → else 40.
 * - `campaign_id`: an existing campaign → else 38.
 * - `closed_at`: any date input the query filters take (stored as `YYYY-MM-DD HH:MM:SS`, UTC) →
 *   else 7.
 * - `type`, `stage`, `status`, `name`: free text as sent.
 *
 * Clearing ("To clear a field, use a null value",
 * docs/upstreams/account-engagement.md#opportunity-operations): form encoding has no null, so a
 * field sent with an empty value (`type=`) is null. name, value, probability and campaign_id are
 * required fields and cannot be cleared (36).
 */
import type { AccountEngagementDataset } from '../data/dataset.js';
import { EDITABLE_OPPORTUNITY_FIELDS, type OpportunityRecord } from '../data/records.js';
import { parseDateInput } from '../dates/date-input.js';
import { formatTimestamp } from '../dates/timestamps.js';
import { pardotError, type ErrorCode } from '../errors.js';
import type { RequestParams } from '../request/params.js';

type EditableField = (typeof EDITABLE_OPPORTUNITY_FIELDS)[number];
export type OpportunityChanges = Partial<Pick<OpportunityRecord, EditableField>>;

interface FieldRule {
  readonly required: boolean;
  readonly error: ErrorCode;
  parse(raw: string, context: FieldContext): string | number | undefined;
}

interface FieldContext {
  readonly nowMs: number;
  readonly dataset: AccountEngagementDataset;
}

const text: FieldRule = { required: false, error: 36, parse: (raw) => raw };

const FIELDS: Readonly<Record<EditableField, FieldRule>> = {
  name: { ...text, required: true },
  value: {
    required: true,
    error: 42,
    parse: (raw) => (/^\d{1,13}(?:\.\d{1,6})?$/.test(raw.trim()) ? Number(raw) : undefined),
  },
  probability: {
    required: true,
    error: 40,
    parse(raw) {
      const value = /^\d{1,3}$/.test(raw.trim()) ? Number(raw) : NaN;
      return value >= 0 && value <= 100 ? value : undefined;
    },
  },
  type: text,
  stage: text,
  status: text,
  closed_at: {
    required: false,
    error: 7,
    parse(raw, { nowMs }) {
      const ms = parseDateInput(raw, nowMs);
      return ms === undefined ? undefined : formatTimestamp(ms);
    },
  },
  campaign_id: {
    required: true,
    error: 38,
    parse(raw, { dataset }) {
      const id = /^\d{1,15}$/.test(raw.trim()) ? Number(raw) : NaN;
      return dataset.campaign(id) === undefined ? undefined : id;
    },
  },
};

/** Required fields a create must carry (campaign_id defaults to the prospect's campaign). */
export const CREATE_REQUIRED: readonly EditableField[] = ['name', 'value', 'probability'];

/** Missing → 13, present but empty → 36, in CREATE_REQUIRED order. */
export function checkCreateRequired(params: RequestParams): void {
  for (const field of CREATE_REQUIRED) {
    const raw = params.get(field);
    if (raw === undefined) throw pardotError(13);
    if (raw.trim() === '') throw pardotError(36);
  }
}

/** The fields the request sets or clears, validated in table order. */
export function readChanges(params: RequestParams, context: FieldContext): OpportunityChanges {
  const changes: Record<string, string | number | null> = {};
  for (const field of EDITABLE_OPPORTUNITY_FIELDS) {
    const raw = params.get(field);
    if (raw === undefined) continue;
    const rule = FIELDS[field];
    if (raw.trim() === '') {
      if (rule.required) throw pardotError(36);
      changes[field] = null;
      continue;
    }
    const value = rule.parse(raw, context);
    if (value === undefined) throw pardotError(rule.error);
    changes[field] = value;
  }
  return changes as OpportunityChanges;
}
