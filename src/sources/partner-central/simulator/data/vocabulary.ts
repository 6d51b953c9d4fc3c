/**
 * Word lists the seeded data is drawn from. Company and people names are fictional; web and email
 * domains are under example.com. Enum-typed values are taken from the model's enums
 * (docs/upstreams/partner-central.md#operations) so every seeded record is valid as the SDK types
 * it.
 */

/** Company stems; combined with a sector and a legal form, e.g. "Cedarline Health Ltd". */
export const COMPANY_STEMS = [
  'Bluefin',
  'Cedarline',
  'Driftwood',
  'Emberly',
  'Foxglove',
  'Granite Peak',
  'Harborview',
  'Ironbark',
  'Juniper Ridge',
  'Kestrel',
  'Lumenfield',
  'Meridian Bay',
  'Northgate',
  'Oakhaven',
  'Pinecrest',
  'Quarrystone',
  'Redwood Hollow',
  'Silverline',
  'Tidewater',
  'Upland',
  'Vantage Point',
  'Willowbrook',
  'Yellowtail',
  'Zephyr',
] as const;

/** Sector word of a company name and the model `Industry` it implies. */
export const SECTORS: readonly (readonly [word: string, industry: string])[] = [
  ['Health', 'Healthcare'],
  ['Bank', 'Financial Services'],
  ['Insurance', 'Financial Services'],
  ['Logistics', 'Transportation and Logistics'],
  ['Retail', 'Retail'],
  ['Energy', 'Energy - Power and Utilities'],
  ['Media', 'Media and Entertainment'],
  ['Games', 'Gaming'],
  ['Software', 'Software and Internet'],
  ['Manufacturing', 'Manufacturing'],
  ['Foods', 'Consumer Goods'],
  ['Telecom', 'Telecommunications'],
  ['Biotech', 'Life Sciences'],
  ['Motors', 'Automotive'],
  ['Travel', 'Travel'],
  ['Academy', 'Education'],
  ['Properties', 'Real Estate and Construction'],
  ['Consulting', 'Professional Services'],
  ['Foundation', 'Non-Profit Organization'],
  ['Collective', 'Other'],
];

/** For `Industry: Other`, the free-text `OtherIndustry`. */
export const OTHER_INDUSTRIES = [
  'Cooperative farming',
  'Maritime services',
  'Sports clubs',
] as const;

export interface Country {
  readonly code: string;
  readonly currency: string;
  readonly legalForm: string;
  readonly phonePrefix: string;
  /** [City, StateOrRegion, PostalCode]. */
  readonly places: readonly (readonly [string, string, string])[];
}

