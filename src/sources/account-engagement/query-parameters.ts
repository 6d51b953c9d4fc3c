/* What callers ask the client for, in camelCase, and how it goes on the wire (snake_case). */

export type OutputLevel = 'simple' | 'full' | 'mobile';

/**
 * The opportunity `query` parameters (docs/upstreams/account-engagement.md#opportunity-query), in
 * camelCase.
 */
export interface OpportunityQuery {
  createdAfter?: string;
  createdBefore?: string;
  idGreaterThan?: number;
  idLessThan?: number;
  probabilityGreaterThan?: number;
  probabilityLessThan?: number;
  valueGreaterThan?: number;
  valueLessThan?: number;
  prospectEmail?: string;
  prospectId?: number;
  sortBy?: 'created_at' | 'id' | 'probability' | 'value';
  sortOrder?: 'ascending' | 'descending';
  /** 1..200 (error 23 beyond). */
  limit?: number;
  offset?: number;
  output?: OutputLevel;
}

export interface ProspectQuery {
  idGreaterThan?: number;
  idLessThan?: number;
  limit?: number;
  offset?: number;
  sortBy?: 'id' | 'created_at' | 'updated_at';
  sortOrder?: 'ascending' | 'descending';
}

export interface OpportunityCreate {
  name: string;
  value: string;
  probability: number;
  prospectId?: number;
  prospectEmail?: string;
  type?: string;
  stage?: string;
  status?: string;
  closedAt?: string;
  campaignId?: number;
}

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** The query's defined members as request parameters: `createdAfter` -> `created_after`. */
export function params(query: object): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) out[snake(key)] = String(value);
  }
  return out;
}
