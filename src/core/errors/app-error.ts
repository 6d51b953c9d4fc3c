import type { ErrorCode } from './codes.js';

/**
 * The one base of every error we raise on purpose. Its message and extensions are safe to show to
 * a client as they are; anything that is not an AppError is masked by formatError.
 *
 * A plain Error, so that clients, loaders and listings need no GraphQL: graphql-js wraps what a
 * resolver throws in a located GraphQLError and takes `extensions` from the original error, and
 * the server's formatError (src/server/format-error.ts) turns an AppError into the response error.
 */
export abstract class AppError extends Error {
  abstract readonly code: ErrorCode;
  readonly extensions: Readonly<Record<string, unknown>>;

  protected constructor(message: string, extensions: Record<string, unknown>) {
    super(message);
    this.name = new.target.name;
    this.extensions = extensions;
  }

  /** What a client would see: the same shape a GraphQL error serialises to, without a path. */
  toJSON(): { message: string; extensions: Readonly<Record<string, unknown>> } {
    return { message: this.message, extensions: this.extensions };
  }
}
