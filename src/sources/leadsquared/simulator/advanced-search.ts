/**
 * The `AdvancedSearch` filter of Retrieve/BySearchParameter
 * (docs/upstreams/leadsquared.md#opportunity-advanced-search): a JSON-encoded string `{GrpConOp,
 * Conditions:[{Type, ConOp, RowCondition:[{SubConOp, LSO, LSO_Type, Operator, RSO}]}],
 * QueryTimeZone}`. The simulator supports a documented subset:
 *
 * - LSO: CreatedOn, ModifiedOn (DateTime; RSO "YYYY-MM-DD HH:MM:SS" in UTC), Status, Owner,
 *   mx_Custom_1..4 (String; compared case-insensitively, like SQL Server's default collation).
 * - Operator: eq, neq, lt, le, gt, ge (lt/gt strict). A null column value matches nothing, as in SQL.
 * - Rows of a condition combine left to right by each row's SubConOp (the first row's is unused);
 *   conditions combine by GrpConOp (And, default, or Or). ConOp is accepted and not used.
 * - No Conditions → every opportunity of the type. Anything else → 400 naming the problem.
 */
import { invalidInput } from './errors.js';
import { parseSqlDateTime } from './date-formats.js';
import type { OpportunityRecord } from './records.js';
import { isObject, type JsonObject } from './request-input.js';

export type Predicate = (record: OpportunityRecord) => boolean;

export type Operator = 'eq' | 'neq' | 'lt' | 'le' | 'gt' | 'ge';
type Connective = 'and' | 'or';

const DATE_FIELDS = ['CreatedOn', 'ModifiedOn'] as const;
const TEXT_FIELDS = [
  'Status',
  'Owner',
  'mx_Custom_1',
  'mx_Custom_2',
  'mx_Custom_3',
  'mx_Custom_4',
] as const;
export type DateField = (typeof DATE_FIELDS)[number];
export type TextField = (typeof TEXT_FIELDS)[number];

const OPERATORS: readonly Operator[] = ['eq', 'neq', 'lt', 'le', 'gt', 'ge'];

const COMPARE: Record<Operator, (order: number) => boolean> = {
  eq: (order) => order === 0,
  neq: (order) => order !== 0,
  lt: (order) => order < 0,
  le: (order) => order <= 0,
  gt: (order) => order > 0,
  ge: (order) => order >= 0,
};

const order = <T extends string | number>(a: T, b: T): number => (a < b ? -1 : a > b ? 1 : 0);

function connective(value: unknown, where: string): Connective {
  if (value === undefined || value === null || value === '') return 'and';
  const text = typeof value === 'string' ? value.toLowerCase() : '';
  if (text !== 'and' && text !== 'or') {
    throw invalidInput(`${where} must be And or Or (got ${JSON.stringify(value)})`);
  }
  return text;
}

function combine(predicates: readonly Predicate[], connectives: readonly Connective[]): Predicate {
  return (record) =>
    predicates.reduce<boolean>((result, predicate, index) => {
      if (index === 0) return predicate(record);
      return connectives[index] === 'or'
        ? result || predicate(record)
        : result && predicate(record);
    }, true);
}

/**
 * One row: its test, and what it compares: a date row its column, operator and bound (epoch ms),
 * a text row its column, operator and the lower-cased value.
 */
export interface SearchRow {
  readonly matches: Predicate;
  readonly date?: {
    readonly field: DateField;
    readonly operator: Operator;
    readonly bound: number;
  };
  readonly text?: {
    readonly field: TextField;
    readonly operator: Operator;
    readonly expected: string;
  };
}

/**
 * The search as one test, and, when it is a plain conjunction (no Or between rows or between
 * conditions), its rows: a listing then reads the date rows on its sort column as a window of
 * the sorted order.
 */
export interface AdvancedSearch {
  readonly matches: Predicate;
  readonly allOf: readonly SearchRow[] | undefined;
}

