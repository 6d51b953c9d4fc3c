import {
  DATASET_BASE_DATE,
  seedLeadSquaredDataset,
} from '../../../src/sources/leadsquared/simulator/index.js';

const options = { records: 300, eventCodes: [12000, 12001, 12003], seed: 5 };

describe('seedLeadSquaredDataset', () => {
  const data = seedLeadSquaredDataset(options);

  it('is identical for the same seed and different for another', () => {
    expect(JSON.stringify(seedLeadSquaredDataset(options).opportunities)).toBe(
      JSON.stringify(data.opportunities),
    );
    expect(seedLeadSquaredDataset({ ...options, seed: 6 }).opportunities[0]).not.toEqual(
      data.opportunities[0],
    );
  });

  it('seeds `records` opportunities per event code and about one lead per two', () => {
    for (const code of options.eventCodes) expect(data.opportunitiesOfType(code)).toHaveLength(300);
    expect(data.leads).toHaveLength(450);
    expect(new Set(data.opportunities.map((o) => o.ProspectActivityId)).size).toBe(900);
  });

  it('keeps every instant in the 3 years before the base date, ModifiedOn >= CreatedOn', () => {
    const base = Date.parse(DATASET_BASE_DATE);
    for (const o of data.opportunities) {
      expect(Date.parse(o.CreatedOn)).toBeLessThan(base);
      expect(Date.parse(o.CreatedOn)).toBeGreaterThan(base - 3 * 366 * 86_400_000);
      expect(o.ModifiedOn >= o.CreatedOn).toBe(true);
      expect(o.CreatedOn).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
    }
  });

  it('makes some CreatedOn values collide, including within one lead', () => {
    const seen = new Map<string, number>();
    for (const o of data.opportunitiesOfType(12000)) {
      seen.set(o.CreatedOn, (seen.get(o.CreatedOn) ?? 0) + 1);
    }
    expect([...seen.values()].filter((count) => count > 1).length).toBeGreaterThanOrEqual(5);
    const sameLead = data.opportunities.some((o, i) => {
      const next = data.opportunities[i + 1];
      return (
        next !== undefined &&
        next.CreatedOn === o.CreatedOn &&
        next.RelatedProspectId === o.RelatedProspectId &&
        next.EventCode === o.EventCode
      );
    });
    expect(sameLead).toBe(true);
  });

  it('links opportunities to leads, some leads across several types', () => {
    for (const o of data.opportunities) expect(data.lead(o.RelatedProspectId)).toBeDefined();
    const typesPerLead = new Map<string, Set<number>>();
    for (const o of data.opportunities) {
      const types = typesPerLead.get(o.RelatedProspectId) ?? new Set<number>();
      types.add(o.EventCode);
      typesPerLead.set(o.RelatedProspectId, types);
    }
    expect([...typesPerLead.values()].some((types) => types.size >= 2)).toBe(true);
  });

  it('fills the fields with plausible values, amounts sometimes empty', () => {
    const statuses = new Set(data.opportunities.map((o) => o.Status));
    expect([...statuses].sort()).toEqual(['Lost', 'Open', 'Won']);
    for (const o of data.opportunities) {
      expect(o.mx_Custom_1).toContain(' – ');
      expect(
        o.mx_Custom_3 === null || o.mx_Custom_3 === '' || /^\d+\.\d{2}$/.test(o.mx_Custom_3),
      ).toBe(true);
      expect(o.Status === 'Open' ? o.mx_Custom_2 !== 'Closed' : o.mx_Custom_2 === 'Closed').toBe(
        true,
      );
      expect(data.owner(o.Owner)?.EmailAddress).toBe(o.OwnerEmailAddress);
    }
    expect(data.opportunities.some((o) => o.mx_Custom_3 === null)).toBe(true);
    expect(data.leads.some((lead) => lead.EmailAddress === null)).toBe(true);
    expect(new Set(data.opportunities.map((o) => o.Owner)).size).toBe(5);
  });

  it('looks ids up case-insensitively', () => {
    const o = data.opportunities[0];
    expect(o && data.opportunity(o.ProspectActivityId.toUpperCase())).toBe(o);
  });
});
