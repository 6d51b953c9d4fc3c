import { Directive, Field, ID, InterfaceType } from 'type-graphql';
import { typenameOfRecordId } from '../../core/domain/ids.js';
import { PRIVATE_DATA } from './cache-control.js';

/**
 * Relay's Node: every entity with a global id. The concrete type follows from the id's prefix
 * (docs/sources.md#global-ids), so resolving it needs no upstream call.
 */
@Directive(PRIVATE_DATA)
@InterfaceType({
  description: 'An object with a global id (the id formats are in docs/sources.md).',
  resolveType: (value: { id: string }) => typenameOfRecordId(value.id),
})
export abstract class Node {
  @Field(() => ID, { description: 'Global id, also the federation key.' })
  id!: string;
}
