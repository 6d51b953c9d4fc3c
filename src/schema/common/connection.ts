import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo } from './page-info.type.js';

/*
 * Relay connection types, one pair per node type (type-graphql's generic-types pattern). The
 * GraphQL names follow the node's: `Opportunity` gives `OpportunityEdge`, and the connection class
 * that extends `Connection(Opportunity)` names itself (and may add fields after the shared ones).
 */

/** `<Node>Edge { cursor: String!, node: <Node>! }`. */
export function Edge<T extends object>(node: ClassType<T>) {
  @ObjectType(`${node.name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }
  return EdgeType;
}

/** The fields every connection has, in this order; the subclass gives the name and description. */
export function Connection<T extends object>(node: ClassType<T>) {
  const EdgeType = Edge(node);

  // Never reachable from a field, so never printed: only its fields are, through the subclass.
  @ObjectType(`${node.name}ConnectionFields`)
  abstract class ConnectionType {
    @Field(() => [EdgeType])
    edges!: InstanceType<typeof EdgeType>[];

    @Field(() => [node])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { nullable: true, description: 'Null when the upstream cannot tell.' })
    totalCount!: number | null;
  }
  return ConnectionType;
}
