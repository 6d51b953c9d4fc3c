import {
  formatSqlDateTime,
  type LeadSquaredSimulator,
} from '../../../src/sources/leadsquared/simulator/index.js';
import { call, expectError, PATHS, post, startSimulator } from './support.js';

interface LeadsPage {
  RecordCount: number;
  Leads: Record<string, string | null>[];
}

describe('LeadSquared simulator: leads (docs/upstreams/leadsquared.md#leads-in-bulk-by-ids)', () => {
  let sim: LeadSquaredSimulator;

  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(() => sim.stop());

  describe('Leads/Retrieve/ByIds', () => {
    const ask = async (body: unknown) => {
      const result = await post(sim, PATHS.leadsByIds, body);
      expect(result.status).toBe(200);
      return result.json as LeadsPage;
    };

    it('returns found leads in LeadIds order with ProspectID and the requested columns', async () => {
      const [a, b, c] = [sim.data.leads[5]!, sim.data.leads[1]!, sim.data.leads[9]!];
      const page = await ask({
        SearchParameters: {
          LeadIds: [
            a.ProspectID,
            'not-a-lead',
            b.ProspectID,
            a.ProspectID,
            c.ProspectID.toUpperCase(),
          ],
        },
        Columns: { Include_CSV: 'CreatedOn, EmailAddress, FirstName, OwnerIdEmailAddress, Nope' },
      });
      expect(page.RecordCount).toBe(3);
      expect(page.Leads.map((lead) => lead.ProspectID)).toEqual([
        a.ProspectID,
        b.ProspectID,
        c.ProspectID,
      ]);
      expect(page.Leads[0]).toEqual({
        ProspectID: a.ProspectID,
        CreatedOn: formatSqlDateTime(a.CreatedOn),
        EmailAddress: a.EmailAddress,
        FirstName: a.FirstName,
        OwnerIdEmailAddress: sim.data.owner(a.OwnerId)!.EmailAddress,
        Nope: null,
      });
      expect(page.Leads[0]?.CreatedOn).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.000$/);
    });

    it('pages with 1-based PageIndex while RecordCount counts every found lead', async () => {
      const ids = sim.data.leads.slice(0, 5).map((lead) => lead.ProspectID);
      const page = await ask({
        SearchParameters: { LeadIds: ids },
        Columns: { Include_CSV: 'FirstName' },
        Paging: { PageIndex: 2, PageSize: 2 },
      });
      expect(page.RecordCount).toBe(5);
      expect(page.Leads.map((lead) => lead.ProspectID)).toEqual(ids.slice(2, 4));
    });

    it('accepts 10,000 ids and rejects 10,001', async () => {
      const ids = Array.from(
        { length: 10_000 },
        (_, i) => sim.data.leads[i % sim.data.leads.length]!.ProspectID,
      );
      const ok = await ask({
        SearchParameters: { LeadIds: ids },
        Columns: { Include_CSV: 'FirstName' },
      });
      expect(ok.RecordCount).toBe(sim.data.leads.length);
      const error = expectError(
        await post(sim, PATHS.leadsByIds, {
          SearchParameters: { LeadIds: [...ids, 'one-more'] },
          Columns: { Include_CSV: 'FirstName' },
        }),
        400,
        'MXInvalidInputException',
      );
      expect(error.ExceptionMessage).toContain('maximum of 10000 leads');
    });

    it.each([
      ['no SearchParameters', { Columns: { Include_CSV: 'FirstName' } }, 'SearchParameters'],
      ['no LeadIds', { SearchParameters: {}, Columns: { Include_CSV: 'FirstName' } }, 'LeadIds'],
      ['no Columns', { SearchParameters: { LeadIds: ['a'] } }, 'Columns'],
      [
        'an empty Include_CSV',
        { SearchParameters: { LeadIds: ['a'] }, Columns: { Include_CSV: '' } },
        'Include_CSV',
      ],
    ])('answers 400 MXMandatoryAttributeMissingException for %s', async (_label, body, field) => {
      const error = expectError(
        await post(sim, PATHS.leadsByIds, body),
        400,
        'MXMandatoryAttributeMissingException',
      );
      expect(error.ExceptionMessage).toContain(field);
    });
  });

  describe('Leads.GetById', () => {
    it('returns an array with every field of the lead', async () => {
      const lead = sim.data.leads[3]!;
      const result = await call(sim, 'GET', PATHS.leadById, { query: { id: lead.ProspectID } });
      expect(result.status).toBe(200);
      const owner = sim.data.owner(lead.OwnerId)!;
      expect(result.json).toEqual([
        {
          ...lead,
          CreatedOn: formatSqlDateTime(lead.CreatedOn),
          ModifiedOn: formatSqlDateTime(lead.ModifiedOn),
          OwnerIdName: `${owner.FirstName} ${owner.LastName}`,
          OwnerIdEmailAddress: owner.EmailAddress,
        },
      ]);
    });

    it('returns [] for an unknown lead and 400 without an id', async () => {
      const unknown = await call(sim, 'GET', PATHS.leadById, { query: { id: 'nobody' } });
      expect([unknown.status, unknown.json]).toEqual([200, []]);
      expectError(
        await call(sim, 'GET', PATHS.leadById),
        400,
        'MXMandatoryAttributeMissingException',
      );
    });
  });
});
