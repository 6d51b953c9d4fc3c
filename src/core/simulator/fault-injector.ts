/**
 * Decides, per request, which injected fault applies. Every matching rule adds its latency; the
 * first matching rule whose outcome fires (errorRate roll) decides the outcome. A rule's `times`
 * budget is spent whenever it matches, whether or not its roll fired, so "times: 3" always means
 * "the next 3 matching requests".
 */
import { createRandom, type Random } from './random.js';
import type { FaultRule } from './fault-rule.js';

/** How an answer's body travels when a rule says so: cut halfway, or a few bytes a second. */
export interface BodyFault {
  readonly truncate: boolean;
  /** Absent: at once. */
  readonly bytesPerSecond: number | undefined;
}

/** What an answered request carries besides its body: a Retry-After, a faulty body. */
interface AnswerFaults {
  /** Retry-After as the rule gave it: seconds, or an HTTP date. */
  readonly retryAfter?: number | string | undefined;
  readonly body?: BodyFault | undefined;
}

export type FaultOutcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'hang' }
  | { readonly kind: 'reset' }
  /** The definition's own answer, its body delivered faultily. */
  | { readonly kind: 'answer'; readonly body: BodyFault }
  | ({ readonly kind: 'status'; readonly status: number } & AnswerFaults)
  | ({ readonly kind: 'malformed'; readonly status: number | undefined } & AnswerFaults);

export interface FaultDecision {
  readonly latencyMs: number;
  readonly outcome: FaultOutcome;
}

const NO_FAULT: FaultDecision = { latencyMs: 0, outcome: { kind: 'none' } };

interface ActiveRule {
  readonly rule: FaultRule;
  remaining: number;
}

function bodyFaultOf(rule: FaultRule): BodyFault | undefined {
  if (!rule.truncateBody && rule.trickle === undefined) return undefined;
  return { truncate: rule.truncateBody === true, bytesPerSecond: rule.trickle };
}

function outcomeOf(rule: FaultRule): FaultOutcome {
  if (rule.hang) return { kind: 'hang' };
  if (rule.reset) return { kind: 'reset' };
  const body = bodyFaultOf(rule);
  // Only what the rule sets, so an outcome reads (and compares) as the rule was written.
  const faults = {
    ...(rule.retryAfter !== undefined ? { retryAfter: rule.retryAfter } : {}),
    ...(body ? { body } : {}),
  };
  if (rule.malformedBody) return { kind: 'malformed', status: rule.status, ...faults };
  if (rule.status !== undefined) return { kind: 'status', status: rule.status, ...faults };
  if (body) return { kind: 'answer', body };
  return { kind: 'none' };
}

export class FaultInjector {
  #rules: ActiveRule[] = [];
  #random: Random;

  constructor(private readonly seed: number) {
    this.#random = createRandom(seed);
  }

  /** Replaces the rules and restarts the random sequence, so a rule set always rolls the same way. */
  set(rules: readonly FaultRule[]): void {
    this.#rules = rules.map((rule) => ({ rule, remaining: rule.times ?? Infinity }));
    this.#random = createRandom(this.seed);
  }

  clear(): void {
    this.set([]);
  }

  /** The active rules, with `times` showing what is left of each budget. */
  list(): FaultRule[] {
    return this.#rules.map(({ rule, remaining }) =>
      rule.times === undefined ? { ...rule } : { ...rule, times: remaining },
    );
  }

  decide(operation: string): FaultDecision {
    if (this.#rules.length === 0) return NO_FAULT;
    let latencyMs = 0;
    let outcome: FaultOutcome = { kind: 'none' };
    for (const active of this.#rules) {
      const target = active.rule.operation ?? '*';
      if (active.remaining <= 0 || (target !== '*' && target !== operation)) continue;
      active.remaining -= 1;
      latencyMs += active.rule.latencyMs ?? 0;
      if (outcome.kind !== 'none') continue;
      const candidate = outcomeOf(active.rule);
      // Roll only for rules that have an outcome, so latency-only rules do not shift the sequence.
      if (candidate.kind !== 'none' && this.#random.chance(active.rule.errorRate ?? 1)) {
        outcome = candidate;
      }
    }
    // Spent rules drop out so GET /__simulator/faults shows only what can still fire.
    this.#rules = this.#rules.filter((active) => active.remaining > 0);
    return { latencyMs, outcome };
  }
}
