import { Directive, Field, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.js';
import { OpportunitySource } from '../common/enums.js';
import { Opportunity } from './opportunity.type.js';
import { PRIVATE_DATA } from '../common/cache-control.js';

@Directive(PRIVATE_DATA)
@ObjectType({ description: 'A Relay connection of opportunities.' })
export class OpportunityConnection extends Connection(Opportunity) {
  @Field(() => [OpportunitySource], {
    description:
      'Merged listing only: sources that failed for this page (the page holds the others).',
  })
  unavailableSources!: OpportunitySource[];
}
