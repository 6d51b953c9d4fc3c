import { BadUserInputError } from '../errors/index.js';

/** A list argument with an upstream size limit; undefined when empty, so it is not sent. */
export function atMost<T>(
  values: readonly T[] | null | undefined,
  limit: number,
  argument: string,
): T[] | undefined {
  if (!values || values.length === 0) return undefined;
  if (values.length > limit) {
    throw new BadUserInputError(
      argument,
      `at most ${limit} values (upstream limit)`,
      `${values.length} values`,
    );
  }
  return [...values];
}

/** Every value must match `pattern`; the error names the index of the first that does not. */
export function allMatch(
  values: readonly string[] | undefined,
  pattern: RegExp,
  argument: string,
  rule: string,
) {
  values?.forEach((value, index) => {
    if (!pattern.test(value)) throw new BadUserInputError(`${argument}[${index}]`, rule, value);
  });
}

/** The argument only makes sense for one kind of list: say so rather than silently ignore it. */
export function notFor(value: unknown, argument: string, what: string): void {
  if (value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)) {
    throw new BadUserInputError(argument, `is not supported for ${what}`);
  }
}
