import { Directive, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.js';
import { EngagementTask } from './engagement-task.type.js';
import { NEVER_REUSED } from '../common/cache-control.js';

@Directive(NEVER_REUSED)
@ObjectType({ description: 'A Relay connection of engagement tasks.' })
export class EngagementTaskConnection extends Connection(EngagementTask) {}
