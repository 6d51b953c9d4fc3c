import { checkBoundOrder } from '../../../src/core/pagination/bound-order.js';
import { BadUserInputError } from '../../../src/core/errors/index.js';
import { listOpportunitiesInput } from '../../../src/sources/partner-central/listing/list-input.js';
import { leadSquaredSearchRows } from '../../../src/sources/leadsquared/listing/search-rows.js';
import { opportunitySelectionOf } from '../../../src/sources/account-engagement/listing/opportunity-query.js';

const rule = (allowEqual: boolean) => ({
  argument: 'filter.from',
  rule: 'must come first',
  allowEqual,
  shown: (lower: unknown) => `shown ${String(lower)}`,
});

function thrown(run: () => unknown): BadUserInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof BadUserInputError) return error;
    throw error;
  }
  throw new Error('expected a BadUserInputError');
}

describe('checkBoundOrder', () => {
  it.each<[string, unknown, unknown]>([
    ['no lower bound', null, 5],
    ['no upper bound', 5, undefined],
    ['numbers in order', 1, 2],
    ['dates in order', new Date('2024-01-01T00:00:00Z'), new Date('2024-01-02T00:00:00Z')],
    ['texts in order', '2024-01-01', '2024-01-02'],
  ])('accepts %s', (_case, lower, upper) => {
    expect(() => checkBoundOrder(lower as number, upper as number, rule(false))).not.toThrow();
  });

  it('refuses equal strict bounds and accepts equal inclusive ones (dates by their time)', () => {
    const [a, b] = [new Date('2024-01-01T00:00:00Z'), new Date('2024-01-01T00:00:00Z')];
    expect(() => checkBoundOrder(a, b, rule(true))).not.toThrow();
    const error = thrown(() => checkBoundOrder(a, b, rule(false)));
    expect(error.argument).toBe('filter.from');
    expect(error.rule).toBe('must come first');
    expect(error.message).toBe(
      `Invalid value for "filter.from" (got "shown ${String(a)}"): must come first`,
    );
  });

  it('refuses a lower bound above the upper one, inclusive or not', () => {
    expect(() => checkBoundOrder('2024-01-02', '2024-01-01', rule(true))).toThrow(
      BadUserInputError,
    );
    expect(() => checkBoundOrder(3, 2, rule(false))).toThrow(BadUserInputError);
  });
});

describe('the listings keep their own bound-order messages', () => {
  const instant = new Date('2024-05-01T10:00:00.000Z');

  it('Partner Central: strict instants and inclusive close dates', () => {
    const created = thrown(() =>
      listOpportunitiesInput('AWS', { createdAfter: instant, createdBefore: instant }, null),
    );
    expect(created.message).toBe(
      `Invalid value for "filter.createdAfter" (got ${JSON.stringify(String(instant))}): must be earlier than filter.createdBefore`,
    );
    expect(() =>
      listOpportunitiesInput(
        'AWS',
        { targetCloseAfter: '2024-05-01', targetCloseBefore: '2024-05-01' },
        null,
      ),
    ).not.toThrow();
    const close = thrown(() =>
      listOpportunitiesInput(
        'AWS',
        { targetCloseAfter: '2024-05-02', targetCloseBefore: '2024-05-01' },
        null,
      ),
    );
    expect(close.message).toBe(
      'Invalid value for "filter.targetCloseAfter" (got "2024-05-02"): must not be later than filter.targetCloseBefore',
    );
  });

  it('LeadSquared: strict instants', () => {
    const error = thrown(() =>
      leadSquaredSearchRows({ modifiedAfter: instant, modifiedBefore: instant }),
    );
    expect(error.message).toBe(
      'Invalid value for "filter.modifiedAfter" (got "2024-05-01T10:00:00.000Z"): must be earlier than filter.modifiedBefore',
    );
  });

  it('Account Engagement: strict instants and ids', () => {
    const dates = thrown(() =>
      opportunitySelectionOf(
        { createdAfter: { at: instant }, createdBefore: { at: instant } },
        null,
      ),
    );
    expect(dates.message).toBe(
      'Invalid value for "filter.createdAfter" (got "2024-05-01T10:00:00.000Z"): must be less than filter.createdBefore (both bounds are strict)',
    );
    const ids = thrown(() => opportunitySelectionOf({ idGreaterThan: 7, idLessThan: 7 }, null));
    expect(ids.message).toBe(
      'Invalid value for "filter.idGreaterThan" (got 7): must be less than filter.idLessThan (both bounds are strict)',
    );
  });
});
