import type { SimulatorRequest } from '../../../../core/simulator/types.js';
import type { LeadSquaredDataset } from '../dataset.js';

export interface HandlerContext {
  readonly req: SimulatorRequest;
  readonly dataset: LeadSquaredDataset;
}

/** Returns the 200 body as a JSON value, or throws an LsqError for an error answer. */
export type Handler = (context: HandlerContext) => unknown;
