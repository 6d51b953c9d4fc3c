import { Directive, Field, ObjectType } from 'type-graphql';
import { PRIVATE_DATA } from '../common/cache-control.js';

/*
 * The Partner Central view of an opportunity and its nested parts that mix list-summary members
 * with GetOpportunity-only members. Their fields are rows of the field table
 * (opportunity-fields.ts), whose generated resolvers answer summary members from the
 * ListOpportunities summary and load GetOpportunity (once per opportunity and request) only for the
 * others; which is which is stated once, in OPPORTUNITY_PARTS (opportunity-parts.ts).
 */

@Directive(PRIVATE_DATA)
@ObjectType({
  description:
    'Partner Central details of an opportunity: every documented field of GetOpportunity. Fields the ListOpportunities summary has cost no extra call; the others are loaded with GetOpportunity when selected (one call per opportunity per request).',
})
export class PartnerCentralOpportunity {
  @Field(() => String, { description: 'The Partner Central opportunity id, e.g. O1234567.' })
  opportunityId!: string;
}

@ObjectType({ description: 'Where a Partner Central opportunity stands (LifeCycle).' })
export class PartnerCentralLifeCycle {}

@ObjectType({ description: 'The customer of a Partner Central opportunity.' })
export class PartnerCentralCustomer {}

@ObjectType({ description: "The customer's company (Customer.Account)." })
export class PartnerCentralAccount {}

@ObjectType({ description: "The customer's address." })
export class PartnerCentralAddress {}

@ObjectType({ description: 'The project of a Partner Central opportunity.' })
export class PartnerCentralProject {}
