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
import { indexedQueryPage } from '../listing/indexed-query.js';
import type { SortKey, SortOrder } from '../listing/sort-and-page.js';
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
import { GET_OR_POST, type Operation } from './operation.js';

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

export const prospectQuery: Operation = {
  name: 'prospect.query',
  methods: GET_OR_POST,
  handle({ params, dataset, nowMs }) {
    const q = readParams(params, PARAMS, { nowMs });
    checkRanges(q, RANGES);
    const output = q.output ?? 'full';
    const sortBy = q.sort_by ?? 'created_at';
    const sortKey = PROSPECT_SORT_KEYS[sortBy];
    const { items: page, total } = indexedQueryPage(
      dataset.prospectOrders,
      { field: sortBy, key: sortKey, order: q.sort_order ?? sortKey.defaultOrder },
      [
        { field: 'id', value: (p) => p.id, after: q.id_greater_than, before: q.id_less_than },
        {
          field: 'created_at',
          value: (p) => timestampMs(p.created_at),
          after: q.created_after,
          before: q.created_before,
        },
        {
          field: 'updated_at',
          value: (p) => timestampMs(p.updated_at),
          after: q.updated_after,
          before: q.updated_before,
        },
      ],
      { offset: q.offset ?? 0, limit: q.limit ?? MAX_QUERY_LIMIT, countAll: output !== 'bulk' },
    );
    return [
      element('result', [
        ...(output === 'bulk' ? [] : [element('total_results', total)]),
        ...page.map((p) => prospectElement(p, output, dataset)),
      ]),
    ];
  },
};
