/**
 * GetOpportunity (docs/upstreams/partner-central.md#getopportunity): the full record; an unknown
 * id is ResourceNotFoundException.
 */
import { resourceNotFound } from '../errors.js';
import { CATALOG_IDENTIFIER, OPPORTUNITY_IDENTIFIER } from '../validation/model-shapes.js';
import { required, structure } from '../validation/rules.js';
import { defineOperation } from './operation.js';

interface GetOpportunityInput {
  readonly Catalog: string;
  readonly Identifier: string;
}

export const getOpportunity = defineOperation<GetOpportunityInput>(
  'GetOpportunity',
  structure({
    Catalog: required(CATALOG_IDENTIFIER),
    Identifier: required(OPPORTUNITY_IDENTIFIER),
  }),
  (request, { catalog }) => {
    const record = catalog.opportunity(request.Identifier);
    if (record === undefined) {
      throw resourceNotFound(
        `Opportunity ${request.Identifier} was not found in catalog ${catalog.catalog}`,
      );
    }
    return record;
  },
);
