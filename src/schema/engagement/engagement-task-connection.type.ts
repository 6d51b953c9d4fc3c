import { ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.js';
import { EngagementTask } from './engagement-task.type.js';

@ObjectType({ description: 'A Relay connection of engagement tasks.' })
export class EngagementTaskConnection extends Connection(EngagementTask) {}
