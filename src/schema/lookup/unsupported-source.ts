import { ErrorCode, UpstreamError } from '../../errors/index.js';
import { sourceOf, type GlobalId } from '../../domain/ids.js';

/**
 * A well-formed id of a source this build does not serve yet: an honest error with the source,
 * rather than a null that would claim the record does not exist.
 */
export function sourceNotServed(id: GlobalId): UpstreamError {
  return new UpstreamError({
    source: sourceOf(id),
    code: ErrorCode.UPSTREAM_UNAVAILABLE,
    message: `ids of kind ${id.kind} are not served by this build yet`,
    retryable: false,
  });
}
