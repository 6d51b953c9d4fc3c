import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { CostCode } from './cost.plugin.js';
import { isTokenLimitError, LimitCode } from './document-limits.js';

const LIMIT_CODES = new Set<string>(Object.values(LimitCode));

/**
 * How a refusal by one of the query limits goes out, or undefined for any other error. Apollo
 * files the validation limits under GRAPHQL_VALIDATION_FAILED and the token limit under
 * GRAPHQL_PARSE_FAILED; their own codes are restored here from the original error. A cost refusal
 * keeps `extensions.cost` ({ estimated, max }). Nothing else of the error travels.
 */
export function limitRefusal(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError | undefined {
  const located = formatted.locations ? { locations: formatted.locations } : {};
  const code = formatted.extensions?.code;
  if (
    code === CostCode.COST_ESTIMATED_TOO_EXPENSIVE ||
    code === CostCode.COST_QUERY_PARSE_FAILURE
  ) {
    const cost = formatted.extensions?.cost;
    return { message: formatted.message, extensions: { code, ...(cost ? { cost } : {}) } };
  }
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  const originalCode = original instanceof GraphQLError ? original.extensions.code : undefined;
  if (code === 'GRAPHQL_VALIDATION_FAILED' && typeof originalCode === 'string') {
    if (LIMIT_CODES.has(originalCode)) {
      return { message: formatted.message, ...located, extensions: { code: originalCode } };
    }
  }
  if (code === 'GRAPHQL_PARSE_FAILED' && isTokenLimitError(formatted.message)) {
    return {
      message: `${formatted.message.replace(/^Syntax Error: /, '').replace('more that', 'more than')} (MAX_QUERY_TOKENS): pass long lists as variables`,
      extensions: { code: LimitCode.MAX_TOKENS_LIMIT },
    };
  }
  return undefined;
}
