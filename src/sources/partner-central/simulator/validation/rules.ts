/**
 * Declarative member rules, one per constraint kind the service model uses on request shapes
 * (docs/upstreams/partner-central.md#operations): patterns, lengths, enums, integer ranges, list
 * sizes, timestamps, nested structures. An operation's input is a `structure(...)` table of these;
 * `validate` walks it.
 */
export interface StringRule {
  readonly kind: 'string';
  /** Anchored full-match regex (Appendix C); `patternText` is what error messages quote. */
  readonly pattern?: RegExp;
  readonly patternText?: string;
  /** Length in Unicode code points, as Smithy counts it. */
  readonly minLength?: number;
  readonly maxLength?: number;
}

export interface EnumRule {
  readonly kind: 'enum';
  /** The model's enum shape name, used in messages when the value list is long. */
  readonly name: string;
  readonly values: readonly string[];
}

export interface IntegerRule {
  readonly kind: 'integer';
  readonly min: number;
  readonly max: number;
}

/**
 * A `DateTime` member: an RFC 3339 string on the wire
 * (docs/upstreams/partner-central.md#scalars-and-timestamps).
 */
export interface TimestampRule {
  readonly kind: 'timestamp';
}

export interface ListRule {
  readonly kind: 'list';
  readonly member: Rule;
  readonly minItems?: number;
  readonly maxItems?: number;
  /** Simulator addition for lists where a repeat can only be a client bug (DUPLICATE_KEY_VALUE). */
  readonly unique?: boolean;
}

export interface Member {
  readonly rule: Rule;
  readonly required: boolean;
}

export interface StructureRule {
  readonly kind: 'structure';
  readonly members: Readonly<Record<string, Member>>;
}

export type Rule = StringRule | EnumRule | IntegerRule | TimestampRule | ListRule | StructureRule;

export const required = (rule: Rule): Member => ({ rule, required: true });
export const optional = (rule: Rule): Member => ({ rule, required: false });

export const text = (limits: { min?: number; max?: number } = {}): StringRule => ({
  kind: 'string',
  minLength: limits.min,
  maxLength: limits.max,
});

/** `source` is the model's pattern as the model prints it; `regex` its anchored JS form. */
export const pattern = (
  regex: RegExp,
  source: string,
  limits: { min?: number; max?: number } = {},
): StringRule => ({
  kind: 'string',
  pattern: regex,
  patternText: source,
  minLength: limits.min,
  maxLength: limits.max,
});

export const oneOf = (name: string, values: readonly string[]): EnumRule => ({
  kind: 'enum',
  name,
  values,
});

export const integer = (min: number, max: number): IntegerRule => ({ kind: 'integer', min, max });

export const timestamp = (): TimestampRule => ({ kind: 'timestamp' });

export const listOf = (
  member: Rule,
  limits: { min?: number; max?: number; unique?: boolean } = {},
): ListRule => ({
  kind: 'list',
  member,
  minItems: limits.min,
  maxItems: limits.max,
  unique: limits.unique,
});

export const structure = (members: Record<string, Member>): StructureRule => ({
  kind: 'structure',
  members,
});