export const COUNTRIES: readonly Country[] = [
  {
    code: 'US',
    currency: 'USD',
    legalForm: 'Inc.',
    phonePrefix: '+1206555',
    places: [
      ['Seattle', 'Washington', '98101'],
      ['Austin', 'Texas', '78701'],
      ['New York', 'New York', '10001'],
      ['San Francisco', 'California', '94105'],
      ['Chicago', 'Illinois', '60601'],
      ['Atlanta', 'Georgia', '30303'],
    ],
  },
  {
    code: 'GB',
    currency: 'GBP',
    legalForm: 'Ltd',
    phonePrefix: '+4420795',
    places: [
      ['London', 'England', 'EC1A 1BB'],
      ['Manchester', 'England', 'M1 1AE'],
      ['Edinburgh', 'Scotland', 'EH1 1YZ'],
    ],
  },
  {
    code: 'DE',
    currency: 'EUR',
    legalForm: 'GmbH',
    phonePrefix: '+4930555',
    places: [
      ['Berlin', 'Berlin', '10115'],
      ['Munich', 'Bavaria', '80331'],
      ['Hamburg', 'Hamburg', '20095'],
    ],
  },
  {
    code: 'FR',
    currency: 'EUR',
    legalForm: 'SA',
    phonePrefix: '+3314555',
    places: [
      ['Paris', 'Île-de-France', '75001'],
      ['Lyon', 'Auvergne-Rhône-Alpes', '69001'],
    ],
  },
  {
    code: 'IN',
    currency: 'INR',
    legalForm: 'Pvt Ltd',
    phonePrefix: '+9180555',
    places: [
      ['Bengaluru', 'Karnataka', '560001'],
      ['Mumbai', 'Maharashtra', '400001'],
      ['Hyderabad', 'Telangana', '500001'],
    ],
  },
  {
    code: 'JP',
    currency: 'JPY',
    legalForm: 'KK',
    phonePrefix: '+8135555',
    places: [
      ['Tokyo', 'Tokyo', '100-0001'],
      ['Osaka', 'Osaka', '530-0001'],
    ],
  },
  {
    code: 'AU',
    currency: 'AUD',
    legalForm: 'Pty Ltd',
    phonePrefix: '+6125555',
    places: [
      ['Sydney', 'New South Wales', '2000'],
      ['Melbourne', 'Victoria', '3000'],
    ],
  },
  {
    code: 'CA',
    currency: 'CAD',
    legalForm: 'Inc.',
    phonePrefix: '+1416555',
    places: [
      ['Toronto', 'Ontario', 'M5H 2N2'],
      ['Vancouver', 'British Columbia', 'V6B 1A1'],
    ],
  },
  {
    code: 'BR',
    currency: 'BRL',
    legalForm: 'Ltda',
    phonePrefix: '+5511555',
    places: [['São Paulo', 'São Paulo', '01000-000']],
  },
  {
    code: 'SG',
    currency: 'SGD',
    legalForm: 'Pte Ltd',
    phonePrefix: '+6565555',
    places: [['Singapore', 'Singapore', '018956']],
  },
];

export const STREET_NAMES = [
  'Harbor Street',
  'Market Road',
  'Station Avenue',
  'Park Lane',
  'Mill Street',
  'Riverside Drive',
  'Church Road',
  'Elm Street',
] as const;

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
  'Hoffmann',
  'Ito',
  'Jensen',
  'Kumar',
  'Lopez',
  'Meyer',
  'Nakamura',
  'Okafor',
  'Patel',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Wong',
] as const;

export const CUSTOMER_TITLES = [
  'CTO',
  'VP Engineering',
  'Head of IT',
  'Cloud Architect',
  'Director of Data',
  'CIO',
  'IT Manager',
] as const;

export const PARTNER_TITLES = [
  'Account Executive',
  'Partner Sales Manager',
  'Solutions Architect',
  'Alliance Manager',
] as const;

export interface Workload {
  readonly title: string;
  readonly problem: string;
  readonly useCase: string;
  readonly products: readonly string[];
}

