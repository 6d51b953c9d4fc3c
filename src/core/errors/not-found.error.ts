import { AppError } from './app-error.js';
import { ErrorCode } from './codes.js';

/** A mutation's target does not exist (queries answer null instead). */
export class NotFoundError extends AppError {
  readonly code = ErrorCode.NOT_FOUND;

  constructor(entity: string, id: string) {
    super(`${entity} "${id}" was not found`, { code: ErrorCode.NOT_FOUND, id });
  }
}
