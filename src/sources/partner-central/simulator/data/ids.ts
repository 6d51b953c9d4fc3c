/**
 * Identifier and ARN formats (docs/upstreams/partner-central.md#identifier-and-arn-formats). ARN
 * layouts the documentation does not give are simulator choices modelled on the one the model
 * spells out (`ProspectingTaskArn`: `…:catalog/<Catalog>/<resource-type>/<id>`); the invitation
 * ARN follows the documented layout as written.
 */
import type { Random } from '../../../../core/simulator/random.js';
import type { Catalog } from './records.js';

export const REGION = 'us-east-1';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

function suffix(random: Random, length: number): string {
  let text = '';
  for (let i = 0; i < length; i += 1) text += ALPHABET[random.int(0, ALPHABET.length - 1)];
  return text;
}

/** Seeded opportunity ids are `O` + 10 digits: fixed width, so string order is numeric order. */
export const OPPORTUNITY_ID_DIGITS = 10;
export const formatOpportunityId = (n: number): string =>
  `O${String(n).padStart(OPPORTUNITY_ID_DIGITS, '0')}`;

export const newInvitationId = (random: Random): string => `engi-${suffix(random, 13)}`;
export const newEngagementId = (random: Random): string => `eng-${suffix(random, 14)}`;
export const newAcceptTaskId = (random: Random): string => `task-${suffix(random, 13)}`;
export const newProspectingTaskId = (random: Random): string => `task-${suffix(random, 14)}`;
export const newContextId = (random: Random): string => `ctx-${suffix(random, 14)}`;
export const newSnapshotJobId = (random: Random): string => `job-${suffix(random, 13)}`;

const catalogArn = (service: string, account: string, catalog: Catalog, path: string): string =>
  `arn:aws:${service}:${REGION}:${account}:catalog/${catalog}/${path}`;

export const opportunityArn = (account: string, catalog: Catalog, id: string): string =>
  catalogArn('partnercentral', account, catalog, `opportunity/${id}`);

export const engagementArn = (account: string, catalog: Catalog, id: string): string =>
  catalogArn('partnercentral', account, catalog, `engagement/${id}`);

/**
 * As docs/upstreams/partner-central.md#identifier-and-arn-formats shows it: no region,
 * `<Catalog>/engagement-invitation/<id>`.
 */
export const invitationArn = (account: string, catalog: Catalog, id: string): string =>
  `arn:aws:partnercentral::${account}:${catalog}/engagement-invitation/${id}`;

export const acceptTaskArn = (account: string, catalog: Catalog, id: string): string =>
  catalogArn('partnercentral', account, catalog, `engagement-by-accepting-invitation-task/${id}`);

/** The model's `ProspectingTaskArn` pattern (Appendix B). */
export const prospectingTaskArn = (account: string, catalog: Catalog, id: string): string =>
  catalogArn('partnercentral-selling', account, catalog, `prospecting-from-engagement-task/${id}`);
