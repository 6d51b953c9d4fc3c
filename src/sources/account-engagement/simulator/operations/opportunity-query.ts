/**
 * Opportunity query (docs/upstreams/account-engagement.md#opportunity-query). Every filter is
 * strict (`>`/`<`, "datetime arguments are not inclusive"); `total_results` counts every match, not
 * the page. `limit` is 1..200 (default 200) except with output=mobile, which lifts the cap: any
 * limit ≥ 1, and all matches by default. Default sort: created_at, descending.
 *
 * Simulator choices: probability bounds take 0..100 (the documentation says 1..100, but `> 0` is a
 * useful filter); value bounds take decimals and negatives (the documentation says integer);
 * unknown parameters are ignored; `output` other than full/simple/mobile/bulk is 5 "Invalid query
 * parameters".
 */
import { timestampMs } from '../dates/timestamps.js';
import { pardotError } from '../errors.js';
import type { OpportunityRecord } from '../data/records.js';
import { indexedQueryPage, withinAll, type FieldBounds } from '../listing/indexed-query.js';
import { pageOf, sortRecords, type SortKey, type SortOrder } from '../listing/sort-and-page.js';
import { opportunityElement } from '../shapes/opportunity-shape.js';
import { OUTPUT_MODES } from '../shapes/output-mode.js';
import {
  checkRanges,
  dateParam,
  emailParam,
  enumParam,
  integerParam,
  numberParam,
  readParams,
  type RangeRule,
} from '../validation/param-rules.js';
import { element } from '../wire/element.js';
import { GET_OR_POST, type Operation } from './operation.js';
import { selectProspects } from './prospect-filter.js';

export const MAX_QUERY_LIMIT = 200;

export const OPPORTUNITY_SORT_KEYS: Readonly<
  Record<'created_at' | 'id' | 'probability' | 'value', SortKey<OpportunityRecord>>
> = {
  created_at: { value: (o) => timestampMs(o.created_at), defaultOrder: 'descending' },
  id: { value: (o) => o.id, defaultOrder: 'ascending' },
  probability: { value: (o) => o.probability, defaultOrder: 'descending' },
  value: { value: (o) => o.value, defaultOrder: 'descending' },
};

const SORT_ORDERS: readonly SortOrder[] = ['ascending', 'descending'];

/** Rules in the order they are checked: the first bad parameter decides the error. */
const PARAMS = {
  created_after: dateParam(),
  created_before: dateParam(),
  id_greater_than: integerParam(16),
  id_less_than: integerParam(16),
  probability_greater_than: integerParam(41, 0, 100),
  probability_less_than: integerParam(41, 0, 100),
  value_greater_than: numberParam(43),
  value_less_than: numberParam(43),
  prospect_id: integerParam(3),
  prospect_email: emailParam(),
  sort_by: enumParam(
    Object.keys(OPPORTUNITY_SORT_KEYS) as (keyof typeof OPPORTUNITY_SORT_KEYS)[],
    19,
  ),
  sort_order: enumParam(SORT_ORDERS, 20),
  offset: integerParam(21),
  limit: integerParam(23, 1),
  output: enumParam(OUTPUT_MODES, 5),
};

const RANGES: readonly RangeRule<typeof PARAMS>[] = [
  ['created_after', 'created_before', 8],
  ['id_greater_than', 'id_less_than', 17],
  ['probability_greater_than', 'probability_less_than', 41],
  ['value_greater_than', 'value_less_than', 43],
];

export const opportunityQuery: Operation = {
  name: 'opportunity.query',
  methods: GET_OR_POST,
  handle({ params, dataset, nowMs }) {
    const q = readParams(params, PARAMS, { nowMs });
    checkRanges(q, RANGES);
    const output = q.output ?? 'full';
    if (q.limit !== undefined && q.limit > MAX_QUERY_LIMIT && output !== 'mobile') {
      throw pardotError(23);
    }
    const prospects = selectProspects(dataset, {
      prospectId: q.prospect_id,
      prospectEmail: q.prospect_email,
    });
    const sortBy = q.sort_by ?? 'created_at';
    const sortKey = OPPORTUNITY_SORT_KEYS[sortBy];
    const limit = q.limit ?? (output === 'mobile' ? Infinity : MAX_QUERY_LIMIT);
    const bounds: FieldBounds<OpportunityRecord>[] = [
      {
        field: 'created_at',
        value: (o) => timestampMs(o.created_at),
        after: q.created_after,
        before: q.created_before,
      },
      { field: 'id', value: (o) => o.id, after: q.id_greater_than, before: q.id_less_than },
      {
        field: 'probability',
        value: (o) => o.probability,
        after: q.probability_greater_than,
        before: q.probability_less_than,
      },
      {
        field: 'value',
        value: (o) => o.value,
        after: q.value_greater_than,
        before: q.value_less_than,
      },
    ];
    let page: OpportunityRecord[];
    let total: number;
    if (prospects === undefined) {
      ({ items: page, total } = indexedQueryPage(
        dataset.opportunityOrders,
        { field: sortBy, key: sortKey, order: q.sort_order ?? sortKey.defaultOrder },
        bounds,
        { offset: q.offset ?? 0, limit, countAll: output !== 'bulk' },
      ));
    } else {
      // A prospect's opportunities are few: found by prospect, then filtered and sorted.
      const matches = dataset
        .liveOpportunitiesOfProspects(new Set(prospects.map((p) => p.id)))
        .filter((o) => withinAll(bounds, o));
      page = pageOf(sortRecords(matches, sortKey, q.sort_order), q.offset ?? 0, limit);
      total = matches.length;
    }
    return [
      element('result', [
        ...(output === 'bulk' ? [] : [element('total_results', total)]),
        ...page.map((o) => opportunityElement(o, output, dataset)),
      ]),
    ];
  },
};
