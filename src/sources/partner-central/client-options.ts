import type { QuotaLimiterFactory } from './operation-limiters.js';

/** How a PartnerCentralClient reaches the API, and its time, quota and retry budgets. */
export interface PartnerCentralClientOptions {
  region: string;
  /** Endpoint override: the simulator, or a VPC endpoint. */
  endpoint?: string | undefined;
  /** Static credentials (the simulator); undefined takes the SDK's default credential chain. */
  credentials?: { accessKeyId: string; secretAccessKey: string } | undefined;
  timeoutMs: number;
  /** Multiplies the published per-operation quotas (1 = as published). */
  quotaScale?: number;
  /**
   * Builds each quota's limiter (SharedState.quotaLimiter: shared by the replicas on one Redis);
   * absent, this process keeps its own windows.
   */
  quotaLimiter?: QuotaLimiterFactory;
  /** Added to every one-second window (see PROCESS_MARGIN_MS and FLEET_MARGIN_MS). */
  quotaMarginMs?: number;
  maxRetries?: number;
}
