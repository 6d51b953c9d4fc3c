/** Word lists the seed draws from. Invented names; `&` in some company names exercises escaping. */
export const FIRST_NAMES = [
  'Amara',
  'Bastian',
  'Chiara',
  'Dmitri',
  'Elif',
  'Farid',
  'Greta',
  'Hiroshi',
  'Ines',
  'Jonas',
  'Kalani',
  'Leona',
  'Mateo',
  'Nadia',
  'Oskar',
  'Priya',
  'Quentin',
  'Rosa',
  'Soren',
  'Talia',
  'Umar',
  'Vera',
  'Wendell',
  'Ximena',
  'Yusuf',
  'Zofia',
  'Beatriz',
  'Callum',
  'Dagny',
  'Emeka',
] as const;

export const LAST_NAMES = [
  'Abernathy',
  'Baptiste',
  'Castellano',
  'Drummond',
  'Eriksen',
  'Fairweather',
  'Galloway',
  'Hartmann',
  'Ishikawa',
  'Jankowski',
  'Kovalenko',
  'Lindqvist',
  'Marchetti',
  'Nakamura',
  "O'Donnell",
  'Petrov',
  'Quintero',
  'Rasmussen',
  'Szabo',
  'Thorne',
  'Uchenna',
  'Valdivia',
  'Whitcombe',
  'Yamamoto',
  'Zeller',
] as const;

export const COMPANY_STEMS = [
  'Northwind',
  'Bluefjord',
  'Copperleaf',
  'Driftwood',
  'Emberline',
  'Foxglove',
  'Granite Peak',
  'Harbor & Pine',
  'Ironbark',
  'Juniper',
  'Kestrel',
  'Lumen',
  'Mossgate',
  'Nimbus',
  'Orchard',
  'Pebble & Stone',
  'Quarry',
  'Redwood',
  'Saltmarsh',
  'Tidewater',
  'Upland',
  'Vantage',
  'Willowbrook',
  'Yellowcrest',
  'Zephyr',
] as const;

export const COMPANY_SUFFIXES = [
  'Analytics',
  'Logistics',
  'Health',
  'Robotics',
  'Foods',
  'Energy',
  'Labs',
  'Systems',
  'Outfitters',
  'Capital',
] as const;

export const DEAL_KINDS = [
  'Platform Expansion',
  'New Logo',
  'Renewal',
  'Pilot',
  'Seat Upgrade',
  'Data Add-on',
  'Professional Services',
  'Multi-year Commit',
  'Regional Rollout',
  'Support Tier Upgrade',
] as const;

export const OPPORTUNITY_TYPES = [
  'New Business',
  'Existing Business',
  'Renewal',
  'Upsell',
] as const;

/** Salesforce's default opportunity stages with their usual probabilities. */
export const OPEN_STAGES: readonly (readonly [string, number])[] = [
  ['Prospecting', 10],
  ['Qualification', 10],
  ['Needs Analysis', 20],
  ['Value Proposition', 50],
  ['Id. Decision Makers', 60],
  ['Perception Analysis', 70],
  ['Proposal/Price Quote', 75],
  ['Negotiation/Review', 90],
];

export const CAMPAIGN_NAMES = [
  'Website Tracking',
  'Spring Webinar Series',
  'Trade Show: Logistics Expo',
  'Partner Referral',
  'Paid Search – Brand',
  'Paid Search – Competitor',
  'Customer Newsletter',
  'Product Launch Q2',
  'Content Syndication',
  'Field Event: Roadshow',
  'Free Trial Nurture',
  'Re-engagement',
] as const;

export const JOB_TITLES = [
  'VP of Operations',
  'Head of IT',
  'Procurement Manager',
  'CFO',
  'Director of Marketing',
  'Data Engineer',
  'Chief of Staff',
  'Supply Chain Analyst',
  'CTO',
  'Office Manager',
] as const;

export const DEPARTMENTS = [
  'Operations',
  'IT',
  'Finance',
  'Marketing',
  'Engineering',
  'Sales',
] as const;

export const LOCATIONS: readonly (readonly [string, string, string | null, string])[] = [
  ['United States', 'Denver', 'CO', '80202'],
  ['United States', 'Austin', 'TX', '73301'],
  ['United States', 'Portland', 'OR', '97201'],
  ['Canada', 'Halifax', 'NS', 'B3H 1A1'],
  ['United Kingdom', 'Leeds', null, 'LS1 4AP'],
  ['Germany', 'Leipzig', null, '04109'],
  ['Japan', 'Fukuoka', null, '810-0001'],
  ['Brazil', 'Curitiba', 'PR', '80010-000'],
];

export const SOURCES = [
  'Website',
  'Webinar',
  'Trade Show',
  'Referral',
  'Paid Search',
  'List Import',
] as const;

export const INDUSTRIES = [
  'Manufacturing',
  'Healthcare',
  'Retail',
  'Financial Services',
  'Transportation',
  'Energy',
] as const;

export const GRADES = ['A+', 'A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'D', 'F'] as const;

export const SALUTATIONS = ['Mr.', 'Ms.', 'Dr.', 'Mx.'] as const;
