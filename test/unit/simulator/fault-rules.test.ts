import { FaultInjector } from '../../../src/core/simulator/fault-injector.js';
import {
  FaultRuleError,
  parseFaultDocument,
  parseFaultRules,
} from '../../../src/core/simulator/fault-rule.js';

describe('parseFaultRules', () => {
  it('accepts every documented field', () => {
    const rules = [
      { operation: 'GetOpportunitiesById', latencyMs: 10, status: 503, errorRate: 0.5, times: 2 },
      { hang: true },
      { malformedBody: true, status: 502 },
      { operation: 'ListOpportunities', reset: true, latencyMs: 5, times: 1 },
      { status: 429, retryAfter: 2 },
      { status: 503, retryAfter: 'Wed, 21 Oct 2015 07:28:00 GMT', errorRate: 0.25 },
      { status: 503, retryAfter: 0, truncateBody: true },
      { truncateBody: true },
      { trickle: 10, truncateBody: true },
      { trickle: 1, status: 500 },
    ];
    expect(parseFaultRules(rules)).toEqual(rules);
  });

  it('takes the HTTP date toUTCString() writes, for a Retry-After some seconds ahead', () => {
    const retryAfter = new Date(Date.now() + 3_000).toUTCString();
    expect(parseFaultRules([{ status: 429, retryAfter }])).toEqual([{ status: 429, retryAfter }]);
  });

  it.each([
    [[{ status: 99 }], 'faults[0].status must be an HTTP status'],
    [[{ status: 503.5 }], 'faults[0].status'],
    [[{ latencyMs: -1 }], 'faults[0].latencyMs'],
    [[{ status: 500, errorRate: 1.5 }], 'faults[0].errorRate'],
    [[{ status: 500, times: 0 }], 'faults[0].times must be a positive integer'],
    [[{ hang: 'yes' }], 'faults[0].hang must be a boolean'],
    [[{ status: 500, colour: 'red' }], 'faults[0].colour is not a fault rule field'],
    [[{ operation: 'X' }], 'needs at least one of'],
    [[{ status: 500 }, 'nope'], 'faults[1] must be an object'],
    [[{ operation: '', status: 500 }], 'faults[0].operation'],
    [[{ reset: 'yes' }], 'faults[0].reset must be a boolean'],
    [[{ reset: false }], 'needs at least one of latencyMs, status, hang, malformedBody, reset'],
    [[{ truncateBody: 1 }], 'faults[0].truncateBody must be a boolean'],
    [[{ trickle: 0 }], 'faults[0].trickle must be bytes per second, an integer from 1 to'],
    [[{ trickle: 2.5 }], 'faults[0].trickle must be bytes per second'],
    [[{ trickle: '10' }], 'faults[0].trickle must be bytes per second'],
    [[{ trickle: 10_000_001 }], 'faults[0].trickle'],
    [[{ status: 429, retryAfter: -1 }], 'faults[0].retryAfter must be whole seconds from 0 to'],
    [[{ status: 429, retryAfter: 1.5 }], 'faults[0].retryAfter must be whole seconds'],
    [[{ status: 429, retryAfter: 86_401 }], 'faults[0].retryAfter must be whole seconds'],
    [[{ status: 429, retryAfter: '2' }], 'or an HTTP date such as'],
    [[{ status: 429, retryAfter: 'tomorrow' }], 'faults[0].retryAfter'],
    [[{ status: 429, retryAfter: '2015-10-21T07:28:00Z' }], 'faults[0].retryAfter'],
    [[{ status: 429, retryAfter: 'Wed, 32 Oct 2015 07:28:00 GMT' }], 'faults[0].retryAfter'],
    [[{ latencyMs: 5, retryAfter: 2 }], 'faults[0].retryAfter is a header of the injected status'],
    [[{ reset: true, status: 500 }], 'faults[0].reset closes the connection before any answer'],
    [[{ reset: true, truncateBody: true }], 'cannot be combined with truncateBody'],
    [[{ reset: true, trickle: 5 }], 'cannot be combined with trickle'],
    [[{ reset: true, hang: true }], 'cannot be combined with hang'],
    [[{ reset: true, malformedBody: true }], 'cannot be combined with malformedBody'],
    [[{ hang: true, trickle: 5 }], 'faults[0].hang never answers: it cannot be combined with'],
    [[{ hang: true, status: 429, retryAfter: 1 }], 'cannot be combined with retryAfter'],
  ])('rejects %j', (rules, message) => {
    expect(() => parseFaultRules(rules)).toThrow(FaultRuleError);
    expect(() => parseFaultRules(rules)).toThrow(message);
  });

  it('requires the {"faults":[...]} envelope', () => {
    expect(() => parseFaultDocument([{ status: 500 }])).toThrow('body must be {"faults":[...]}');
    expect(parseFaultDocument({ faults: [] })).toEqual([]);
  });
});

