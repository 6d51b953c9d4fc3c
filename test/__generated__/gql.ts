/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query LeadSquaredOpportunitiesPage($eventCode: Int!, $first: Int, $after: String, $filter: LeadSquaredOpportunityFilter, $orderBy: LeadSquaredOpportunityOrder) {\n  leadSquaredOpportunities(\n    eventCode: $eventCode\n    first: $first\n    after: $after\n    filter: $filter\n    orderBy: $orderBy\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        sourceId\n        createdAt\n        lastModifiedAt\n      }\n    }\n  }\n}": typeof types.LeadSquaredOpportunitiesPageDocument,
    "query OpportunitiesByNodeIds($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    id\n    ... on Opportunity {\n      source\n      sourceId\n      name\n      createdAt\n      leadSquared {\n        eventCode\n        prospectActivityId\n        owner\n      }\n    }\n  }\n}": typeof types.OpportunitiesByNodeIdsDocument,
    "query OpportunityEntities($representations: [_Any!]!) {\n  _entities(representations: $representations) {\n    ... on Opportunity {\n      id\n      name\n      createdAt\n      leadSquared {\n        eventCode\n        status\n      }\n    }\n  }\n}": typeof types.OpportunityEntitiesDocument,
    "query ServiceSdl {\n  _service {\n    sdl\n  }\n}": typeof types.ServiceSdlDocument,
};
const documents: Documents = {
    "query LeadSquaredOpportunitiesPage($eventCode: Int!, $first: Int, $after: String, $filter: LeadSquaredOpportunityFilter, $orderBy: LeadSquaredOpportunityOrder) {\n  leadSquaredOpportunities(\n    eventCode: $eventCode\n    first: $first\n    after: $after\n    filter: $filter\n    orderBy: $orderBy\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        sourceId\n        createdAt\n        lastModifiedAt\n      }\n    }\n  }\n}": types.LeadSquaredOpportunitiesPageDocument,
    "query OpportunitiesByNodeIds($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    id\n    ... on Opportunity {\n      source\n      sourceId\n      name\n      createdAt\n      leadSquared {\n        eventCode\n        prospectActivityId\n        owner\n      }\n    }\n  }\n}": types.OpportunitiesByNodeIdsDocument,
    "query OpportunityEntities($representations: [_Any!]!) {\n  _entities(representations: $representations) {\n    ... on Opportunity {\n      id\n      name\n      createdAt\n      leadSquared {\n        eventCode\n        status\n      }\n    }\n  }\n}": types.OpportunityEntitiesDocument,
    "query ServiceSdl {\n  _service {\n    sdl\n  }\n}": types.ServiceSdlDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeadSquaredOpportunitiesPage($eventCode: Int!, $first: Int, $after: String, $filter: LeadSquaredOpportunityFilter, $orderBy: LeadSquaredOpportunityOrder) {\n  leadSquaredOpportunities(\n    eventCode: $eventCode\n    first: $first\n    after: $after\n    filter: $filter\n    orderBy: $orderBy\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        sourceId\n        createdAt\n        lastModifiedAt\n      }\n    }\n  }\n}"): (typeof documents)["query LeadSquaredOpportunitiesPage($eventCode: Int!, $first: Int, $after: String, $filter: LeadSquaredOpportunityFilter, $orderBy: LeadSquaredOpportunityOrder) {\n  leadSquaredOpportunities(\n    eventCode: $eventCode\n    first: $first\n    after: $after\n    filter: $filter\n    orderBy: $orderBy\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        sourceId\n        createdAt\n        lastModifiedAt\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpportunitiesByNodeIds($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    id\n    ... on Opportunity {\n      source\n      sourceId\n      name\n      createdAt\n      leadSquared {\n        eventCode\n        prospectActivityId\n        owner\n      }\n    }\n  }\n}"): (typeof documents)["query OpportunitiesByNodeIds($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    id\n    ... on Opportunity {\n      source\n      sourceId\n      name\n      createdAt\n      leadSquared {\n        eventCode\n        prospectActivityId\n        owner\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpportunityEntities($representations: [_Any!]!) {\n  _entities(representations: $representations) {\n    ... on Opportunity {\n      id\n      name\n      createdAt\n      leadSquared {\n        eventCode\n        status\n      }\n    }\n  }\n}"): (typeof documents)["query OpportunityEntities($representations: [_Any!]!) {\n  _entities(representations: $representations) {\n    ... on Opportunity {\n      id\n      name\n      createdAt\n      leadSquared {\n        eventCode\n        status\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceSdl {\n  _service {\n    sdl\n  }\n}"): (typeof documents)["query ServiceSdl {\n  _service {\n    sdl\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;