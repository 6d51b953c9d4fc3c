import { cacheKey } from '../../../core/shared/index.js';
import { UpstreamSource } from '../../../core/errors/index.js';
import { params, type OpportunityQuery, type OutputLevel } from '../query-parameters.js';

/** Every listing page of this source carries this tag, so that any write drops them all. */
export const LISTINGS_TAG = `${UpstreamSource.ACCOUNT_ENGAGEMENT}:listings`;

const SOURCE = UpstreamSource.ACCOUNT_ENGAGEMENT;

/**
 * What the replicas of one deployment share for Account Engagement, named by what the upstream
 * answers depend on: the API host and business unit for records, slots and pages (pi.pardot.com
 * and pi.demo.pardot.com are different orgs), and the login host and connected app for the access
 * token. None of these is a secret; the token itself never appears in a name.
 */
export class FleetScope {
  readonly #unit: string;
  readonly #app: string;

  constructor(ids: {
    baseUrl: string;
    businessUnitId: string;
    loginUrl: string;
    clientId: string;
  }) {
    this.#unit = `${ids.businessUnitId}@${new URL(ids.baseUrl).host}`;
    this.#app = `${ids.clientId}@${new URL(ids.loginUrl).host}`;
  }

  /** The concurrency slots of the business unit (five in flight, whichever replica sends). */
  get slotsKey(): string {
    return `account-engagement:${this.#unit}`;
  }

  /** The shared access token's cache key. */
  get tokenKey(): string {
    return cacheKey(SOURCE, 'token', this.#app, this.#unit);
  }

  /** The lock its one refresh in the fleet runs under. */
  get tokenLockKey(): string {
    return `account-engagement:token:${this.#app}:${this.#unit}`;
  }

  opportunityKey(globalId: string, output: OutputLevel): string {
    return cacheKey(SOURCE, 'opportunity', this.#unit, output, globalId);
  }

  prospectKey(globalId: string): string {
    return cacheKey(SOURCE, 'prospect', this.#unit, globalId);
  }

  /** A page of the opportunity query: its wire parameters, sorted, are all the answer depends on. */
  opportunityPageKey(query: OpportunityQuery): string {
    const wire = Object.entries(params(query)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return cacheKey(SOURCE, 'opportunities', this.#unit, new URLSearchParams(wire).toString());
  }
}
