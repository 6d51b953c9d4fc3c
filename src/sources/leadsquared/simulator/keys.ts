/**
 * The keys the simulator accepts. Without configured LeadSquared keys, the simulator and the
 * client both use these documented demo values; they open nothing but simulated data.
 */
import type { LeadSquaredKeys } from './auth.js';

export const SIMULATOR_ACCESS_KEY = 'simulator-access-key';
export const SIMULATOR_SECRET_KEY = 'simulator-secret-key';

interface RevealableKeys {
  readonly accessKey: { reveal(): string } | undefined;
  readonly secretKey: { reveal(): string } | undefined;
}

/** The configured keys when both are set, else the demo keys. */
export function simulatorKeys(configured: RevealableKeys): LeadSquaredKeys {
  if (configured.accessKey !== undefined && configured.secretKey !== undefined) {
    return { accessKey: configured.accessKey.reveal(), secretKey: configured.secretKey.reveal() };
  }
  return { accessKey: SIMULATOR_ACCESS_KEY, secretKey: SIMULATOR_SECRET_KEY };
}
