/**
 * Seeds both catalogs from one seed. Each catalog draws from its own random sequence, so the two
 * hold different records (ids, companies, dates), and neither reads the clock. Because of that, a
 * catalog can be seeded the first time it is read without changing what it holds: a simulator
 * that is only ever asked about `AWS` (the usual deployment) never spends the time and memory of
 * seeding `Sandbox`, which at 100,000 records is seconds and hundreds of megabytes.
 */
import { createRandom } from '../../../../core/simulator/random.js';
import { CatalogData } from './catalog-data.js';
import type { Catalog } from './records.js';
import { seedCustomers } from './seed-customers.js';
import { seedInvitations } from './seed-invitations.js';
import { seedOpportunities } from './seed-opportunities.js';

export interface SeedOptions {
  /** Opportunities per catalog. */
  readonly records: number;
  /** Engagement invitations per catalog. */
  readonly invitations: number;
  readonly seed: number;
  /** The partner's AWS account id (12 digits): in ARNs and as the invitations' receiver. */
  readonly accountId: string;
}

const CATALOG_SALT: Readonly<Record<Catalog, number>> = { AWS: 0x0a75, Sandbox: 0x5a4d };

function seedCatalog(catalog: Catalog, options: SeedOptions): CatalogData {
  const random = createRandom((options.seed * 31 + CATALOG_SALT[catalog]) >>> 0);
  // About four opportunities per customer company.
  const customers = seedCustomers(random, Math.max(1, Math.ceil(options.records / 4)));
  const opportunities = seedOpportunities(random, {
    catalog,
    accountId: options.accountId,
    count: options.records,
    customers,
  });
  const { engagements, invitations } = seedInvitations(random, {
    catalog,
    accountId: options.accountId,
    count: options.invitations,
    customers,
  });
  return new CatalogData(catalog, { opportunities, invitations, engagements });
}

/** Both catalogs, each seeded on its first read. */
export class PartnerCentralData implements Readonly<Record<Catalog, CatalogData>> {
  readonly #seeded = new Map<Catalog, CatalogData>();

  constructor(private readonly options: SeedOptions) {}

  get AWS(): CatalogData {
    return this.catalog('AWS');
  }

  get Sandbox(): CatalogData {
    return this.catalog('Sandbox');
  }

  catalog(name: Catalog): CatalogData {
    let data = this.#seeded.get(name);
    if (!data) {
      data = seedCatalog(name, this.options);
      this.#seeded.set(name, data);
    }
    return data;
  }

  /** The catalogs read so far: only those can have changed (tasks, writes) since seeding. */
  seeded(): Iterable<CatalogData> {
    return this.#seeded.values();
  }
}

export function seedPartnerCentralData(options: SeedOptions): PartnerCentralData {
  return new PartnerCentralData(options);
}
