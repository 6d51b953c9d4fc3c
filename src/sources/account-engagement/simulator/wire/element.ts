/**
 * The one response model both formats are rendered from. Account Engagement's JSON is a mechanical
 * conversion of its XML (docs/upstreams/account-engagement.md#json), so operations build elements
 * once and the renderers decide what repeated or empty elements become.
 */
export type Scalar = string | number | null;

export interface Element {
  readonly name: string;
  /** A scalar (null or '' = empty element) or child elements, in document order. */
  readonly content: Scalar | readonly Element[];
}

export const element = (name: string, content: Scalar | readonly Element[]): Element => ({
  name,
  content,
});

/** One element per entry, in the object's key order (field order on the wire). */
export const elementsOf = (
  fields: Readonly<Record<string, Scalar | readonly Element[]>>,
): Element[] => Object.entries(fields).map(([name, content]) => element(name, content));

/** Prospect flags are 1 or empty on the wire (docs/upstreams/account-engagement.md#json). */
export const flag = (value: boolean): Scalar => (value ? 1 : null);

/** Groups children by name, keeping first-appearance order; used by both renderers. */
export function groupByName<T>(
  children: readonly Element[],
  convert: (content: Element['content']) => T,
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const child of children) {
    const values = groups.get(child.name) ?? [];
    values.push(convert(child.content));
    groups.set(child.name, values);
  }
  return groups;
}
