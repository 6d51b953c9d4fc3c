/**
 * An operation = its input rule table + a handler. The definition validates the body against the
 * table and resolves the catalog before the handler runs, so handlers see well-formed input only.
 */
import type { CatalogData } from '../data/catalog-data.js';
import type { PartnerCentralState } from '../state.js';
import type { StructureRule } from '../validation/rules.js';
import type { OperationName } from './operation-names.js';

export interface OperationContext {
  readonly catalog: CatalogData;
  readonly state: PartnerCentralState;
  /** The instant of this request, read once so one answer is consistent. */
  readonly nowMs: number;
}

export interface Operation {
  readonly name: OperationName;
  readonly input: StructureRule;
  /** The 200 body, or throws a PartnerCentralError. */
  handle(input: Record<string, unknown>, context: OperationContext): object;
}

/**
 * Types the handler's input as `Input`. The cast is what the rule table guarantees: members are
 * present, typed and within their constraints when the handler runs.
 */
export function defineOperation<Input>(
  name: OperationName,
  input: StructureRule,
  handle: (input: Input, context: OperationContext) => object,
): Operation {
  return { name, input, handle: (body, context) => handle(body as Input, context) };
}
