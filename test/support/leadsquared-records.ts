import {
  createLeadSquaredSimulator,
  type OpportunityRecord,
} from '../../src/sources/leadsquared/simulator/index.js';
import { TEST_LSQ_ACCESS_KEY, TEST_LSQ_SECRET_KEY } from './test-app.js';

/**
 * The LeadSquared records a simulator seeded with `records` per event code holds: the seed alone
 * decides them, so tests of a simulator in another process read them from one built here and
 * never started.
 */
export function seededLeadSquaredRecords(records = 1000): readonly OpportunityRecord[] {
  return createLeadSquaredSimulator({
    records,
    eventCodes: [12000, 12001, 12003],
    accessKey: TEST_LSQ_ACCESS_KEY,
    secretKey: TEST_LSQ_SECRET_KEY,
  }).data.opportunities;
}

/** The global id of a LeadSquared opportunity record. */
export const lsqId = (record: OpportunityRecord) =>
  `lsq:${record.EventCode}:${record.ProspectActivityId}`;
