import 'reflect-metadata';
import { BadUserInputError } from '../../../src/core/errors/index.js';
import { canonicalJson } from '../../../src/core/pagination/index.js';
import {
  AccountEngagementOpportunitySortField as Field,
  AccountEngagementRelativeDate as Relative,
  type AccountEngagementOpportunityFilter,
} from '../../../src/schema/account-engagement/opportunity.filter.js';
import { toAccountEngagementTime } from '../../../src/sources/account-engagement/time.js';
import { opportunitySelectionOf } from '../../../src/sources/account-engagement/listing/opportunity-query.js';
import { SortDirection } from '../../../src/schema/common/enums.js';

const rejects = (filter: AccountEngagementOpportunityFilter, argument: string) => {
  let error: unknown;
  try {
    opportunitySelectionOf(filter, null);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(BadUserInputError);
  expect((error as BadUserInputError).argument).toBe(argument);
};

describe('toAccountEngagementTime', () => {
  it('writes UTC whole seconds, rounding down or up', () => {
    const instant = new Date('2024-02-29T23:59:59.250Z');
    expect(toAccountEngagementTime(instant)).toBe('2024-02-29 23:59:59');
    expect(toAccountEngagementTime(instant, 'ceil')).toBe('2024-03-01 00:00:00');
    expect(toAccountEngagementTime(new Date('2024-01-01T00:00:00Z'), 'ceil')).toBe(
      '2024-01-01 00:00:00',
    );
  });
});

describe('opportunitySelectionOf', () => {
  it('sends the API default order explicitly when none is given', () => {
    expect(opportunitySelectionOf(null, null)).toEqual({
      sortBy: 'created_at',
      sortOrder: 'descending',
    });
    expect(opportunitySelectionOf({}, null)).toEqual(opportunitySelectionOf(undefined, undefined));
  });

  it.each([
    [Field.CREATED_AT, 'created_at', 'descending'],
    [Field.ID, 'id', 'ascending'],
    [Field.PROBABILITY, 'probability', 'descending'],
    [Field.VALUE, 'value', 'descending'],
  ])('a field alone takes its API direction: %s', (field, sortBy, sortOrder) => {
    expect(opportunitySelectionOf(null, { field })).toEqual({ sortBy, sortOrder });
  });

  it('an explicit direction wins', () => {
    expect(
      opportunitySelectionOf(null, { field: Field.ID, direction: SortDirection.DESC }),
    ).toEqual({
      sortBy: 'id',
      sortOrder: 'descending',
    });
  });

  it('maps every filter to its query parameter', () => {
    expect(
      opportunitySelectionOf(
        {
          createdAfter: { at: new Date('2024-05-01T10:00:00.900Z') },
          createdBefore: { relative: Relative.LAST_7_DAYS },
          idGreaterThan: 0,
          idLessThan: 900,
          probabilityGreaterThan: 0,
          probabilityLessThan: 100,
          valueGreaterThan: 0,
          valueLessThan: 5_000_000_000,
          prospectEmail: 'a.b@example.com',
          prospectId: 'ae-prospect:50001',
        },
        null,
      ),
    ).toEqual({
      createdAfter: '2024-05-01 10:00:00',
      createdBefore: 'last_7_days',
      idGreaterThan: 0,
      idLessThan: 900,
      probabilityGreaterThan: 0,
      probabilityLessThan: 100,
      valueGreaterThan: 0,
      valueLessThan: 5_000_000_000,
      prospectEmail: 'a.b@example.com',
      prospectId: 50001,
      sortBy: 'created_at',
      sortOrder: 'descending',
    });
  });

  it.each(Object.values(Relative))('keyword %s', (relative) => {
    expect(opportunitySelectionOf({ createdAfter: { relative } }, null).createdAfter).toBe(
      relative.toLowerCase(),
    );
  });

  it('rounds a createdBefore instant up', () => {
    expect(
      opportunitySelectionOf({ createdBefore: { at: new Date('2024-05-01T10:00:00.001Z') } }, null)
        .createdBefore,
    ).toBe('2024-05-01 10:00:01');
  });

  it('binds a cursor the same whichever way an empty filter is written', () => {
    const a = canonicalJson(opportunitySelectionOf({ idGreaterThan: null }, null));
    const b = canonicalJson(opportunitySelectionOf(undefined, { field: Field.CREATED_AT }));
    expect(a).toBe(b);
  });

  it.each<[string, AccountEngagementOpportunityFilter, string]>([
    ['probability > 100', { probabilityGreaterThan: 101 }, 'filter.probabilityGreaterThan'],
    ['probability < 0', { probabilityLessThan: -1 }, 'filter.probabilityLessThan'],
    [
      'crossed probabilities',
      { probabilityGreaterThan: 5, probabilityLessThan: 5 },
      'filter.probabilityGreaterThan',
    ],
    ['negative id', { idGreaterThan: -1 }, 'filter.idGreaterThan'],
    ['id bound 0', { idLessThan: 0 }, 'filter.idLessThan'],
    ['crossed ids', { idGreaterThan: 9, idLessThan: 3 }, 'filter.idGreaterThan'],
    ['fractional value', { valueLessThan: 0.5 }, 'filter.valueLessThan'],
    ['huge value', { valueGreaterThan: 2 ** 60 }, 'filter.valueGreaterThan'],
    ['crossed values', { valueGreaterThan: 10, valueLessThan: 10 }, 'filter.valueGreaterThan'],
    ['email with space', { prospectEmail: 'a b@example.com' }, 'filter.prospectEmail'],
    ['email with two @', { prospectEmail: 'a@b@example.com' }, 'filter.prospectEmail'],
    ['long email', { prospectEmail: `${'a'.repeat(250)}@example.com` }, 'filter.prospectEmail'],
    [
      'lead id as prospect',
      { prospectId: 'lsq-lead:a368678f-1e81-4fb8-af0a-4b896f6330e1' },
      'filter.prospectId',
    ],
    [
      'both kinds of bound',
      { createdAfter: { at: new Date(), relative: Relative.TODAY } },
      'filter.createdAfter',
    ],
    ['empty bound', { createdAfter: { at: null, relative: null } }, 'filter.createdAfter'],
    [
      'crossed instants',
      {
        createdAfter: { at: new Date('2024-01-02T00:00:00Z') },
        createdBefore: { at: new Date('2024-01-02T00:00:00Z') },
      },
      'filter.createdAfter',
    ],
  ])('refuses %s', (_name, filter, argument) => rejects(filter, argument));

  it('leaves a keyword against an instant to the API (their order depends on its clock)', () => {
    expect(() =>
      opportunitySelectionOf(
        { createdAfter: { relative: Relative.TODAY }, createdBefore: { at: new Date(0) } },
        null,
      ),
    ).not.toThrow();
  });
});