describe('FaultInjector', () => {
  it('adds up latency of all matching rules and lets the first firing rule decide', () => {
    const injector = new FaultInjector(1);
    injector.set([
      { operation: 'A', latencyMs: 30 },
      { latencyMs: 20, status: 503 },
      { status: 500 },
    ]);
    expect(injector.decide('A')).toEqual({
      latencyMs: 50,
      outcome: { kind: 'status', status: 503 },
    });
    expect(injector.decide('B')).toEqual({
      latencyMs: 20,
      outcome: { kind: 'status', status: 503 },
    });
  });

  it('spends times on every match and drops spent rules from the list', () => {
    const injector = new FaultInjector(1);
    injector.set([{ status: 500, times: 2 }]);
    expect(injector.list()).toEqual([{ status: 500, times: 2 }]);
    expect(injector.decide('X').outcome.kind).toBe('status');
    expect(injector.list()).toEqual([{ status: 500, times: 1 }]);
    expect(injector.decide('X').outcome.kind).toBe('status');
    expect(injector.decide('X').outcome.kind).toBe('none');
    expect(injector.list()).toEqual([]);
  });

  it('rolls errorRate from its seed: same rules, same sequence', () => {
    const injector = new FaultInjector(99);
    const roll = () => {
      injector.set([{ status: 500, errorRate: 0.5 }]);
      return Array.from({ length: 40 }, () => injector.decide('X').outcome.kind);
    };
    const first = roll();
    expect(roll()).toEqual(first);
    expect(first).toContain('status');
    expect(first).toContain('none');
  });

  it('prefers hang, then malformed (keeping the status), then status', () => {
    const injector = new FaultInjector(1);
    injector.set([
      { hang: true, status: 500, times: 1 },
      { malformedBody: true, status: 502 },
    ]);
    expect(injector.decide('X').outcome).toEqual({ kind: 'hang' });
    expect(injector.decide('X').outcome).toEqual({ kind: 'malformed', status: 502 });
  });

  it('decides reset, and carries retryAfter and the body fault on an answer', () => {
    const injector = new FaultInjector(1);
    injector.set([
      { operation: 'R', reset: true },
      { operation: 'S', status: 429, retryAfter: 2 },
      { operation: 'T', status: 503, truncateBody: true },
      { operation: 'A', trickle: 10 },
    ]);
    expect(injector.decide('R').outcome).toEqual({ kind: 'reset' });
    expect(injector.decide('S').outcome).toEqual({ kind: 'status', status: 429, retryAfter: 2 });
    expect(injector.decide('T').outcome).toEqual({
      kind: 'status',
      status: 503,
      body: { truncate: true, bytesPerSecond: undefined },
    });
    // No status: the definition's own answer, its body trickled.
    expect(injector.decide('A').outcome).toEqual({
      kind: 'answer',
      body: { truncate: false, bytesPerSecond: 10 },
    });
  });

  it('rolls errorRate for a body fault too', () => {
    const injector = new FaultInjector(99);
    injector.set([{ truncateBody: true, errorRate: 0.5 }]);
    const kinds = Array.from({ length: 40 }, () => injector.decide('X').outcome.kind);
    expect(new Set(kinds)).toEqual(new Set(['answer', 'none']));
  });
});
