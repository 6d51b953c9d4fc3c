import { Kind, type DocumentNode, type FieldDefinitionNode, type TypeNode } from 'graphql';
import { MAX_NODES } from './node.resolver.js';
import { hasDirective, mapTypes, sdlDirective, withDirective } from './sdl-directive.js';

/**
 * The list sizes of the cost model (Federation 2.9 `@listSize`), which Apollo Router's demand
 * control and our own estimate (src/server/cost/) both read from the SDL. Every list of objects
 * has one, so neither depends on a router's global `list_size` setting.
 *
 * Sizes are the upstream's documented maximum where there is one (Partner Central's API
 * reference gives item ranges), otherwise an assumption noted here.
 */
export const ASSUMED_LIST_SIZES: Readonly<Record<string, number>> = {
  // The upper bound of one `nodes` call. Federation accepts only Int slicing arguments
  // (composition error LIST_SIZE_INVALID_SLICING_ARGUMENT), so the length of `ids` cannot size
  // the list: the model assumes a full call.
  'Query.nodes': MAX_NODES,
  // A LeadSquared opportunity has one prospect; an Account Engagement one lists a few. Assumed.
  'Opportunity.prospects': 10,
  'PartnerCentralOpportunity.opportunityTeam': 10,
  'PartnerCentralLifeCycle.nextStepsHistory': 50,
  // No documented bound: assumed.
  'PartnerCentralCustomer.contacts': 10,
  'PartnerCentralProject.expectedCustomerSpend': 10,
  'EngagementProjectDetails.expectedCustomerSpend': 10,
  'OpportunityInvitationPayload.senderContacts': 3,
  // No documented bound: assumed.
  'EngagementInvitation.existingMembers': 10,
  // A prospecting task starts from at most 10 engagements.
  'EngagementTask.engagementResults': 10,
};

/** Relay connections: `first` sizes `edges` and `nodes` (it defaults to 20 in the SDL). */
const CONNECTION_SIZE = sdlDirective('listSize', {
  slicingArguments: '["first"]',
  sizedFields: '["edges", "nodes"]',
});

export function declareListSizes(document: DocumentNode): DocumentNode {
  return mapTypes(document, (type) => ({
    ...type,
    fields: type.fields?.map((field) => {
      if (hasDirective(field, 'listSize')) return field;
      const assumed = ASSUMED_LIST_SIZES[`${type.name.value}.${field.name.value}`];
      if (assumed !== undefined) {
        return withDirective(field, sdlDirective('listSize', { assumedSize: String(assumed) }));
      }
      return isConnectionField(field) ? withDirective(field, CONNECTION_SIZE) : field;
    }),
  }));
}

function isConnectionField(field: FieldDefinitionNode): boolean {
  return (
    namedType(field.type).endsWith('Connection') &&
    (field.arguments ?? []).some((argument) => argument.name.value === 'first')
  );
}

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}
