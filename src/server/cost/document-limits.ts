import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import type { QueryLimits } from '../../config/limits.config.js';

/** The codes of refused documents; Apollo Router names its own operation limits the same way. */
export const LimitCode = {
  MAX_DEPTH_LIMIT: 'MAX_DEPTH_LIMIT',
  MAX_ALIASES_LIMIT: 'MAX_ALIASES_LIMIT',
  MAX_DIRECTIVES_LIMIT: 'MAX_DIRECTIVES_LIMIT',
  MAX_TOKENS_LIMIT: 'MAX_TOKENS_LIMIT',
} as const;
export type LimitCode = (typeof LimitCode)[keyof typeof LimitCode];

/**
 * graphql-armor's depth, alias and directive limits as validation rules, so a refused document
 * never reaches execution. armor throws out of validation by default and words every refusal as
 * a "Syntax Error"; reporting through the validation context instead gives each its own code and
 * a message naming the setting. Depth does not count fragments as levels: `... on Type` selects
 * nothing by itself.
 */
export function documentLimitRules(limits: QueryLimits): ValidationRule[] {
  const rules: ValidationRule[] = [];
  if (limits.maxDepth > 0) {
    rules.push(
      maxDepthRule({
        n: limits.maxDepth,
        flattenFragments: true,
        ...reportAs(LimitCode.MAX_DEPTH_LIMIT, 'MAX_QUERY_DEPTH'),
      }),
    );
  }
  if (limits.maxAliases > 0) {
    rules.push(
      maxAliasesRule({
        n: limits.maxAliases,
        ...reportAs(LimitCode.MAX_ALIASES_LIMIT, 'MAX_QUERY_ALIASES'),
      }),
    );
  }
  if (limits.maxDirectives > 0) {
    rules.push(
      maxDirectivesRule({
        n: limits.maxDirectives,
        ...reportAs(LimitCode.MAX_DIRECTIVES_LIMIT, 'MAX_QUERY_DIRECTIVES'),
      }),
    );
  }
  return rules;
}

function reportAs(code: LimitCode, setting: string) {
  return {
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const message = `${error.message.replace(/^Syntax Error: /, '')} (${setting})`;
        context?.reportError(new GraphQLError(message, { extensions: { code } }));
      },
    ],
  };
}

/**
 * graphql-js stops parsing past `maxTokens` (Apollo Server's `parseOptions`) with a syntax error
 * of its own wording; this recognises it so the refusal gets its code. The test of the limit
 * fails if a graphql release rewords it.
 */
export function isTokenLimitError(message: string): boolean {
  return /^Syntax Error: Document contains more th(?:an|at) \d+ tokens/.test(message);
}
