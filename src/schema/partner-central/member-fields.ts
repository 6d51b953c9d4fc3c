import type { ClassType } from 'type-graphql';
import type { Context } from '../../context.js';
import {
  childView,
  isSummaryMember,
  memberField,
  readMember,
  type DetailOf,
  type OpportunityPart,
  type OpportunityView,
  type PartView,
  type SummaryOf,
} from './opportunity-parts.js';

/*
 * The rows of the Partner Central opportunity field table: one per GraphQL field of an object
 * that mixes ListOpportunities summary and GetOpportunity members. A row says everything the
 * schema and the selection planner need, so resolvers (opportunity.resolver.ts) and the
 * GetOpportunity prefetch (selection.ts) are both generated from the same table.
 */

/** A type-graphql type reference: a class, scalar or registered enum, or `[one of those]`. */
export type FieldType = object;

export interface MemberFieldRow {
  /** The GraphQL field name. */
  readonly name: string;
  /** The upstream member the field reads, on its part of the summary or of GetOpportunity. */
  readonly member: string;
  readonly type: FieldType;
  readonly nullable: boolean;
  /** As published: members only GetOpportunity answers end with LOADED_NOTE. */
  readonly description: string;
  /** Whether selecting the field needs the GetOpportunity detail (not only the summary). */
  readonly needsDetail: boolean;
  /** Method syntax on purpose: each row reads the view of its own part. */
  resolve(view: OpportunityView<unknown>, ctx: Context): unknown;
}

export interface PartTable {
  readonly part: OpportunityPart;
  /** The object type the rows are fields of, in the order given (the printed SDL's order). */
  readonly objectType: ClassType;
  readonly fields: readonly MemberFieldRow[];
}

/** The GraphQL name of an upstream member: its camelCase spelling, as everywhere in the schema. */
function fieldName(member: string): string {
  return member.charAt(0).toLowerCase() + member.slice(1);
}

/** The row builders of one part; they check member names against that part's upstream shape. */
export interface PartRows<P extends OpportunityPart> {
  /**
   * A nullable leaf member: the summary answers it when OPPORTUNITY_PARTS lists it, GetOpportunity
   * otherwise. `convert` turns the upstream value into the GraphQL one (identity by default).
   */
  readonly leaf: <M extends keyof DetailOf<P> & string>(
    member: M,
    type: FieldType,
    description: string,
    convert?: (value: NonNullable<DetailOf<P>[M]> | null) => unknown,
  ) => MemberFieldRow;
  /**
   * A nested part: never null (its members are), built from the matching piece of the summary,
   * so selecting it alone costs no call.
   */
  readonly child: <M extends keyof SummaryOf<P> & string>(
    member: M,
    type: FieldType,
    description: string,
  ) => MemberFieldRow;
  /** A non-null field computed from the view's key, e.g. the catalog. */
  readonly key: (
    member: string,
    type: FieldType,
    description: string,
    resolve: (view: PartView<P>) => unknown,
  ) => MemberFieldRow;
}

function rowsOf<P extends OpportunityPart>(part: P): PartRows<P> {
  return {
    leaf: (member, type, description, convert = (value) => value) => ({
      name: fieldName(member),
      member,
      type,
      nullable: true,
      description: memberField(part, member, description).description,
      needsDetail: !isSummaryMember(part, member),
      async resolve(view: PartView<P>, ctx: Context) {
        return convert(await readMember(part, view, member, ctx));
      },
    }),
    child: (member, type, description) => ({
      name: fieldName(member),
      member,
      type,
      nullable: false,
      description,
      needsDetail: false,
      resolve: (view: PartView<P>) => childView(view, view.summary?.[member]),
    }),
    key: (member, type, description, resolve) => ({
      name: fieldName(member),
      member,
      type,
      nullable: false,
      description,
      needsDetail: false,
      resolve: (view: PartView<P>) => resolve(view),
    }),
  };
}

/** The table of one part: `rows` lists its fields in schema order. */
export function partTable<P extends OpportunityPart>(
  part: P,
  objectType: ClassType,
  rows: (builders: PartRows<P>) => MemberFieldRow[],
): PartTable {
  return { part, objectType, fields: rows(rowsOf(part)) };
}
