/** The named members of `value` that are set; undefined when `value` is. Shapes are projections. */
export function pick<T extends object, K extends keyof T>(
  value: T | undefined,
  keys: readonly K[],
): Pick<T, K> | undefined {
  if (value === undefined) return undefined;
  const picked: Partial<Pick<T, K>> = {};
  for (const key of keys) if (value[key] !== undefined) picked[key] = value[key];
  return picked as Pick<T, K>;
}
