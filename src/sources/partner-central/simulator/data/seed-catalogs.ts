/**
 * Seeds both catalogs from one seed. Each catalog draws from its own random sequence, so the two
 * hold different records (ids, companies, dates), and neither reads the clock.
 */
import { createRandom } from '../../../../core/simulator/random.js';
import { CatalogData } from './catalog-data.js';
import { CATALOGS, type Catalog } from './records.js';
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

export type PartnerCentralData = Readonly<Record<Catalog, CatalogData>>;

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

export function seedPartnerCentralData(options: SeedOptions): PartnerCentralData {
  const entries = CATALOGS.map((catalog) => [catalog, seedCatalog(catalog, options)] as const);
  return Object.fromEntries(entries) as Record<Catalog, CatalogData>;
}
