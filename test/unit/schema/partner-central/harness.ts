import 'reflect-metadata';
import DataLoader from 'dataloader';
import {
  execute,
  GraphQLList,
  GraphQLObjectType,
  GraphQLSchema,
  parse,
  type ExecutionResult,
  type GraphQLOutputType,
} from 'graphql';
import type { GetOpportunityCommandOutput } from '@aws-sdk/client-partnercentral-selling';
import type { Context } from '../../../../src/context.js';
import type {
  EngagementInvitationRecord,
  EngagementTaskRecord,
} from '../../../../src/sources/partner-central/engagement-records.js';
import type { OpportunityRecord } from '../../../../src/core/domain/opportunity.js';
import type { EngagementInvitationKey } from '../../../../src/sources/partner-central/loaders/engagement-invitation.loader.js';
import type { EngagementTaskKey } from '../../../../src/sources/partner-central/loaders/engagement-task.loader.js';
import type { PartnerCentralOpportunityKey } from '../../../../src/sources/partner-central/loaders/opportunity.loader.js';
import { buildSubgraph } from '../../../../src/schema/build.js';

/** What the test query's root fields return. */
export interface TestRoot {
  opportunities?: OpportunityRecord[];
  invitations?: EngagementInvitationRecord[];
  tasks?: EngagementTaskRecord[];
  /** Records of any Node type, resolved to their GraphQL type by the id prefix. */
  nodes?: { id: string }[];
}

let wrapped: Promise<GraphQLSchema> | undefined;

/**
 * The built subgraph's own types (and so its resolvers) under a test root with one field per
 * record kind: the unit tests feed records in directly, independent of the listing queries.
 */
export function testSchema(): Promise<GraphQLSchema> {
  wrapped ??= buildSubgraph().then((schema) => {
    const type = (name: string): GraphQLOutputType => {
      const found = schema.getType(name);
      if (!found) throw new Error(`the built schema has no type ${name}`);
      return found as GraphQLOutputType;
    };
    const list = (name: string, key: keyof TestRoot) => ({
      type: new GraphQLList(type(name)),
      resolve: (root: TestRoot) => root[key] ?? [],
    });
    const query = new GraphQLObjectType({
      name: 'TestRoot',
      fields: {
        opportunities: list('Opportunity', 'opportunities'),
        invitations: list('EngagementInvitation', 'invitations'),
        tasks: list('EngagementTask', 'tasks'),
        nodes: list('Node', 'nodes'),
      },
    });
    const config = schema.toConfig();
    return new GraphQLSchema({ ...config, query });
  });
  return wrapped;
}

/** Canned upstream answers; a value that is an Error fails that key (as the real loaders do). */
export interface Upstream {
  details?: Record<string, GetOpportunityCommandOutput | null | Error>;
  invitations?: Record<string, EngagementInvitationRecord | null | Error>;
  opportunities?: Record<string, OpportunityRecord | null>;
  tasks?: Record<string, EngagementTaskRecord | null>;
}

/** Per loader: how often `load` was called, and the keys each batch (= upstream calls) asked for. */
export interface LoaderLog {
  loads: number;
  batches: string[][];
}

export interface FakeContext {
  ctx: Context;
  log: {
    partnerCentralOpportunityDetail: LoaderLog;
    engagementInvitation: LoaderLog;
    partnerCentralOpportunity: LoaderLog;
    engagementTask: LoaderLog;
  };
}

function counting<K, V>(
  answers: Record<string, V | null | Error> | undefined,
  keyOf: (key: K) => string,
): [DataLoader<K, V | null, string>, LoaderLog] {
  const log: LoaderLog = { loads: 0, batches: [] };
  const loader = new DataLoader<K, V | null, string>(
    async (keys) => {
      const names = keys.map(keyOf);
      log.batches.push(names);
      return names.map((name) => answers?.[name] ?? null);
    },
    { cacheKeyFn: keyOf },
  );
  const load = loader.load.bind(loader);
  loader.load = (key: K) => {
    log.loads += 1;
    return load(key);
  };
  return [loader, log];
}

/** A context whose loaders are real DataLoaders over canned answers, counting every call. */
export function fakeContext(upstream: Upstream = {}): FakeContext {
  const [detail, detailLog] = counting<PartnerCentralOpportunityKey, GetOpportunityCommandOutput>(
    upstream.details,
    (key) => `${key.catalog}:${key.opportunityId}`,
  );
  const [invitation, invitationLog] = counting<EngagementInvitationKey, EngagementInvitationRecord>(
    upstream.invitations,
    (key) => `${key.catalog}:${key.invitationId}`,
  );
  const [opportunity, opportunityLog] = counting<PartnerCentralOpportunityKey, OpportunityRecord>(
    upstream.opportunities,
    (key) => `${key.catalog}:${key.opportunityId}`,
  );
  const [task, taskLog] = counting<EngagementTaskKey, EngagementTaskRecord>(
    upstream.tasks,
    (key) => `${key.type}:${key.catalog}:${key.taskId}`,
  );
  const loaders = {
    partnerCentralOpportunityDetail: detail,
    engagementInvitation: invitation,
    partnerCentralOpportunity: opportunity,
    engagementTask: task,
    leadSquaredOpportunity: unexpected('leadSquaredOpportunity'),
    leadSquaredLead: unexpected('leadSquaredLead'),
  };
  return {
    ctx: { loaders } as unknown as Context,
    log: {
      partnerCentralOpportunityDetail: detailLog,
      engagementInvitation: invitationLog,
      partnerCentralOpportunity: opportunityLog,
      engagementTask: taskLog,
    },
  };
}

function unexpected(name: string): unknown {
  return {
    load: () => Promise.reject(new Error(`unexpected use of the ${name} loader`)),
  };
}

export async function run(
  query: string,
  root: TestRoot,
  fake: FakeContext,
): Promise<ExecutionResult<Record<string, unknown>>> {
  const result = await execute({
    schema: await testSchema(),
    document: parse(query),
    rootValue: root,
    contextValue: fake.ctx,
  });
  // As on the wire: the DateTime scalar serialises to Date objects, which JSON turns into ISO text.
  return {
    ...(JSON.parse(JSON.stringify({ data: result.data })) as { data?: Record<string, unknown> }),
    errors: result.errors,
  };
}
