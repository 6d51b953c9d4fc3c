/**
 * Partner Central catalogs, spelled exactly as the upstream spells its `Catalog` request member:
 * `AWS` holds production data, `Sandbox` test data (docs/upstreams/partner-central.md#catalogs).
 * Global ids embed this spelling, so it must never be re-cased.
 */
export const CATALOGS = ['AWS', 'Sandbox'] as const;

export type Catalog = (typeof CATALOGS)[number];

export function isCatalog(value: string): value is Catalog {
  return (CATALOGS as readonly string[]).includes(value);
}
