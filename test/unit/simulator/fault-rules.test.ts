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
    ];
    expect(parseFaultRules(rules)).toEqual(rules);
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
});
