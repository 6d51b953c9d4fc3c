export * from './catalog.js';
export * from './ids.js';
export type * from './opportunity.js';
export type * from './prospect.js';
