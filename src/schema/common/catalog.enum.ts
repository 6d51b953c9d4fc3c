import { registerEnumType } from 'type-graphql';
import type { Catalog as UpstreamCatalog } from '../../core/domain/catalog.js';
import { assertNever } from '../../core/errors/index.js';

/**
 * Partner Central catalogs in GraphQL spelling. Internal values equal the names: the federation
 * build re-reads the printed SDL, where only names survive (docs/toolchain.md#federation-from-type-graphql). Global ids keep the
 * upstream spelling (`AWS`, `Sandbox`); convert with the two functions below.
 */
export enum Catalog {
  AWS = 'AWS',
  SANDBOX = 'SANDBOX',
}

registerEnumType(Catalog, {
  name: 'Catalog',
  description: 'A Partner Central catalog.',
  valuesConfig: {
    AWS: { description: 'Production data (upstream `AWS`).' },
    SANDBOX: { description: 'Test data (upstream `Sandbox`).' },
  },
});

/** The upstream spelling of the `Catalog` request member and of global ids. */
export function toUpstreamCatalog(catalog: Catalog): UpstreamCatalog {
  switch (catalog) {
    case Catalog.AWS:
      return 'AWS';
    case Catalog.SANDBOX:
      return 'Sandbox';
    default:
      return assertNever(catalog, 'catalog');
  }
}

export function fromUpstreamCatalog(catalog: UpstreamCatalog): Catalog {
  switch (catalog) {
    case 'AWS':
      return Catalog.AWS;
    case 'Sandbox':
      return Catalog.SANDBOX;
    default:
      return assertNever(catalog, 'upstream catalog');
  }
}
