import 'reflect-metadata';
import { BadUserInputError } from '../../../src/core/errors/index.js';
import type { UpdateAccountEngagementOpportunityInput } from '../../../src/schema/account-engagement/opportunity.inputs.js';
import {
  aeOpportunityIdOf,
  updateFieldsOf,
} from '../../../src/sources/account-engagement/opportunity-write-input.js';

const argumentOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BadUserInputError);
    return (error as BadUserInputError).argument;
  }
  throw new Error('did not throw');
};

describe('updateFieldsOf', () => {
  it('sends what is given under the API names; omitted stays out, null clears', () => {
    const input: UpdateAccountEngagementOpportunityInput = {
      name: 'New name',
      value: '10.25',
      probability: 0,
      type: null,
      stage: 'Proposal',
      closedAt: new Date('2025-01-31T12:30:45.999Z'),
      campaignId: 1003,
    };
    expect(updateFieldsOf(input)).toEqual({
      name: 'New name',
      value: '10.25',
      probability: '0',
      type: null,
      stage: 'Proposal',
      closed_at: '2025-01-31 12:30:45',
      campaign_id: '1003',
    });
    expect(updateFieldsOf({ status: null, closedAt: null })).toEqual({
      status: null,
      closed_at: null,
    });
    expect(updateFieldsOf({ status: undefined, stage: null })).toEqual({ stage: null });
  });

  it.each<[UpdateAccountEngagementOpportunityInput, string]>([
    [{}, 'input'],
    [{ type: undefined }, 'input'],
    [{ name: null }, 'input.name'],
    [{ name: '' }, 'input.name'],
    [{ value: null }, 'input.value'],
    [{ value: '-1' }, 'input.value'],
    [{ value: '.5' }, 'input.value'],
    [{ value: '1.1234567' }, 'input.value'],
    [{ value: '12345678901234' }, 'input.value'],
    [{ probability: null }, 'input.probability'],
    [{ probability: 100.5 }, 'input.probability'],
    [{ probability: 101 }, 'input.probability'],
    [{ campaignId: null }, 'input.campaignId'],
    [{ campaignId: -3 }, 'input.campaignId'],
  ])('refuses %j', (input, argument) => {
    expect(argumentOf(() => updateFieldsOf(input))).toBe(argument);
  });
});

describe('aeOpportunityIdOf', () => {
  it('reads ae:<id>', () => {
    expect(aeOpportunityIdOf('ae:1234')).toBe(1234);
  });

  it.each(['ae:0', 'ae:-1', 'ae:1.5', 'ae:', 'ae-prospect:1', 'pc:AWS:O1', ' ae:1', 'AE:1'])(
    'refuses %j naming the argument',
    (id) => {
      expect(argumentOf(() => aeOpportunityIdOf(id, 'id'))).toBe('id');
    },
  );
});
