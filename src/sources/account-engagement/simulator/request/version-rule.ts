/**
 * Which API version the business unit answers (docs/upstreams/account-engagement.md#versions-3-and-4).
 * A unit that allows several prospects with one email address (AMPSEA) must use version 4 and
 * answers version 3 with error 88; any other unit must use version 3 and answers version 4 with
 * error 89. The simulated unit has shared emails unless it is created with `sharedEmails: false`.
 */
import { pardotError } from '../errors.js';
import type { ApiVersion } from './routes.js';

export const versionOfUnit = (sharedEmails: boolean): ApiVersion => (sharedEmails ? 4 : 3);

export function checkVersion(requested: ApiVersion, sharedEmails: boolean): void {
  if (requested === versionOfUnit(sharedEmails)) return;
  throw pardotError(requested === 3 ? 88 : 89);
}
