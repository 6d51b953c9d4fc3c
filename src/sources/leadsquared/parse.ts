import type { DecodedBody } from '../../core/http/index.js';
import type {
  GetOpportunitiesByIdGroup,
  OpportunityListResponse,
  RetrieveLeadsByIdsResponse,
} from './wire.js';

/**
 * Shape checks on successful bodies. A body that parses as JSON but has the wrong shape is as
 * useless as one that does not parse, and throwing here makes the HTTP layer report it as a
 * malformed response (retried for reads) instead of letting `undefined` leak into resolvers.
 * Each reads the JSON the HTTP layer already decoded for describeResponse (`decoded`), so a page
 * is not parsed twice.
 */
class ShapeError extends Error {}

function expect(condition: boolean, what: string): asserts condition {
  if (!condition) throw new ShapeError(what);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function parseOpportunitiesById(
  _body: string,
  decoded: DecodedBody<unknown>,
): GetOpportunitiesByIdGroup[] {
  const parsed = decoded.value();
  expect(Array.isArray(parsed), 'array of groups');
  for (const group of parsed) {
    expect(isObject(group) && Array.isArray(group.Opportunities), 'group with Opportunities');
    for (const item of group.Opportunities as unknown[]) {
      expect(isObject(item) && typeof item.ProspectActivityId === 'string', 'opportunity id');
    }
  }
  return parsed as GetOpportunitiesByIdGroup[];
}

export function parseOpportunityList(
  _body: string,
  decoded: DecodedBody<unknown>,
): OpportunityListResponse {
  const parsed = decoded.value();
  expect(isObject(parsed) && Array.isArray(parsed.List), 'List');
  expect(typeof parsed.RecordCount === 'number', 'RecordCount');
  return parsed as unknown as OpportunityListResponse;
}

export function parseLeadsByIds(
  _body: string,
  decoded: DecodedBody<unknown>,
): RetrieveLeadsByIdsResponse {
  const parsed = decoded.value();
  expect(isObject(parsed) && Array.isArray(parsed.Leads), 'Leads');
  return parsed as unknown as RetrieveLeadsByIdsResponse;
}
