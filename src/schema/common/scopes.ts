/**
 * The OAuth scopes of the API: reading any of its data needs `opportunities:read`, a mutation
 * also `opportunities:write`. The auth plugin enforces them and the SDL declares them
 * (`@requiresScopes`), so Apollo Router's authorization and this subgraph refuse the same requests.
 */
export const READ_SCOPE = 'opportunities:read';
export const WRITE_SCOPE = 'opportunities:write';
