/**
 * A `createdAfter` bound as each upstream takes it, written the way this server's sources write
 * it (the simulators' request logs show it), so that both servers send the same filter.
 */

function instant(text: string): Date {
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw new Error(`createdAfter is not a DateTime: ${text}`);
  return date;
}

/** `YYYY-MM-DD HH:MM:SS` in UTC, the fraction dropped (which keeps "strictly after" meaning it). */
const wholeSecondsUtc = (text: string) =>
  instant(text).toISOString().slice(0, 19).replace('T', ' ');

/** LeadSquared's advanced search compares whole seconds in UTC. */
export const leadSquaredCreatedAfter = wholeSecondsUtc;

/** Account Engagement's `created_after`: whole seconds in UTC as well. */
export const accountEngagementCreatedAfter = wholeSecondsUtc;

/** Partner Central: ISO 8601 as the AWS SDK writes a timestamp (no `.000` when whole). */
export const partnerCentralCreatedAfter = (text: string) =>
  instant(text).toISOString().replace('.000Z', 'Z');
