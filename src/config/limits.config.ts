import type { EnvReader } from './env-reader.js';

/**
 * What one operation may ask for, checked before it runs. 0 turns a limit off (a router in front
 * enforces it instead). The document limits are graphql-armor's defaults except the depth, which
 * admits the deepest path of our schema that visits no type twice (9): anything deeper revisits
 * a type (opportunity -> prospect -> opportunity ...), which is what a depth limit is for.
 */
export interface QueryLimits {
  /** The estimated cost (Apollo Router's model, docs/cost.md) above which an operation is refused. */
  readonly maxCost: number;
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  /** Tokens of the document; long id lists belong in variables, which are not tokens. */
  readonly maxTokens: number;
}

export const LIMITS_VARIABLES = [
  'MAX_QUERY_COST',
  'MAX_QUERY_DEPTH',
  'MAX_QUERY_ALIASES',
  'MAX_QUERY_DIRECTIVES',
  'MAX_QUERY_TOKENS',
] as const;

export const DEFAULT_LIMITS: QueryLimits = {
  maxCost: 10_000,
  maxDepth: 9,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 1_000,
};

export function readQueryLimits(env: EnvReader): QueryLimits {
  return {
    maxCost: env.int('MAX_QUERY_COST', DEFAULT_LIMITS.maxCost, 0, 100_000_000),
    maxDepth: env.int('MAX_QUERY_DEPTH', DEFAULT_LIMITS.maxDepth, 0, 1_000),
    maxAliases: env.int('MAX_QUERY_ALIASES', DEFAULT_LIMITS.maxAliases, 0, 10_000),
    maxDirectives: env.int('MAX_QUERY_DIRECTIVES', DEFAULT_LIMITS.maxDirectives, 0, 10_000),
    maxTokens: env.int('MAX_QUERY_TOKENS', DEFAULT_LIMITS.maxTokens, 0, 1_000_000),
  };
}
