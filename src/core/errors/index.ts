export { ErrorCode, UpstreamSource } from './codes.js';
export { AppError } from './app-error.js';
export { BadUserInputError } from './bad-user-input.error.js';
export { NotFoundError } from './not-found.error.js';
export {
  UpstreamError,
  type UpstreamErrorDetails,
  type UpstreamErrorCode,
} from './upstream.error.js';
export { assertNever } from './assert-never.js';
