import { GraphQLError } from 'graphql';
import type { ErrorCode } from './codes.js';

/**
 * The one base of every error we raise on purpose. Its message and extensions are safe to show to
 * a client as they are; anything that is not an AppError is masked by formatError.
 */
export abstract class AppError extends GraphQLError {
  abstract readonly code: ErrorCode;

  protected constructor(message: string, extensions: Record<string, unknown>) {
    super(message, { extensions });
  }
}
