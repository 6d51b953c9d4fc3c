import type { LeadSquaredSimulator } from '../../../src/sources/leadsquared/simulator/index.js';
import { call, expectError, PATHS, startSimulator } from './support.js';

interface Details {
  ID: string;
  Name: string;
  DisplayName: string;
  RelatedProspectId: string;
  Fields: {
    SchemaName: string;
    Value: string | null;
    OptionSet: string | null;
    DataType: string;
  }[];
}

describe('LeadSquared simulator: GetOpportunityDetails (docs/upstreams/leadsquared.md#opportunity-details)', () => {
  let sim: LeadSquaredSimulator;

  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(() => sim.stop());

  it('describes the opportunity with a Fields[] array and a JSON-string option set', async () => {
    const record = sim.data.opportunitiesOfType(12001)[0]!;
    const result = await call(sim, 'GET', PATHS.details, {
      query: { OpportunityId: record.ProspectActivityId },
    });
    expect(result.status).toBe(200);
    const details = result.json as Details;
    expect([details.ID, details.Name, details.DisplayName, details.RelatedProspectId]).toEqual([
      record.ProspectActivityId,
      record.mx_Custom_1,
      'Renewal',
      record.RelatedProspectId,
    ]);
    const field = (name: string) => details.Fields.find((f) => f.SchemaName === name);
    expect(field('Status')?.Value).toBe(record.Status);
    expect(field('mx_Custom_3')?.Value).toBe(record.mx_Custom_3);
    const options = JSON.parse(field('Status')!.OptionSet!) as { Value: string }[];
    expect(options.map((o) => o.Value)).toEqual(['Open', 'Won', 'Lost']);
  });

  it('answers 500 MXInvalidEntityException for an unknown id and 400 without one', async () => {
    const unknown = await call(sim, 'GET', PATHS.details, { query: { OpportunityId: 'nope' } });
    expectError(unknown, 500, 'MXInvalidEntityException');
    expectError(await call(sim, 'GET', PATHS.details), 400, 'MXMandatoryAttributeMissingException');
  });
});
