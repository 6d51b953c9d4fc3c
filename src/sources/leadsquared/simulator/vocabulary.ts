/** Word lists the seeded data is drawn from. Fictional names; email domains are under example.com. */
export const FIRST_NAMES = [
  'Aarav',
  'Ana',
  'Ben',
  'Chloe',
  'Daniel',
  'Divya',
  'Elena',
  'Farah',
  'George',
  'Hana',
  'Ivan',
  'Jane',
  'Jerry',
  'Kavya',
  'Liam',
  'Maya',
  'Noah',
  'Olivia',
  'Priya',
  'Quinn',
  'Rahul',
  'Sara',
  'Tom',
  'Uma',
  'Victor',
  'Wei',
  'Yusuf',
  'Zoe',
] as const;

export const LAST_NAMES = [
  'Anand',
  'Brown',
  'Costa',
  'Dubois',
  'Evans',
  'Fischer',
  'Garcia',
  'Hewitt',
  'Iyer',
  'Johnson',
  'Kim',
  'Lopez',
  'Menon',
  'Nakamura',
  'Okafor',
  'Patel',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Usman',
  'Verma',
  'Williams',
  'Yilmaz',
  'Zhang',
] as const;

export const COMPANY_STEMS = [
  'Acme',
  'Bluefin',
  'Cobalt',
  'Delta Ridge',
  'Evergreen',
  'Fjord',
  'Granite',
  'Helios',
  'Ironwood',
  'Juniper',
  'Kestrel',
  'Lumen',
  'Meridian',
  'Northwind',
  'Orbit',
  'Pinnacle',
  'Quartz',
  'Redwood',
  'Summit',
  'Tidewater',
  'Umbra',
  'Vertex',
  'Willow',
  'Zenith',
] as const;

export const COMPANY_SUFFIXES = ['Corp', 'Ltd', 'Labs', 'Systems', 'Logistics', 'Health'] as const;

export const CITIES = [
  'Mumbai',
  'Bengaluru',
  'Singapore',
  'Dublin',
  'Toronto',
  'Austin',
  'Denver',
  'London',
  'Berlin',
  'Dubai',
  'Sydney',
  'Chennai',
  'Pune',
  'Seattle',
  'Boston',
] as const;

export const LEAD_STAGES = ['Prospect', 'Lead', 'Opportunity', 'Customer'] as const;

export const LEAD_SOURCES = [
  'Website',
  'Referral',
  'Partner',
  'Trade Show',
  'Organic Search',
  'Paid Ads',
] as const;

/** Deal kinds for opportunity names ("Acme Corp – Renewal 2024"). */
export const DEAL_KINDS = [
  'New Business',
  'Renewal',
  'Upsell',
  'Expansion',
  'Pilot',
  'Migration',
] as const;

export const OPEN_STAGES = ['Prospecting', 'Qualification', 'Proposal', 'Negotiation'] as const;
export const CLOSED_STAGE = 'Closed';

export const CHANNELS = [
  'Inbound Web',
  'Partner Referral',
  'Outbound Call',
  'Email Campaign',
  'Event',
  'Marketplace',
] as const;

export const NOTES = [
  'Follow up after pricing review.',
  'Decision maker on leave until next month.',
  'Asked for a security questionnaire.',
  'Budget approved for this quarter.',
  'Competing offer on the table.',
  'Needs a reference customer in the same industry.',
  '',
] as const;

export const OWNER_NAMES = [
  ['Sri', 'Sudhan'],
  ['Meera', 'Kulkarni'],
  ['James', 'OConnor'],
  ['Lucia', 'Fernandez'],
  ['Kenji', 'Sato'],
] as const;