/** `CustomerUseCase` values as the Partner Central console lists them. */
export const WORKLOADS: readonly Workload[] = [
  {
    title: 'Data lake modernization',
    problem:
      'Reporting runs on an on-premises warehouse that cannot keep up with data growth and blocks new analytics use cases.',
    useCase: 'AI Machine Learning and Analytics',
    products: ['AmazonS3', 'AWSGlue', 'AmazonAthena'],
  },
  {
    title: 'SAP migration to AWS',
    problem:
      'The SAP landscape runs on hardware that reaches end of support next year and needs a new hosting platform.',
    useCase: 'Business Applications & Contact Center',
    products: ['AmazonEC2', 'AmazonEBS', 'AWSBackup'],
  },
  {
    title: 'Contact center on Amazon Connect',
    problem:
      'Customer service runs on a legacy telephony system with long wait times and no self-service options.',
    useCase: 'Business Applications & Contact Center',
    products: ['AmazonConnect', 'AmazonLex'],
  },
  {
    title: 'Generative AI assistant',
    problem:
      'Support agents spend hours searching internal documents; the customer wants an assistant that answers from them.',
    useCase: 'AI Machine Learning and Analytics',
    products: ['AmazonBedrock', 'AmazonOpenSearchService'],
  },
  {
    title: 'Windows workloads migration',
    problem:
      'A data center lease ends within a year and several hundred Windows servers must move to the cloud.',
    useCase: 'Migration / Database Migration',
    products: ['AmazonEC2', 'AWSApplicationMigrationService'],
  },
  {
    title: 'Disaster recovery',
    problem:
      'The customer has no tested disaster recovery plan and regulators now require one for critical systems.',
    useCase: 'Storage & Backup',
    products: ['AWSElasticDisasterRecovery', 'AmazonS3'],
  },
  {
    title: 'Analytics platform on Amazon Redshift',
    problem:
      'Finance closes the books with spreadsheets exported from five systems; reports are late and inconsistent.',
    useCase: 'AI Machine Learning and Analytics',
    products: ['AmazonRedshift', 'AmazonQuickSight'],
  },
  {
    title: 'Serverless API platform',
    problem:
      'Partner integrations are built as one-off scripts that fail silently and are expensive to maintain.',
    useCase: 'Containers & Serverless',
    products: ['AWSLambda', 'AmazonAPIGateway', 'AmazonDynamoDB'],
  },
  {
    title: 'Mainframe modernization',
    problem:
      'Core batch processing runs on a mainframe whose maintenance costs rise every year and whose experts are retiring.',
    useCase: 'Migration / Database Migration',
    products: ['AWSMainframeModernization', 'AmazonRDS'],
  },
  {
    title: 'IoT telemetry pipeline',
    problem:
      'Sensor data from production lines is collected manually, so failures are detected only after they happen.',
    useCase: 'Internet of Things (IoT)',
    products: ['AWSIoTCore', 'AmazonKinesis', 'AmazonTimestream'],
  },
  {
    title: 'Security posture hardening',
    problem:
      'An audit found inconsistent access controls and no central view of security findings across accounts.',
    useCase: 'Security & Compliance',
    products: ['AWSSecurityHub', 'AmazonGuardDuty', 'AWSIAMIdentityCenter'],
  },
  {
    title: 'Kubernetes platform on Amazon EKS',
    problem:
      'Development teams wait weeks for environments because clusters are built and patched by hand.',
    useCase: 'Containers & Serverless',
    products: ['AmazonEKS', 'AmazonECR'],
  },
];

export const APN_PROGRAMS = [
  'APN Immersion Days',
  'APN Solution Space',
  'ATO (Authority to Operate)',
  'AWS Marketplace Campaign',
  'IS Immersion Day SFID Program',
  'ISV Workload Migration',
  'Migration Acceleration Program',
  'P3',
  'Partner Launch Initiative',
  'Partner Opportunity Acceleration Funded',
  'The Next Smart',
  'VMware Cloud on AWS',
  'Well-Architected',
  'Windows',
  'Workspaces/AppStream Accelerator Program',
  'WWPS NDPP',
] as const;

export const NEXT_STEPS = [
  'Schedule a discovery workshop with the customer architecture team.',
  'Share the solution proposal and pricing estimate.',
  'Run the proof of concept with production-like data.',
  'Align with the AWS account team on funding options.',
  'Prepare the statement of work for signature.',
  'Plan the migration waves with the customer.',
  'Hold the executive business review.',
] as const;

export const REVIEW_COMMENTS = [
  'Please add more detail on the customer business problem.',
  'The expected monthly spend looks inconsistent with the described scope.',
  'Customer website could not be verified.',
] as const;

export const REVIEW_STATUS_REASONS = [
  'Insufficient opportunity details',
  'Duplicate of an existing opportunity',
  'Customer not eligible for co-sell',
] as const;

export const CAMPAIGN_NAMES = [
  'Migrate and Modernize 2025',
  'GenAI Readiness Webinar Series',
  'Data Strategy Roadshow',
  'Security Week Promotion',
] as const;

export const MARKETING_USE_CASES = [
  'AI/Machine Learning',
  'Analytics',
  'Migration',
  'Security',
  'Storage',
] as const;

