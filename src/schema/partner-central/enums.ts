import { registerEnumType } from 'type-graphql';
import {
  PartnerCentralOpportunitySortField,
  PartnerCentralReviewStatus,
  PartnerCentralStage,
} from '../../sources/partner-central/listing/opportunity-filter.js';

/*
 * The Partner Central enums of the schema. They and their upstream spellings are the module's
 * (src/sources/partner-central/listing/opportunity-filter.ts); this file registers them.
 */

export { PartnerCentralOpportunitySortField, PartnerCentralReviewStatus, PartnerCentralStage };

registerEnumType(PartnerCentralStage, {
  name: 'PartnerCentralStage',
  description: 'LifeCycle.Stage',
});
registerEnumType(PartnerCentralReviewStatus, {
  name: 'PartnerCentralReviewStatus',
  description: 'LifeCycle.ReviewStatus',
});
registerEnumType(PartnerCentralOpportunitySortField, {
  name: 'PartnerCentralOpportunitySortField',
});
