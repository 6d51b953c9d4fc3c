/**
 * The SDL without `@requiresScopes`. @apollo/gateway implements no authorization and refuses a
 * supergraph that links a `for: SECURITY` feature ("feature https://specs.apollo.dev/
 * requiresScopes/v0.1 is for: SECURITY but is unsupported"), so its test composes without them;
 * Apollo Router enforces them, and the Hive Gateway test and the cost test compose with them.
 */
export function withoutAuthorization(sdl: string): string {
  return sdl
    .replace(/\s*@requiresScopes\(scopes: \[(?:\[[^\]]*\],?\s*)*\]\)/g, '')
    .replace(/,\s*"@requiresScopes"/g, '');
}