export const MARKETING_CHANNELS = [
  'AWS Marketing Central',
  'Content Syndication',
  'Email',
  'Live Event',
  'Search',
  'Social',
  'Virtual Event',
] as const;

export const DELIVERY_MODELS = [
  'SaaS or PaaS',
  'BYOL or AMI',
  'Managed Services',
  'Professional Services',
  'Resell',
  'Other',
] as const;

export const PRIMARY_NEEDS = [
  'Co-Sell - Architectural Validation',
  'Co-Sell - Business Presentation',
  'Co-Sell - Competitive Information',
  'Co-Sell - Pricing Assistance',
  'Co-Sell - Technical Consultation',
  'Co-Sell - Total Cost of Ownership Evaluation',
  'Co-Sell - Deal Support',
  'Co-Sell - Support for Public Tender / RFx',
] as const;

/** In the order a deal goes through them; a stage implies the activities before it. */
export const SALES_ACTIVITIES = [
  'Initialized discussions with customer',
  'Customer has shown interest in solution',
  'Conducted POC / Demo',
  'In evaluation / planning stage',
  'Agreed on solution to Business Problem',
  'Completed Action Plan',
  'Finalized Deployment Need',
  'SOW Signed',
] as const;

export const COMPETITORS = [
  'Oracle Cloud',
  'On-Prem',
  'Co-location',
  'Akamai',
  'AliCloud',
  'Google Cloud Platform',
  'IBM Softlayer',
  'Microsoft Azure',
  'Other- Cost Optimization',
  'No Competition',
  '*Other',
] as const;

export const OTHER_COMPETITORS = ['Regional hosting provider', 'In-house build'] as const;

export const CLOSED_LOST_REASONS = [
  'Customer Deficiency',
  'Delay / Cancellation of Project',
  'Legal / Tax / Regulatory',
  'Lost to Competitor - Google',
  'Lost to Competitor - Microsoft',
  'Lost to Competitor - Other',
  'No Opportunity',
  'On Premises Deployment',
  'Partner Gap',
  'Price',
  'Security / Compliance',
  'Technical Limitations',
  'Financial/Commercial',
] as const;

/** Open stages after approval, in order; 'Prospect' is where every opportunity starts. */
export const APPROVED_STAGES = [
  'Prospect',
  'Qualified',
  'Technical Validation',
  'Business Validation',
  'Committed',
  'Launched',
  'Closed Lost',
] as const;

export const RECEIVER_RESPONSIBILITIES = [
  'Co-Sell Facilitator',
  'Services Partner',
  'Software Partner',
  'Managed Service Provider',
  'Reseller',
] as const;

export const LEAD_SOURCES: readonly (readonly [type: string, name: string])[] = [
  ['Event', 'AWS Summit'],
  ['Event', 'AWS re:Invent'],
  ['Webinar', 'Modernization webinar'],
  ['Marketplace', 'AWS Marketplace listing'],
];

export const AWS_MATURITY = ['New to AWS', 'Experimenting', 'Experienced'] as const;
export const MARKET_SEGMENTS = ['Enterprise', 'Mid-Market', 'SMB', 'Public Sector'] as const;
export const READINESS_SCORES = ['High', 'Medium', 'Low'] as const;

/** Who sends invitations: AWS itself for referrals, and two partners. Account ids are examples. */
export const INVITATION_SENDERS: readonly (readonly [
  accountId: string,
  company: string,
  website: string,
])[] = [
  ['444455556666', 'Amazon Web Services', 'https://aws.amazon.com'],
  ['777788889999', 'Cedarline Consulting', 'https://www.cedarlineconsulting.example.com'],
  ['210987654321', 'Harborview Cloud Partners', 'https://www.harborviewcloud.example.com'],
];

export const PROSPECTING_NOT_ELIGIBLE =
  'The engagement has no customer context that can be turned into a prospecting lead.';
