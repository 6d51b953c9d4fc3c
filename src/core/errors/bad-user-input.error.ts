import { AppError } from './app-error.js';
import { ErrorCode } from './codes.js';

/** Rejected input: names the argument, the offending value and the rule it broke. */
export class BadUserInputError extends AppError {
  readonly code = ErrorCode.BAD_USER_INPUT;

  constructor(
    readonly argument: string,
    readonly rule: string,
    value?: unknown,
  ) {
    const shown = value === undefined ? '' : ` (got ${describe(value)})`;
    super(`Invalid value for "${argument}"${shown}: ${rule}`, {
      code: ErrorCode.BAD_USER_INPUT,
      argument,
      rule,
    });
  }
}

/** Bounded rendering of a bad value, so a huge input cannot blow up the message. */
function describe(value: unknown): string {
  const text =
    typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
