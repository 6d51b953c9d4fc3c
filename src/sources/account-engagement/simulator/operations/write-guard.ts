/**
 * With a Salesforce connector, Account Engagement opportunities are read-only: create, update,
 * delete and undelete fail with 37 (docs/upstreams/account-engagement.md#opportunity-writes).
 * Checked before anything else of a write.
 */
import { pardotError } from '../errors.js';
import type { OperationContext } from './operation.js';

export function assertWritable({ connectorDetected }: OperationContext): void {
  if (connectorDetected) throw pardotError(37);
}
