/**
 * The URL surface (docs/upstreams/account-engagement.md#request-conventions):
 * `/api/<object>/version/<3|4>/do/<action>[/<key>/<value>…]` for the API and
 * `/services/oauth2/token` for Salesforce OAuth (#token-endpoint there). Each action accepts only
 * the path keys its documented paths use (`read/id/<id>`, `create/prospect_email/<email>`, …);
 * anything else under /api/ is error 2 "Invalid action". Path values are percent-decoded after
 * splitting, so an email with `%2F` or `%40` arrives intact.
 */
export type ApiObject = 'opportunity' | 'prospect';
export type ApiVersion = 3 | 4;

export const TOKEN_PATH = '/services/oauth2/token';
export const API_PREFIX = '/api/';

const ACTIONS: Readonly<Record<ApiObject, Readonly<Record<string, readonly string[]>>>> = {
  opportunity: {
    query: [],
    read: ['id'],
    create: ['prospect_email', 'prospect_id'],
    update: ['id'],
    delete: ['id'],
    undelete: ['id'],
  },
  prospect: { query: [], read: ['id', 'email', 'fid'] },
};

/** Every operation name the simulator answers; request log entries and fault rules use these. */
export const OPERATIONS = [
  ...Object.entries(ACTIONS).flatMap(([object, actions]) =>
    Object.keys(actions).map((action) => `${object}.${action}`),
  ),
  'oauth.token',
] as const;

export const UNKNOWN_OPERATION = 'unknown';

export interface ApiRoute {
  readonly object: ApiObject;
  readonly version: ApiVersion;
  readonly action: string;
  /** e.g. `opportunity.read`. */
  readonly operation: string;
  /** Key/value pairs from the path, decoded. */
  readonly pathParams: ReadonlyMap<string, string>;
}

export type Route =
  | { readonly kind: 'token' }
  | { readonly kind: 'api'; readonly route: ApiRoute }
  /** Under /api/ but no known action: answered with error 2 after authentication. */
  | { readonly kind: 'invalid-action' }
  /** Not an Account Engagement path at all. */
  | { readonly kind: 'not-found' };

const API_PATH = /^\/api\/([a-z]+)\/version\/([0-9]+)\/do\/(.*?)\/?$/;

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function apiRoute(path: string): ApiRoute | undefined {
  const match = API_PATH.exec(path);
  if (match === null) return undefined;
  const [, objectName = '', versionText = '', rest = ''] = match;
  if (!Object.hasOwn(ACTIONS, objectName)) return undefined;
  if (versionText !== '3' && versionText !== '4') return undefined;
  const object = objectName as ApiObject;
  const [action = '', ...pairs] = rest.split('/');
  const allowedKeys = Object.hasOwn(ACTIONS[object], action) ? ACTIONS[object][action] : undefined;
  if (allowedKeys === undefined || pairs.length % 2 !== 0) return undefined;
  const pathParams = new Map<string, string>();
  for (let i = 0; i < pairs.length; i += 2) {
    const key = pairs[i] ?? '';
    const value = decode(pairs[i + 1] ?? '');
    if (!allowedKeys.includes(key) || value === undefined || value === '') return undefined;
    pathParams.set(key, value);
  }
  return {
    object,
    version: Number(versionText) as ApiVersion,
    action,
    operation: `${object}.${action}`,
    pathParams,
  };
}

export function routeOf(path: string): Route {
  if (path === TOKEN_PATH) return { kind: 'token' };
  if (!path.startsWith(API_PREFIX)) return { kind: 'not-found' };
  const route = apiRoute(path);
  return route === undefined ? { kind: 'invalid-action' } : { kind: 'api', route };
}

export function operationOfRoute(route: Route): string {
  switch (route.kind) {
    case 'token':
      return 'oauth.token';
    case 'api':
      return route.route.operation;
    default:
      return UNKNOWN_OPERATION;
  }
}
