import type { SourceStatus } from './readiness.js';

/** One source as the app runs it: its client service, readiness, and its simulator if any. */
export interface StartedSource<TService, TSimulator> {
  readonly service: TService;
  readonly simulator: TSimulator | undefined;
  status(): Promise<SourceStatus>;
  close(): Promise<void>;
}
