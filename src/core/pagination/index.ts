export * from './position.js';
export { canonicalJson } from './canonical-json.js';
export {
  CURSOR_PREFIX,
  CURSOR_VERSION,
  encodeCursor,
  decodeCursor,
  decodeOptionalCursor,
} from './cursor.js';
export { expectPositionKind } from './position-kind.js';
export { DEFAULT_FIRST, MAX_FIRST, resolveFirst } from './first.js';
export { planOffsetPages, sliceFromPages, type OffsetPagePlan } from './offset-plan.js';
export {
  buildConnection,
  type Connection,
  type ConnectionOptions,
  type Edge,
  type PageInfo,
  type PositionedItem,
} from './connection.js';
export { offsetConnection, offsetWindow, type OffsetConnectionInput } from './offset-connection.js';
export {
  DEFAULT_MAX_TOKEN_FETCHES,
  collectTokenPage,
  walkTokenPages,
  type FetchTokenPage,
  type TokenPage,
  type TokenWalk,
  type TokenWalkInput,
} from './token-connection.js';
export { fetchOffsetRange, type FetchedPage } from './offset-range-fetch.js';
export {
  collectMergedPage,
  mergeStreams,
  type MergeInput,
  type MergedPage,
  type StreamItem,
  type StreamOutcome,
  type StreamPage,
} from './merge.js';
