import http from 'node:http';
import https from 'node:https';
import { PartnerCentralSellingClient } from '@aws-sdk/client-partnercentral-selling';

export interface SellingClientOptions {
  region: string;
  endpoint?: string | undefined;
  credentials?: { accessKeyId: string; secretAccessKey: string } | undefined;
  timeoutMs: number;
}

/**
 * The SDK client with its own retries off (maxAttempts 1: our retry loop counts and paces every
 * attempt), per-attempt timeouts, and keep-alive agents. The SDK's standard strategy would not do:
 * it retries every transient error (a reset, 500 to 504) whatever the operation, so it would send
 * a RejectEngagementInvitation again that the upstream may have done; it knows no request
 * deadline; and it waits at most its backoff plus 5 s for a Retry-After, then retries anyway. What
 * it reads of an error (the Retry-After of `$response`) our loop reads too (sdk-failure.ts).
 */
export function createSellingClient(options: SellingClientOptions): PartnerCentralSellingClient {
  return new PartnerCentralSellingClient({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
    maxAttempts: 1,
    requestHandler: {
      requestTimeout: options.timeoutMs,
      connectionTimeout: Math.min(options.timeoutMs, 3_000),
      httpAgent: new http.Agent({ keepAlive: true, maxSockets: 32 }),
      httpsAgent: new https.Agent({ keepAlive: true, maxSockets: 32 }),
    },
  });
}
