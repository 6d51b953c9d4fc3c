/**
 * Customer companies shared by the opportunity and invitation seeds, so a company name recurs
 * across records (the CustomerCompanyName filter has something to find) and invitations read like
 * the opportunities they would become.
 */
import type { Random } from '../../../../core/simulator/random.js';
import type { Account, Contact } from './records.js';
import {
  COMPANY_STEMS,
  COUNTRIES,
  CUSTOMER_TITLES,
  FIRST_NAMES,
  LAST_NAMES,
  OTHER_INDUSTRIES,
  SECTORS,
  STREET_NAMES,
  type Country,
} from './vocabulary.js';

export interface CustomerProfile {
  readonly account: Account;
  readonly contacts: readonly Contact[];
  readonly country: Country;
  /** Bare domain, e.g. cedarlinehealth.example.com. */
  readonly domain: string;
  readonly stem: string;
  readonly sector: string;
}

const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

export function digits(random: Random, count: number): string {
  // A loop, not Array.from(...).join(): seeding 100,000 opportunities calls this ~1,000,000 times.
  let text = '';
  for (let index = 0; index < count; index += 1) text += String(random.int(0, 9));
  return text;
}

export function seedContact(random: Random, domain: string, titles: readonly string[]): Contact {
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  return {
    Email: `${slug(first)}.${slug(last)}@${domain}`,
    FirstName: first,
    LastName: last,
    BusinessTitle: random.pick(titles),
    Phone: `${random.pick(COUNTRIES).phonePrefix}${digits(random, 4)}`,
  };
}

function seedCustomer(
  random: Random,
  stem: string,
  sector: readonly [string, string],
): CustomerProfile {
  const [sectorWord, industry] = sector;
  const country = random.pick(COUNTRIES);
  const [city, region, postalCode] = random.pick(country.places);
  const domain = `${slug(stem)}${slug(sectorWord)}.example.com`;
  const account: Account = {
    Industry: industry,
    ...(industry === 'Other' ? { OtherIndustry: random.pick(OTHER_INDUSTRIES) } : {}),
    CompanyName: `${stem} ${sectorWord} ${country.legalForm}`,
    WebsiteUrl: `https://www.${domain}`,
    ...(random.chance(0.5) ? { AwsAccountId: digits(random, 12).replace(/^0/, '1') } : {}),
    Address: {
      City: city,
      PostalCode: postalCode,
      StateOrRegion: region,
      CountryCode: country.code,
      StreetAddress: `${random.int(1, 999)} ${random.pick(STREET_NAMES)}`,
    },
    ...(random.chance(0.4) ? { Duns: digits(random, 9) } : {}),
  };
  const contacts = Array.from({ length: random.int(1, 2) }, () =>
    seedContact(random, domain, CUSTOMER_TITLES),
  );
  return { account, contacts, country, domain, stem, sector: sectorWord };
}

/** `count` customers with distinct (stem, sector) pairs while the vocabulary lasts. */
export function seedCustomers(random: Random, count: number): CustomerProfile[] {
  const used = new Set<string>();
  const customers: CustomerProfile[] = [];
  const capacity = COMPANY_STEMS.length * SECTORS.length;
  while (customers.length < count) {
    const stem = random.pick(COMPANY_STEMS);
    const sector = random.pick(SECTORS);
    const key = `${stem}|${sector[0]}`;
    if (used.has(key) && used.size < capacity) continue;
    used.add(key);
    customers.push(seedCustomer(random, stem, sector));
  }
  return customers;
}
