import { seedPartnerCentralData } from '../../../src/sources/partner-central/simulator/data/seed-catalogs.js';

/*
 * Each catalog is seeded on its first read (seed-catalogs.ts): which is read first, or whether the
 * other is read at all, must not change what either holds.
 */
const OPTIONS = { records: 40, invitations: 5, seed: 7, accountId: '123456789012' };

const ids = (records: readonly { Id?: string }[]) => records.map((record) => record.Id);

describe('Partner Central catalogs seeded on first read', () => {
  it('seeds a catalog only when it is read', () => {
    const data = seedPartnerCentralData(OPTIONS);
    expect([...data.seeded()]).toHaveLength(0);
    expect(data.AWS.opportunities).toHaveLength(40);
    expect([...data.seeded()].map((catalog) => catalog.catalog)).toEqual(['AWS']);
  });

  it('holds the same records whichever catalog is read first', () => {
    const awsFirst = seedPartnerCentralData(OPTIONS);
    const sandboxFirst = seedPartnerCentralData(OPTIONS);
    const aws = ids(awsFirst.AWS.opportunities);
    const sandbox = ids(sandboxFirst.Sandbox.opportunities);
    expect(ids(awsFirst.Sandbox.opportunities)).toEqual(sandbox);
    expect(ids(sandboxFirst.AWS.opportunities)).toEqual(aws);
    expect(ids(awsFirst.AWS.invitations)).toEqual(ids(sandboxFirst.AWS.invitations));
    // Two catalogs, two different sequences.
    expect(aws).not.toEqual(sandbox);
  });
});
