/**
 * Prospect query (docs/upstreams/account-engagement.md#prospect-operations), the subset a sync
 * needs: id window, created/updated windows
 * (same date inputs and strictness as the opportunity query), `sort_by` created_at (default,
 * descending) | id (ascending) | last_activity_at (descending) | updated_at (descending),
 * `sort_order`, `limit` 1..200 (default 200), `offset`, `output`; `total_results` counts every
 * match. The other documented filters (grade, score, lists, assignment, …) are not simulated and,
 * like any unknown parameter, ignored.
 */
import type { ProspectRecord } from '../data/records.js';
import { timestampMs } from '../dates/timestamps.js';
import { pageOf, sortRecords, type SortKey, type SortOrder } from '../listing/sort-and-page.js';
import { OUTPUT_MODES } from '../shapes/output-mode.js';
import { prospectElement } from '../shapes/prospect-shape.js';
import {
  checkRanges,
  dateParam,
  enumParam,
  integerParam,
  readParams,
  type RangeRule,
} from '../validation/param-rules.js';
import { element } from '../wire/element.js';
import { MAX_QUERY_LIMIT } from './opportunity-query.js';
import { READ_METHODS, type Operation } from './operation.js';

const optionalMs = (value: string | null): number | null =>
  value === null ? null : timestampMs(value);

export const PROSPECT_SORT_KEYS: Readonly<
  Record<'created_at' | 'id' | 'last_activity_at' | 'updated_at', SortKey<ProspectRecord>>
> = {
  created_at: { value: (p) => timestampMs(p.created_at), defaultOrder: 'descending' },
  id: { value: (p) => p.id, defaultOrder: 'ascending' },
  last_activity_at: { value: (p) => optionalMs(p.last_activity_at), defaultOrder: 'descending' },
  updated_at: { value: (p) => timestampMs(p.updated_at), defaultOrder: 'descending' },
};

const SORT_ORDERS: readonly SortOrder[] = ['ascending', 'descending'];

const PARAMS = {
  created_after: dateParam(),
  created_before: dateParam(),
  updated_after: dateParam(),
  updated_before: dateParam(),
  id_greater_than: integerParam(16),
  id_less_than: integerParam(16),
  sort_by: enumParam(Object.keys(PROSPECT_SORT_KEYS) as (keyof typeof PROSPECT_SORT_KEYS)[], 19),
  sort_order: enumParam(SORT_ORDERS, 20),
  offset: integerParam(21),
  limit: integerParam(23, 1, MAX_QUERY_LIMIT),
  output: enumParam(OUTPUT_MODES, 5),
};

const RANGES: readonly RangeRule<typeof PARAMS>[] = [
  ['created_after', 'created_before', 8],
  ['updated_after', 'updated_before', 8],
  ['id_greater_than', 'id_less_than', 17],
];

type Bound = number | undefined;
const within = (value: number, after: Bound, before: Bound): boolean =>
  (after === undefined || value > after) && (before === undefined || value < before);

export const prospectQuery: Operation = {
  name: 'prospect.query',
  methods: READ_METHODS,
  handle({ params, dataset, nowMs }) {
    const q = readParams(params, PARAMS, { nowMs });
    checkRanges(q, RANGES);
    const output = q.output ?? 'full';
    const matches = dataset.prospects.filter(
      (p) =>
        within(p.id, q.id_greater_than, q.id_less_than) &&
        within(timestampMs(p.created_at), q.created_after, q.created_before) &&
        within(timestampMs(p.updated_at), q.updated_after, q.updated_before),
    );
    const sorted = sortRecords(
      matches,
      PROSPECT_SORT_KEYS[q.sort_by ?? 'created_at'],
      q.sort_order,
    );
    const page = pageOf(sorted, q.offset ?? 0, q.limit ?? MAX_QUERY_LIMIT);
    return [
      element('result', [
        ...(output === 'bulk' ? [] : [element('total_results', matches.length)]),
        ...page.map((p) => prospectElement(p, output, dataset)),
      ]),
    ];
  },
};
