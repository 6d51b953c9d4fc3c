import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import type { OpportunityRecord } from '../../core/domain/opportunity.js';
import {
  CreateAccountEngagementOpportunityInput,
  UpdateAccountEngagementOpportunityInput,
} from './opportunity.inputs.js';
import {
  createAccountEngagementOpportunity,
  deleteAccountEngagementOpportunity,
  undeleteAccountEngagementOpportunity,
  updateAccountEngagementOpportunity,
} from '../../sources/account-engagement/mutations.js';
import { Opportunity } from '../opportunity/opportunity.type.js';
import { selectsOpportunityProspects } from './selection.js';

const AE_ID = { description: 'An Account Engagement opportunity id, ae:<id>.' } as const;

@Resolver()
export class AccountEngagementMutationsResolver {
  @Mutation(() => Opportunity, {
    nullable: true,
    description:
      'Creates an opportunity for an existing prospect. Fails with UPSTREAM_REJECTED when the business unit has a Salesforce connector (opportunities are then read-only). Null when it fails (the error says why and, for an upstream failure, names the source), so the other mutations of the request keep their results.',
  })
  createAccountEngagementOpportunity(
    @Arg('input', () => CreateAccountEngagementOpportunityInput)
    input: CreateAccountEngagementOpportunityInput,
    @Ctx() ctx: Context,
  ): Promise<OpportunityRecord> {
    return createAccountEngagementOpportunity(input, ctx);
  }

  @Mutation(() => Opportunity, {
    nullable: true,
    description:
      'Changes the fields given; an explicit null clears one. NOT_FOUND when the opportunity does not exist or is deleted. Null when it fails (the error says why and, for an upstream failure, names the source), so the other mutations of the request keep their results.',
  })
  updateAccountEngagementOpportunity(
    @Arg('id', () => ID, AE_ID) id: string,
    @Arg('input', () => UpdateAccountEngagementOpportunityInput)
    input: UpdateAccountEngagementOpportunityInput,
    @Ctx() ctx: Context,
  ): Promise<OpportunityRecord> {
    return updateAccountEngagementOpportunity(id, input, ctx);
  }

  @Mutation(() => ID, {
    nullable: true,
    description:
      'Deletes an opportunity (it can be undeleted) and returns its id. NOT_FOUND when it does not exist or is already deleted. Null when it fails (the error says why and, for an upstream failure, names the source), so the other mutations of the request keep their results.',
  })
  deleteAccountEngagementOpportunity(
    @Arg('id', () => ID, AE_ID) id: string,
    @Ctx() ctx: Context,
  ): Promise<string> {
    return deleteAccountEngagementOpportunity(id, ctx);
  }

  @Mutation(() => Opportunity, {
    nullable: true,
    description:
      'Restores a deleted opportunity and returns it. NOT_FOUND when the id never existed. Null when it fails (the error says why and, for an upstream failure, names the source), so the other mutations of the request keep their results.',
  })
  undeleteAccountEngagementOpportunity(
    @Arg('id', () => ID, AE_ID) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<OpportunityRecord> {
    return undeleteAccountEngagementOpportunity(id, ctx, selectsOpportunityProspects(info));
  }
}
