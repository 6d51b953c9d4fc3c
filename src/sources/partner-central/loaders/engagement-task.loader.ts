import { notFoundAsNull } from '../../../core/http/index.js';
import DataLoader from 'dataloader';
import { tracedBatch } from '../../../core/telemetry/trace-spans.js';
import type { Catalog } from '../../../core/domain/catalog.js';
import type { EngagementTaskType } from '../engagement-records.js';
import type { PartnerCentralTaskRecord } from '../wire-types.js';
import type { CallContext } from '../../../core/http/index.js';
import { mapAcceptTask, mapProspectingTask } from '../mapper.js';
import type { PartnerCentralService } from '../service.js';

export interface EngagementTaskKey {
  type: EngagementTaskType;
  catalog: Catalog;
  taskId: string;
}

export type EngagementTaskLoader = DataLoader<
  EngagementTaskKey,
  PartnerCentralTaskRecord | null,
  string
>;

/**
 * ListEngagementByAcceptingInvitationTasks takes at most 10 task identifiers
 * (docs/upstreams/partner-central.md#listengagementbyacceptinginvitationtasks).
 */
export const MAX_TASK_IDENTIFIERS_PER_CALL = 10;

/**
 * Engagement tasks by id, never from the cache: a task's status moves on by itself upstream, so a
 * cached one would show a finished task as running for a whole TTL to a caller polling it.
 * Identical look-ups in flight at the same moment share one call. Accept tasks batch into ListEngagementByAcceptingInvitationTasks calls
 * of 10 identifiers per catalog. Prospecting tasks use GetProspectingFromEngagementTask, one call
 * per distinct task: only it reports the per-engagement results (the list has counts only).
 */
export function createEngagementTaskLoader(
  partnerCentral: PartnerCentralService,
  call: CallContext,
): EngagementTaskLoader {
  const { client, reads } = partnerCentral;

  async function acceptTasks(catalog: Catalog, ids: string[]): Promise<PartnerCentralTaskRecord[]> {
    const records: PartnerCentralTaskRecord[] = [];
    let nextToken: string | undefined;
    do {
      const input = {
        Catalog: catalog,
        TaskIdentifier: ids,
        MaxResults: MAX_TASK_IDENTIFIERS_PER_CALL,
        NextToken: nextToken,
      };
      const page = await reads.uncached(
        'ListEngagementByAcceptingInvitationTasks',
        input,
        call,
        (shared) => client.listEngagementByAcceptingInvitationTasks(input, shared),
      );
      records.push(...(page.TaskSummaries ?? []).map((task) => mapAcceptTask(task, catalog)));
      nextToken = page.NextToken || undefined;
    } while (nextToken);
    await reads.acceptTasks.observe(records);
    return records;
  }

  async function prospectingTask(
    key: EngagementTaskKey,
  ): Promise<PartnerCentralTaskRecord | null | Error> {
    try {
      const input = { Catalog: key.catalog, TaskIdentifier: key.taskId };
      const task = await reads.uncached('GetProspectingFromEngagementTask', input, call, (shared) =>
        client.getProspectingFromEngagementTask(input, shared),
      );
      return mapProspectingTask(task, key.catalog);
    } catch (error) {
      return notFoundAsNull(error);
    }
  }

  return new DataLoader(
    tracedBatch('partnerCentral.engagementTask', async (keys) => {
      const acceptIds = new Map<Catalog, string[]>();
      for (const key of keys) {
        if (key.type !== 'ACCEPT_ENGAGEMENT_INVITATION') continue;
        const ids = acceptIds.get(key.catalog) ?? [];
        if (!ids.includes(key.taskId)) ids.push(key.taskId);
        acceptIds.set(key.catalog, ids);
      }
      const batches: Promise<PartnerCentralTaskRecord[]>[] = [];
      for (const [catalog, ids] of acceptIds) {
        for (let start = 0; start < ids.length; start += MAX_TASK_IDENTIFIERS_PER_CALL) {
          batches.push(
            acceptTasks(catalog, ids.slice(start, start + MAX_TASK_IDENTIFIERS_PER_CALL)),
          );
        }
      }
      const [accepted, prospecting] = await Promise.all([
        Promise.all(batches).then((lists) => new Map(lists.flat().map((task) => [task.id, task]))),
        Promise.all(
          keys.map((key) =>
            key.type === 'PROSPECTING_FROM_ENGAGEMENT' ? prospectingTask(key) : null,
          ),
        ),
      ]);
      return keys.map((key, index) =>
        key.type === 'PROSPECTING_FROM_ENGAGEMENT'
          ? (prospecting[index] ?? null)
          : (accepted.get(`pc-accept-task:${key.catalog}:${key.taskId}`) ?? null),
      );
    }),
    { cacheKeyFn: (key) => `${key.type}:${key.catalog}:${key.taskId}` },
  );
}