function rowOf(row: unknown, where: string): SearchRow {
  if (!isObject(row)) throw invalidInput(`${where} must be an object`);
  const { LSO, LSO_Type, Operator: rawOperator, RSO } = row;
  const operator = typeof rawOperator === 'string' ? rawOperator.toLowerCase() : rawOperator;
  if (!OPERATORS.includes(operator as Operator)) {
    throw invalidInput(
      `${where}.Operator ${JSON.stringify(rawOperator)} is not supported; use ${OPERATORS.join(', ')}`,
    );
  }
  const compare = COMPARE[operator as Operator];
  const isDate = (DATE_FIELDS as readonly unknown[]).includes(LSO);
  if (!isDate && !(TEXT_FIELDS as readonly unknown[]).includes(LSO)) {
    throw invalidInput(
      `${where}.LSO ${JSON.stringify(LSO)} is not supported; use ` +
        `${[...DATE_FIELDS, ...TEXT_FIELDS].join(', ')}`,
    );
  }
  const expectedType = isDate ? 'DateTime' : 'String';
  if (
    LSO_Type !== undefined &&
    LSO_Type !== null &&
    (typeof LSO_Type !== 'string' || LSO_Type.toLowerCase() !== expectedType.toLowerCase())
  ) {
    throw invalidInput(`${where}.LSO_Type for ${String(LSO)} must be ${expectedType}`);
  }
  if (isDate) {
    const bound = typeof RSO === 'string' ? parseSqlDateTime(RSO.trim()) : undefined;
    if (bound === undefined) {
      throw invalidInput(`${where}.RSO must be a UTC date time "YYYY-MM-DD HH:MM:SS"`);
    }
    const field = LSO as DateField;
    return {
      matches: (record) => compare(order(Date.parse(record[field]), bound)),
      date: { field, operator: operator as Operator, bound },
    };
  }
  if (typeof RSO !== 'string' && typeof RSO !== 'number') {
    throw invalidInput(`${where}.RSO must be a string`);
  }
  const expected = String(RSO).toLowerCase();
  const field = LSO as TextField;
  return {
    matches: (record) => {
      const value = record[field];
      return value !== null && compare(order(value.toLowerCase(), expected));
    },
    text: { field, operator: operator as Operator, expected },
  };
}

interface Condition {
  readonly matches: Predicate;
  readonly rows: readonly SearchRow[];
  /** Every row after the first joins with And. */
  readonly allAnd: boolean;
}

function conditionOf(condition: unknown, where: string): Condition {
  if (!isObject(condition)) throw invalidInput(`${where} must be an object`);
  const { Type, ConOp, RowCondition } = condition;
  if (Type !== undefined && (typeof Type !== 'string' || Type.toLowerCase() !== 'activity')) {
    throw invalidInput(`${where}.Type must be Activity (got ${JSON.stringify(Type)})`);
  }
  connective(ConOp, `${where}.ConOp`);
  if (!Array.isArray(RowCondition)) throw invalidInput(`${where}.RowCondition must be an array`);
  const rows = RowCondition.map((row, index) => rowOf(row, `${where}.RowCondition[${index}]`));
  const connectives = RowCondition.map((row, index) =>
    connective((row as JsonObject).SubConOp, `${where}.RowCondition[${index}].SubConOp`),
  );
  return {
    matches: combine(
      rows.map((row) => row.matches),
      connectives,
    ),
    rows,
    allAnd: connectives.every((joint, index) => index === 0 || joint === 'and'),
  };
}

export function parseAdvancedSearch(text: string): AdvancedSearch {
  let search: unknown;
  try {
    search = JSON.parse(text);
  } catch {
    throw invalidInput('AdvancedSearch is not valid JSON');
  }
  if (!isObject(search)) throw invalidInput('AdvancedSearch must encode a JSON object');
  const { GrpConOp, Conditions, QueryTimeZone } = search;
  const groupConnective = connective(GrpConOp, 'AdvancedSearch.GrpConOp');
  if (
    QueryTimeZone !== undefined &&
    QueryTimeZone !== null &&
    (typeof QueryTimeZone !== 'string' || QueryTimeZone.toUpperCase() !== 'UTC')
  ) {
    throw invalidInput('AdvancedSearch.QueryTimeZone must be UTC in the simulator');
  }
  if (Conditions === undefined || Conditions === null) return { matches: () => true, allOf: [] };
  if (!Array.isArray(Conditions)) throw invalidInput('AdvancedSearch.Conditions must be an array');
  const groups = Conditions.map((condition, index) =>
    conditionOf(condition, `AdvancedSearch.Conditions[${index}]`),
  );
  const conjunction =
    (groups.length <= 1 || groupConnective === 'and') && groups.every((group) => group.allAnd);
  return {
    matches: combine(
      groups.map((group) => group.matches),
      groups.map(() => groupConnective),
    ),
    allOf: conjunction ? groups.flatMap((group) => group.rows) : undefined,
  };
}
