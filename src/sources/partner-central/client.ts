import {
  GetEngagementInvitationCommand,
  GetOpportunityCommand,
  GetProspectingFromEngagementTaskCommand,
  ListEngagementByAcceptingInvitationTasksCommand,
  ListEngagementInvitationsCommand,
  ListOpportunitiesCommand,
  ListProspectingFromEngagementTasksCommand,
  type PartnerCentralSellingClient,
  RejectEngagementInvitationCommand,
  StartEngagementByAcceptingInvitationTaskCommand,
  StartProspectingFromEngagementTaskCommand,
  type GetEngagementInvitationCommandInput,
  type GetEngagementInvitationCommandOutput,
  type GetOpportunityCommandInput,
  type GetOpportunityCommandOutput,
  type GetProspectingFromEngagementTaskCommandInput,
  type GetProspectingFromEngagementTaskCommandOutput,
  type ListEngagementByAcceptingInvitationTasksCommandInput,
  type ListEngagementByAcceptingInvitationTasksCommandOutput,
  type ListEngagementInvitationsCommandInput,
  type ListEngagementInvitationsCommandOutput,
  type ListOpportunitiesCommandInput,
  type ListOpportunitiesCommandOutput,
  type ListProspectingFromEngagementTasksCommandInput,
  type ListProspectingFromEngagementTasksCommandOutput,
  type RejectEngagementInvitationCommandInput,
  type StartEngagementByAcceptingInvitationTaskCommandInput,
  type StartEngagementByAcceptingInvitationTaskCommandOutput,
  type StartProspectingFromEngagementTaskCommandInput,
  type StartProspectingFromEngagementTaskCommandOutput,
} from '@aws-sdk/client-partnercentral-selling';
import { UpstreamSource } from '../../core/errors/index.js';
import { runWithRetries, type AttemptResult, type CallContext } from '../../core/http/index.js';
import type { PartnerCentralClientOptions } from './client-options.js';
import { OperationLimiters } from './operation-limiters.js';
import type { PartnerCentralOperation } from './quotas.js';
import { failureFromSdkError } from './sdk-failure.js';
import { createSellingClient } from './sdk-client.js';

export type { PartnerCentralClientOptions } from './client-options.js';

/**
 * The Partner Central Selling API through the official SDK v3. The SDK's own retries are off
 * (maxAttempts 1): our retry loop retries reads on throttling and 5xx inside the GraphQL request's
 * remaining time, counts every attempt, and repeats a task start only with the same ClientToken
 * (the upstream answers a repeated token with the same task, so a retry cannot start a second one).
 */
export class PartnerCentralClient {
  readonly #sdk: PartnerCentralSellingClient;
  readonly #timeoutMs: number;
  readonly #maxRetries: number;
  readonly #secrets: readonly string[];
  readonly #limiters: OperationLimiters;
  /** Named in failures for operators: the override's host, or the SDK's regional endpoint. */
  readonly #host: string;

