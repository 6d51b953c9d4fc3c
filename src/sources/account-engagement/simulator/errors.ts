/**
 * Account Engagement's error answers: a numeric code and a fixed message
 * (docs/upstreams/account-engagement.md#error-codes; texts as published, including the double
 * space in 66). The documentation leaves HTTP statuses open (#http-status-codes there), so the
 * simulator uses 401 for the token errors (184 was recorded with 401), 405 for a wrong method
 * (code 60) and 400 for everything else; clients must decide on `stat`, not on the status.
 */
export const ERROR_MESSAGES = {
  2: 'Invalid action',
  3: 'Invalid prospect ID',
  4: 'Invalid prospect email address',
  5: 'Invalid query parameters',
  7: 'Invalid timestamp',
  8: 'Invalid time range',
  13: 'One or more required parameters are missing',
  16: 'Invalid ID',
  17: 'Invalid ID range',
  19: 'Invalid value specified for sort_by',
  20: 'Invalid value specified for sort_order',
  21: 'Invalid value specified for offset',
  23: 'Invalid value specified for limit',
  35: 'Invalid opportunity ID',
  36: 'One or more required parameter values are missing',
  37: 'A Salesforce connector was detected',
  38: 'Invalid campaign ID',
  40: 'Invalid opportunity probability',
  41: 'Invalid probability range specified',
  42: 'Invalid opportunity value',
  43: 'Invalid opportunity value range specified',
  44: 'The provided prospect_id and prospect_email parameters do not match',
  49: 'Access Denied',
  60: 'Invalid HTTP request method',
  66: 'You have exceeded your concurrent request limit.  Please wait, before trying again',
  88: 'Your account must use version 4 of the API.',
  89: 'Your account is unable to use version 4 of the API.',
  122: 'Daily API rate limit met',
  181: 'A required header is missing',
  182: 'Invalid header value',
  183: 'An internal error occurred, please try your request again',
  184: 'access_token is invalid, unknown, or malformed',
  199:
    'Authentication using an api_key is no longer supported. Use Salesforce OAuth access token ' +
    'instead. See <https://developer.pardot.com/kb/authentication/> for details.',
  201: 'Business Unit specified in Pardot-Business-Unit-Id header not found or inactive.',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export function defaultStatusOf(code: ErrorCode): number {
  if (code === 184 || code === 199) return 401;
  if (code === 60) return 405;
  return 400;
}

export class PardotError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** Error 60 only: the methods the operation takes, sent as the 405's `Allow` header. */
  readonly allow: readonly string[] | undefined;

  constructor(code: ErrorCode, status: number = defaultStatusOf(code), allow?: readonly string[]) {
    super(ERROR_MESSAGES[code]);
    this.name = 'PardotError';
    this.code = code;
    this.status = status;
    this.allow = allow;
  }
}

export const pardotError = (code: ErrorCode, status?: number): PardotError =>
  new PardotError(code, status);

/** Error 60 for a method the operation does not take (see operations/operation.ts). */
export const methodNotAllowed = (allow: readonly string[]): PardotError =>
  new PardotError(60, undefined, allow);

/**
 * The body for a status injected by a fault rule. 5xx (and anything unmapped) is 183, the
 * documented transient error; 401 is the expired-token answer clients refresh on
 * (docs/upstreams/account-engagement.md#api-headers).
 */
export function injectedError(status: number): PardotError {
  switch (status) {
    case 400:
      return new PardotError(5, status);
    case 401:
      return new PardotError(184, status);
    case 403:
      return new PardotError(49, status);
    case 404:
      return new PardotError(2, status);
    case 429:
      return new PardotError(66, status);
    default:
      return new PardotError(183, status);
  }
}
