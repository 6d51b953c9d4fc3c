import type { AccountEngagementConfig } from './config.js';
import { UpstreamError, UpstreamSource } from '../../core/errors/index.js';
import {
  ConcurrencyLimiter,
  HttpSource,
  acquireBeforeDeadline,
  withCallerShare,
  type CallContext,
  type CallerShare,
  type DecodedBody,
  type HttpRequest,
  type SourceSlots,
} from '../../core/http/index.js';
import type { SlotLimiter } from '../../core/shared/index.js';
import { readEnvelope, type Envelope } from './envelope.js';
import { describeAccountEngagementResponse, TOKEN_INVALID } from './response-reader.js';
import type { TokenProvider } from './token-provider.js';
import type { DailyAllowance } from './daily-allowance.js';

export interface AccountEngagementClientOptions {
  config: AccountEngagementConfig;
  tokens: TokenProvider;
  businessUnitId: string;
  /** Overrides config.baseUrl (the simulator). */
  baseUrl?: string;
  /**
   * The business unit's concurrency slots; with Redis shared by every replica (start.ts). Default:
   * this process's own `config.maxConcurrent`.
   */
  slots?: SlotLimiter;
  /** The slots' name and lease in the shared state, for a caller's share of them (callers.md). */
  slotLimit?: SourceSlots;
  /** The business unit's daily call allowance; none: not counted here. */
  daily?: DailyAllowance;
}

export type Call<T> = Omit<HttpRequest<T, Envelope>, 'headers'>;

/**
 * How every Account Engagement call travels: a Salesforce access token and the business unit id
 * on each, at most `maxConcurrent` in flight per business unit across the fleet (queued, never
 * provoking error 66), one token refresh plus one retry when the API answers 184, and the
 * envelope read in the configured format. The client (client.ts) says which calls there are.
 */
export class AccountEngagementTransport {
  readonly #http: HttpSource<Envelope>;
  readonly #slots: SlotLimiter;
  readonly #slotLimit: SourceSlots | undefined;
  readonly #daily: DailyAllowance | undefined;
  readonly #tokens: TokenProvider;
  readonly format: 'xml' | 'json';
  readonly #version: 3 | 4;

  constructor(options: AccountEngagementClientOptions) {
    const { config, tokens, businessUnitId } = options;
    this.#tokens = tokens;
    this.format = config.format;
    this.#version = config.apiVersion;
    this.#slots = options.slots ?? new ConcurrencyLimiter(config.maxConcurrent);
    this.#slotLimit = options.slotLimit;
    this.#daily = options.daily;
    this.#http = new HttpSource({
      source: UpstreamSource.ACCOUNT_ENGAGEMENT,
      displayName: 'Account Engagement',
      baseUrl: options.baseUrl ?? config.baseUrl,
      timeoutMs: config.timeoutMs,
      headers: () => ({ 'Pardot-Business-Unit-Id': businessUnitId }),
      secrets: () => [config.clientSecret?.reveal()].filter((value): value is string => !!value),
      // A request's own calls wait for their caller's share; coalesced look-ups have none.
      beforeAttempt: (ctx) => this.acquireSlot(ctx.deadline, ctx.callerShare),
      describeResponse: describeAccountEngagementResponse,
      decode: (text) => readEnvelope(text, config.format),
    });
  }

  close(): void {
    this.#slots.close();
    this.#daily?.close();
    this.#http.close();
    this.#tokens.close();
  }

  path(object: 'opportunity' | 'prospect', operation: string): string {
    return `api/${object}/version/${this.#version}/do/${operation}`;
  }

  /**
   * The success envelope's body, as the transport decoded it for describeResponse (which has
   * already turned failures into errors).
   */
  body(decoded: DecodedBody<Envelope>) {
    const envelope = decoded.value();
    if (!envelope.ok) throw new Error('failure envelope on a success path');
    return envelope.body;
  }

  /** Reads answer null for "no such record" instead of failing the field. */
  async orNull<T>(pending: Promise<T>): Promise<T | null> {
    try {
      return await pending;
    } catch (error) {
      if (error instanceof UpstreamError && error.code === 'NOT_FOUND') return null;
      throw error;
    }
  }

  /**
   * One refresh and one retry when the token is refused (184): tokens expire mid-walk. `granted`:
   * the caller already holds the first attempt's slot (acquireSlot, as a coalescer does); that
   * attempt calls it when it ends, and every later attempt, the retry after a refresh too, waits
   * for its own slot.
   */
  async call<T>(call: Call<T>, ctx: CallContext, granted?: () => void): Promise<T> {
    let firstAttemptGranted = granted;
    for (let refreshed = false; ; refreshed = true) {
      const slot = firstAttemptGranted;
      firstAttemptGranted = undefined;
      let token: string;
      try {
        token = await this.#tokens.token(ctx);
      } catch (error) {
        slot?.();
        throw error;
      }
      try {
        return await this.#http.request(
          {
            ...call,
            headers: { authorization: `Bearer ${token}` },
            ...(slot ? { firstAttemptGranted: slot } : {}),
          },
          ctx,
        );
      } catch (error) {
        const expired =
          error instanceof UpstreamError && error.details.upstreamCode === String(TOKEN_INVALID);
        if (!expired || refreshed) throw error;
        await this.#tokens.invalidate(token);
      }
    }
  }

  /**
   * What every attempt waits for: a call of the daily allowance, then one of the business unit's
   * concurrency slots; resolves with the slot's release. Fails as UPSTREAM_THROTTLED when either
   * would outlast `deadline`; `share`, the caller's share of both, is waited for before each.
   */
  async acquireSlot(deadline: number, share?: CallerShare): Promise<() => void> {
    // The allowance first: a spent day fails at once, without waiting for a slot.
    await this.#daily?.acquire(deadline, share);
    const slot = () =>
      acquireBeforeDeadline(
        () => this.#slots.acquire(deadline),
        () => ({
          source: UpstreamSource.ACCOUNT_ENGAGEMENT,
          message:
            'Account Engagement concurrency slots stayed busy until after the request deadline',
          retryAfter: false,
        }),
      );
    // Unnamed slots (a client built without start.ts) have no share: the source's count alone.
    return this.#slotLimit ? withCallerShare(share, this.#slotLimit, deadline, slot) : slot();
  }
}
