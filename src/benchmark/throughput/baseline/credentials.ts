import type { Config } from '../../../config.js';
import {
  SIMULATOR_BUSINESS_UNIT_ID,
  SIMULATOR_CLIENT_ID,
  SIMULATOR_CLIENT_SECRET,
  SIMULATOR_REFRESH_TOKEN,
} from '../../../sources/account-engagement/simulator/index.js';
import { simulatorKeys } from '../../../sources/leadsquared/simulator/index.js';
import type { BaselineCredentials } from './upstreams.js';

/** The credentials the simulators accept, the same ones our server is given in live mode. */
export function baselineCredentials(simulatorConfig: Config): BaselineCredentials {
  const keys = simulatorKeys(simulatorConfig.sources.leadSquared);
  return {
    lsqAccessKey: keys.accessKey,
    lsqSecretKey: keys.secretKey,
    aeClientId: SIMULATOR_CLIENT_ID,
    aeClientSecret: SIMULATOR_CLIENT_SECRET,
    aeRefreshToken: SIMULATOR_REFRESH_TOKEN,
    aeBusinessUnitId: SIMULATOR_BUSINESS_UNIT_ID,
    pcRegion: simulatorConfig.sources.partnerCentral.region,
  };
}
