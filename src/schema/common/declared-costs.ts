import { Kind, type DocumentNode, type FieldDefinitionNode, type TypeNode } from 'graphql';
import { hasDirective, mapTypes, sdlDirective, withDirective } from './sdl-directive.js';

/**
 * The cost model in the SDL (Federation 2.9 `@listSize` and `@cost`), which Apollo Router's demand
 * control and our own estimate (src/server/cost/) both read. Weights are the defaults (an object
 * costs 1) except the ids of `nodes`. Every list of objects has a size, so neither estimate
 * depends on a router's global `list_size` setting.
 *
 * Sizes are the upstream's documented maximum where there is one (Partner Central's API
 * reference gives item ranges), otherwise an assumption noted here.
 */
export const ASSUMED_LIST_SIZES: Readonly<Record<string, number>> = {
  // Federation accepts only Int slicing arguments (composition error
  // LIST_SIZE_INVALID_SLICING_ARGUMENT), so the length of `ids` cannot size the list. Each id
  // weighs 1 instead (IDS_WEIGHT), and the selection is counted once.
  'Query.nodes': 1,
  // A LeadSquared opportunity has one prospect; an Account Engagement one is created for one and
  // may be linked to more (no documented bound): assumed 3.
  'Opportunity.prospects': 3,
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

/**
 * The Router prices a list argument as its weight plus each item's, so a weight on `ids` makes
 * the estimate grow with the number of ids asked for: one record each.
 */
export const IDS_WEIGHT = 1;

export function declareCosts(document: DocumentNode): DocumentNode {
  return mapTypes(document, (type) => ({
    ...type,
    fields: type.fields?.map((field) => {
      const coordinate = `${type.name.value}.${field.name.value}`;
      const weighed = coordinate === 'Query.nodes' ? weighIds(field) : field;
      if (hasDirective(weighed, 'listSize')) return weighed;
      const assumed = ASSUMED_LIST_SIZES[coordinate];
      if (assumed !== undefined) {
        return withDirective(weighed, sdlDirective('listSize', { assumedSize: String(assumed) }));
      }
      return isConnectionField(weighed) ? withDirective(weighed, CONNECTION_SIZE) : weighed;
    }),
  }));
}

function weighIds(field: FieldDefinitionNode): FieldDefinitionNode {
  const weight = sdlDirective('cost', { weight: String(IDS_WEIGHT) });
  return {
    ...field,
    arguments: field.arguments?.map((argument) =>
      argument.name.value === 'ids'
        ? { ...argument, directives: [...(argument.directives ?? []), weight] }
        : argument,
    ),
  };
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