  constructor(options: PartnerCentralClientOptions) {
    this.#host = options.endpoint
      ? new URL(options.endpoint).host
      : `partnercentral-selling.${options.region}.api.aws`;
    this.#timeoutMs = options.timeoutMs;
    this.#maxRetries = options.maxRetries ?? 2;
    this.#secrets = options.credentials ? [options.credentials.secretAccessKey] : [];
    this.#limiters = new OperationLimiters(
      options.quotaScale ?? 1,
      options.quotaLimiter,
      options.quotaMarginMs,
    );
    this.#sdk = createSellingClient(options);
  }

  /**
   * `granted`: the first attempt goes out on a quota slot the caller already holds (a
   * BulkCoalescer's, see acquireQuota), and is told when that attempt has ended; a retry waits for
   * a slot of its own.
   */
  listOpportunities(
    input: ListOpportunitiesCommandInput,
    ctx: CallContext,
    granted?: () => void,
  ): Promise<ListOpportunitiesCommandOutput> {
    return this.#send(
      'ListOpportunities',
      true,
      ctx,
      (abortSignal) => this.#sdk.send(new ListOpportunitiesCommand(input), { abortSignal }),
      granted,
    );
  }

  /**
   * A slot of the operation's quotas before `deadline` (UPSTREAM_THROTTLED at once when there is
   * none), for a call sent later with `granted`; the function says when that call has ended.
   */
  acquireQuota(operation: PartnerCentralOperation, deadline: number): Promise<() => void> {
    return this.#limiters.waitForQuota(operation, deadline);
  }

  getOpportunity(
    input: GetOpportunityCommandInput,
    ctx: CallContext,
  ): Promise<GetOpportunityCommandOutput> {
    return this.#send('GetOpportunity', true, ctx, (abortSignal) =>
      this.#sdk.send(new GetOpportunityCommand(input), { abortSignal }),
    );
  }

  listEngagementInvitations(
    input: ListEngagementInvitationsCommandInput,
    ctx: CallContext,
  ): Promise<ListEngagementInvitationsCommandOutput> {
    return this.#send('ListEngagementInvitations', true, ctx, (abortSignal) =>
      this.#sdk.send(new ListEngagementInvitationsCommand(input), { abortSignal }),
    );
  }

  getEngagementInvitation(
    input: GetEngagementInvitationCommandInput,
    ctx: CallContext,
  ): Promise<GetEngagementInvitationCommandOutput> {
    return this.#send('GetEngagementInvitation', true, ctx, (abortSignal) =>
      this.#sdk.send(new GetEngagementInvitationCommand(input), { abortSignal }),
    );
  }

  /** Not idempotent: repeated only after answers that prove it was not processed (throttling). */
  async rejectEngagementInvitation(
    input: RejectEngagementInvitationCommandInput,
    ctx: CallContext,
  ): Promise<void> {
    await this.#send('RejectEngagementInvitation', false, ctx, (abortSignal) =>
      this.#sdk.send(new RejectEngagementInvitationCommand(input), { abortSignal }),
    );
  }

  /** Safe to repeat: the ClientToken (required here) makes the upstream return the same task. */
  startEngagementByAcceptingInvitationTask(
    input: StartEngagementByAcceptingInvitationTaskCommandInput & { ClientToken: string },
    ctx: CallContext,
  ): Promise<StartEngagementByAcceptingInvitationTaskCommandOutput> {
    return this.#send('StartEngagementByAcceptingInvitationTask', true, ctx, (abortSignal) =>
      this.#sdk.send(new StartEngagementByAcceptingInvitationTaskCommand(input), { abortSignal }),
    );
  }

  listEngagementByAcceptingInvitationTasks(
    input: ListEngagementByAcceptingInvitationTasksCommandInput,
    ctx: CallContext,
  ): Promise<ListEngagementByAcceptingInvitationTasksCommandOutput> {
    return this.#send('ListEngagementByAcceptingInvitationTasks', true, ctx, (abortSignal) =>
      this.#sdk.send(new ListEngagementByAcceptingInvitationTasksCommand(input), { abortSignal }),
    );
  }

  /** Safe to repeat: the ClientToken (required here) makes the upstream return the same task. */
  startProspectingFromEngagementTask(
    input: StartProspectingFromEngagementTaskCommandInput & { ClientToken: string },
    ctx: CallContext,
  ): Promise<StartProspectingFromEngagementTaskCommandOutput> {
    return this.#send('StartProspectingFromEngagementTask', true, ctx, (abortSignal) =>
      this.#sdk.send(new StartProspectingFromEngagementTaskCommand(input), { abortSignal }),
    );
  }

  getProspectingFromEngagementTask(
    input: GetProspectingFromEngagementTaskCommandInput,
    ctx: CallContext,
  ): Promise<GetProspectingFromEngagementTaskCommandOutput> {
    return this.#send('GetProspectingFromEngagementTask', true, ctx, (abortSignal) =>
      this.#sdk.send(new GetProspectingFromEngagementTaskCommand(input), { abortSignal }),
    );
  }

  listProspectingFromEngagementTasks(
    input: ListProspectingFromEngagementTasksCommandInput,
    ctx: CallContext,
  ): Promise<ListProspectingFromEngagementTasksCommandOutput> {
    return this.#send('ListProspectingFromEngagementTasks', true, ctx, (abortSignal) =>
      this.#sdk.send(new ListProspectingFromEngagementTasksCommand(input), { abortSignal }),
    );
  }

  close(): void {
    this.#limiters.close();
    this.#sdk.destroy();
  }

  #send<T extends { $metadata?: { httpStatusCode?: number } }>(
    operation: PartnerCentralOperation,
    idempotent: boolean,
    ctx: CallContext,
    send: (abortSignal: AbortSignal) => Promise<T>,
    granted?: () => void,
  ): Promise<T> {
    let slot = granted;
    return runWithRetries(
      {
        source: UpstreamSource.PARTNER_CENTRAL,
        displayName: 'Partner Central',
        operation,
        target: { method: 'POST', host: this.#host, path: '/' },
        maxRetries: this.#maxRetries,
        idempotent,
        secrets: () => this.#secrets,
        ...(granted ? { firstAttemptGranted: true } : {}),
        // The quota window counts the call from when its answer arrived, by when the upstream
        // certainly had it: the SDK can take longer than the limiter's margin to send it.
        beforeAttempt: () => {
          const held = slot;
          slot = undefined;
          return held
            ? Promise.resolve(held)
            : this.#limiters.waitForQuota(operation, ctx.deadline, ctx.callerShare);
        },
        // The quotas are per second: after a ThrottlingException nobody sends for a second.
        onThrottled: (retryAfterMs) => this.#limiters.for(operation).backOff(retryAfterMs ?? 1_000),
      },
      ctx,
      async (): Promise<AttemptResult<T>> => {
        // The attempt ends at its own timeout or the request deadline, whichever comes first.
        const budget = Math.max(1, Math.min(this.#timeoutMs, ctx.deadline - Date.now()));
        const signal = AbortSignal.timeout(budget);
        try {
          const output = await send(signal);
          return { value: output, status: output.$metadata?.httpStatusCode ?? 200 };
        } catch (error) {
          const status =
            (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode ?? 0;
          // Our timeout ended it. Aborted while the body was still arriving, the SDK does not say
          // so: it throws a plain "aborted" Error from its deserializer, which reads as a broken
          // connection. The upstream was too slow, whatever the SDK made of it.
          const failure = signal.aborted
            ? failureFromSdkError({ name: 'AbortError' })
            : failureFromSdkError(error);
          return { failure: { ...failure, host: this.#host }, status };
        }
      },
    );
  }
}
