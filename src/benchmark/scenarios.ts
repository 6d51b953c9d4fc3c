import type { RunningApp } from '../app.js';
import { formatGlobalId } from '../core/domain/ids.js';

/** A representative query, with the critical-path depth its data forces (upstream round trips). */
export interface Scenario {
  name: string;
  /** Sequential upstream round trips the data forces: what p50 is divided by (times L). */
  depth: number;
  query: string;
  variables: Record<string, unknown>;
}

/**
 * The queries the benchmark times, with real ids from the simulators' seeded data. Depth 1 means
 * every upstream call of the query can run at once; depth 2 means one call needs the answer of
 * another (a lead id that comes from its opportunity).
 */
export function benchmarkScenarios(app: RunningApp): Scenario[] {
  const { leadSquared, partnerCentral, accountEngagement } = app.sources.simulators;
  if (!leadSquared || !partnerCentral || !accountEngagement) {
    throw new Error('the benchmark needs all three sources in simulator mode');
  }
  const pc = formatGlobalId({
    kind: 'pc-opportunity',
    catalog: 'AWS',
    opportunityId: partnerCentral.data.AWS.opportunities[10]!.Id!,
  });
  const ae = formatGlobalId({
    kind: 'ae-opportunity',
    opportunityId: accountEngagement.data.liveOpportunities()[10]!.id,
  });
  const lsqRecord = leadSquared.data.opportunitiesOfType(12003)[10]!;
  const lsq = formatGlobalId({
    kind: 'lsq-opportunity',
    eventCode: 12003,
    prospectActivityId: lsqRecord.ProspectActivityId,
  });
  const lead = formatGlobalId({ kind: 'lsq-lead', prospectId: lsqRecord.RelatedProspectId! });
  return [
    {
      name: 'one Partner Central opportunity by id',
      depth: 1,
      query: 'query($id: ID!) { opportunity(id: $id) { id name stage amount { amount } } }',
      variables: { id: pc },
    },
    {
      name: 'same, with a GetOpportunity-only field',
      depth: 1,
      query:
        'query($id: ID!) { opportunity(id: $id) { id name partnerCentral { project { title } } } }',
      variables: { id: pc },
    },
    {
      name: 'nodes: one opportunity from each source',
      depth: 1,
      query:
        'query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Opportunity { source name stage createdAt } } }',
      variables: { ids: [pc, ae, lsq] },
    },
    {
      name: 'merged opportunities, first 20',
      depth: 1,
      query: '{ opportunities(first: 20) { nodes { id source name createdAt } } }',
      variables: {},
    },
    {
      name: 'Account Engagement 20, with prospects',
      depth: 1,
      query:
        '{ accountEngagementOpportunities(first: 20) { nodes { id name prospects { id email } } } }',
      variables: {},
    },
    {
      name: 'LeadSquared 20, with their leads',
      depth: 2,
      query:
        '{ leadSquaredOpportunities(eventCode: 12003, first: 20) { nodes { id name prospects { id email firstName } } } }',
      variables: {},
    },
    {
      name: 'a lead with its opportunities',
      depth: 2,
      query:
        'query($id: ID!) { prospect(id: $id) { email opportunities(first: 10) { nodes { id name } } } }',
      variables: { id: lead },
    },
  ];
}
